"""A means or a way ('By what means ...?', 'How can the blight be beaten?', 'How did X propose
to ...?'), someone's unquoted word for a thing ('amounted in his words to a mutiny'), and a
reason given as a lack ('for want of passengers').

Invented news items, taken from no document kzpk bundles and no evaluation set; each test reads
line 1 of plain output, as the user does. In each, another paragraph holds more of the
question's words and no answer, and wins without the rule under test.
"""

from __future__ import annotations

import pytest

from conftest import add_items, line1_of, make_home

FERRY = """\
Orlen and Vask ferry link shelved again

ORLEN – The governors of Orlen and Vask said on Monday that a direct ferry link between the two provinces remained a plan, and that the ferry companies of both would keep studying the route.

Asked about the ferry plan, the Orlen governor recalled that two companies had surveyed the route years ago. The plan never got off the ground, he said, for want of passengers.

The governors also said the ferry plan would be raised again at the next provincial summit, where the two provinces plan to sign a tourism accord.
"""

BRIGADES = """\
Orlen and Vask fire brigades pledge closer ties

VASK – The fire brigades of Orlen and Vask will widen their collaboration, the two provincial chiefs said on Friday after talks in Vask.

The provincial chiefs said the two provinces hoped to widen collaboration between their fire brigades over the next five years, and that collaboration between the brigades had grown since 2020.

Joint drills, shared training courses and an exchange of equipment were named as the means to that end.
"""

BLIGHT = """\
Orlen envoy interviewed ahead of harvest festival

VASK – Orlen's envoy in Vask, Tomas Reyl, spoke to the Vask Herald ahead of the harvest festival about the orchard blight that has hit both provinces, saying the blight, not yet defeated in either province, had cost growers dearly this year.

The blight, the envoy said, could only be defeated through joint spraying and a shared warning system, and the two provinces were working together on both.
"""

ARCHIVE = """\
Vask archive secretary meets Orlen envoy

VASK – Orlen's envoy Tomas Reyl called on the new archive secretary of Vask, Ilsa Marn, to congratulate her on taking office, and the two spoke about the archive memorandum the provinces signed in 2019, which the archive secretary said had not moved since.

Marn suggested that talks be held between the two archive boards, so that a list of joint exhibitions could be agreed.
"""

UNREST = """\
Orlen envoy briefs experts on the spring unrest

VASK – Orlen's envoy Tomas Reyl addressed an online session titled "Understanding the Spring Unrest in Orlen", held by the Vask Institute, on the spring protests in Orlen.

The chaos during the protests, which cost lives and property, amounted in his words to a mutiny whose aim was to seize the port.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    root = tmp_path_factory.mktemp("means-asked")
    home = add_items(make_home(root / "home"), root, {
        "ferry.txt": FERRY, "brigades.txt": BRIGADES, "blight.txt": BLIGHT,
        "archive.txt": ARCHIVE, "unrest.txt": UNREST})
    return line1_of(home)


def test_by_what_means_is_answered_by_the_sentence_naming_the_means(ask):
    assert "were named as the means to that end" in ask(
        "By what means do Orlen and Vask hope to widen collaboration between their fire brigades?")


def test_how_a_thing_can_be_done_is_answered_by_the_sentence_saying_through_what(ask):
    assert "through joint spraying and a shared warning system" in ask(
        "According to Orlen's envoy in Vask, how can the blight be defeated?")


def test_how_someone_proposed_to_do_a_thing_is_what_they_suggested(ask):
    assert "suggested that talks be held between the two archive boards" in ask(
        "How did the new archive secretary propose to get the archive memorandum moving?")


def test_how_someone_characterised_a_thing_unquoted_is_their_word_for_it(ask):
    # the first paragraph quotes a title, which is no word given for the chaos
    assert "amounted in his words to a mutiny" in ask(
        "How did Reyl characterise the chaos during the spring protests?")


def test_a_reason_given_as_a_lack_answers_why(ask):
    assert "for want of passengers" in ask(
        "why did the orlen vask direct ferry plan fail")
