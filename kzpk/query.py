"""Search: a natural question or Whoosh syntax in, ranked hits out. All Whoosh query code is here."""

from __future__ import annotations

import json
import os
import re
from typing import TYPE_CHECKING

from kzpk.errors import USAGE, KzpkError
from kzpk.text import longest_first
from kzpk.tuples import named_tuple

if TYPE_CHECKING:
    from kzpk.index_store import IndexState

MAX_QUERY = 1000  # characters; Whoosh's parser is quadratic in the length of one long word
MAX_WORD = 64
SNIPPET = 400
RERANK_DEPTH = 40
STEM_READ = 10  # documents read for how they write a name known only by its stem (_stem_only)
PEOPLE_DEPTH = 5  # person records a "who" question also ranks, beyond RERANK_DEPTH (_people)
# A question's words side by side as it says them ('students from Pakistan and India') are
# likeliest to stand so in the text that answers; but BM25 over single words ranks a paragraph
# holding each of them once below records and long texts that repeat its common words
# ('Kazakhstan', 'Pakistan') many times, often beyond RERANK_DEPTH. The few documents holding
# such pairs best also rank (Searcher._side_by_side)
SIDE_BY_SIDE_DEPTH = 5
# The pair search walks every posting of its pairs' words, about a microsecond each in Whoosh's
# Python: pairs are searched cheapest first (fewest postings) while their postings come to no more
# than this. On the dev piles (under 900 documents) every pair fits (at most 1,756 in all); on
# 15,000 passages 'volume of bilateral trade' (643 and 4,730 documents, 6 ms) does not, and the
# documents it found changed none of the ten results; on 100,000 passages a pair beside
# 'Pakistan' would cost tens of milliseconds
SIDE_BY_SIDE_POSTINGS = 2048
# a query's rarest name (a word it writes capitalised) held by this many texts at most ('MCC',
# written once in one news item) of which no passage is among the hits: BM25 may rank a long
# paragraph holding it once below short records holding the query's common words ('journey',
# 'time'); those few texts rank too (Searcher._rarest_held)
RAREST_HELD = 3
# the honorifics a text writes before a name ('Mr Bakirov', 'Dr. Aayesha Ikram')
_HONORIFIC = r"(?:Mr|Ms|Mrs|Dr|Prof)\.?"
# the most postings of one word whose documents' sources _stand_together reads (each a stored
# record's read, some 20 microseconds): a word in more texts than that is a common one there
SOURCES_READ = 1024
# Whoosh's collector rebuilds the matcher tree every tenth match and whenever the lowest score
# kept rises, dropping branches that can no longer reach it. On the bundled records (620
# documents) that costs more than it saves ('When did Nazarbayev visit Pakistan?': 554 million
# instructions with it, 445 without); on 5,600 documents it saves 10-20 %, and on 100,000
# passages a natural question takes 1.4 times as long without it. Below this many documents a
# search goes without it.
REPLACE_FROM = 2000
# BM25 is damped: a record's boosted title and names fields must not outweigh a passage whose
# sentence holds the question's words and its answer.
BM25_POWER = 0.2
# A record's search score runs about eight times a passage's on the same words (its title and
# names fields are boosted, and it is short): one that does not hold the kind of answer asked
# counts as a passage would, 8 ** -BM25_POWER, so that a user's paragraph holding the question's
# words is not outranked by a curated record about the same subject for being a record.
RECORD_NOT_ANSWERING = 8 ** -BM25_POWER
# a record speaking only of another thing than the one asked about ('Nawaz Sharif's official
# visit' for a question on Shehbaz Sharif's): its boosted fields must not carry it above a
# paragraph naming the one asked
RECORD_CLASH = 0.5
# a name a letter or a romanisation off one the documents hold is that name when the query's other
# words that stand with it are this rare: each in at most one text in this many (Searcher._told_with)
RARE_SHARE = 64
# a "how many" question's answer with the number before the things it counts ('6,166 sites'),
# beside one with a number standing alone
NAMED_COUNT_BONUS = 1.15
# a question's main verb, when it names part of what is asked ('import', 'ratify'), counts
# as a query word at this share of its rarity (kzpk.question.verb_tells)
VERB_SHARE = 0.5
# "How many documents ...?": a record counting documents, and one counting months
COUNTED_BONUS, COUNTED_TIME = 1.25, 0.5
ANSWER_BONUS = 2.0  # a sentence or record holding the kind of answer asked (date, figure, ...)
# a text saying the question's main verb ('launch', 'apply'): the verb frames the question and
# is left out of its words, but of two texts on the subject the one saying it is likelier to
# tell what the question asks
VERB_BONUS = 1.1
# a text naming the doer of a "who" question's act by their part in it ('Who wrote ...?' ->
# 'Author of the analysis ...'), or saying the act, for the act's doer, not a speaker's words
AGENT_BONUS = 2.0
# two words of a keyword query a text writes side by side, as the query does ('first phase
# investment' -> 'The first phase, which will cost ...'): the thing the query names, not its
# words met apart
PAIR_BONUS = 1.1
_AGENTS = {"wrote": "author", "authored": "author", "penned": "author", "founded": "founder",
           "edited": "editor", "moderated": "moderator", "translated": "translator",
           "composed": "composer", "designed": "designer", "painted": "painter",
           "coached": "coach"}
# ... and a text saying someone spoke ('What did X speak about?'), at this
TOPIC_VERB_BONUS = 1.5
_TALK_VERBS = frozenset("speak talk lecture write".split())
# of a passage's sentences holding a question's words alike, the one saying its verb starts line 1
VERB_SENTENCE = 1.2
# a text naming the ordinal or numbered thing a question asks about, in whatever form
# ('Working Session II' for 'the second panel'; kzpk.question.ordinal_clash)
NUMBERED_BONUS = 2.0
# a text naming a kind of the thing a question asks the kind of ('a multisector policy' for
# 'what kind of policy ...'; kzpk.question.kind_of_asked), as a text giving the kind of answer
# asked counts (ANSWER_BONUS)
KIND_BONUS = 2.0
# a paragraph whose item (as the hits show it) never says a rare name asked, or a curated record
# that does not hold it (no item's other paragraphs go on from a record)
NAME_UNSAID = 0.75
NAME_RARE = 0.9  # such a name: as rare as the query's rarest word, or nearly
DONE_BY_BONUS = 1.8  # the act a "who" question asks the doer of, said with 'by' and its doer
# the act a "when" question asks the date of, said with a date in its own clause ('was born on
# 30 April 2022'), not only a date of another act beside it ('born in captivity, died on Tuesday')
DATED_ACT_BONUS = 1.5
OTHER_ACT_DATED = 0.8  # ... and a sentence saying the act and a date of another act only
APPOSED_BONUS = 1.5  # a "who" question's one role word said beside a person's name
ROLE_PHRASE_BONUS = 1.1  # a person whose title says the role asked as the question says it
OWNER_UNSAID = 0.5  # a person holding the post asked about for no owner said ('Ambassador' for
# 'Kazakhstan's ambassador'), as a text about another's thing counts (kzpk.question.possessive_clash)
# A question about the first of a series ('When was the first joint exercise ...?'): a text
# about its subject that does not call anything the first is likely about a later one, and
# counts at this weight; of the dated records that answer nearly as well as the best one
# (FIRST_NEAR of its score), the earliest is the first, said or not (_earliest_first).
FIRST_ELSE = 0.5
# a paragraph answering a question beside the best hit of its item, which holds no answer, and
# holding the words that one holds: ranked just ahead of it (Searcher._read_on)
ANSWERING_AHEAD = 1.01
# how many of a question's rarer words must stand together for a capitalised word no document
# holds to be read as describing what they name (_may_describe)
PLACE_DESCRIBES = 4
# words of quantity, which say nothing of a thing: 'each' where a text says 'every'
_DETERMINERS = frozenset("each every all both any some either neither".split())
# the kinds of state or place a region's name describes ('a Gulf kingdom', 'the Gulf emirate')
_STATE_KINDS = r"(?:emirate|kingdom|monarchy|republic|state|country|nation|port|city)s?"
LEAD_MARGIN = 1.5  # how much better a hit an item's answering first paragraph is to keep its place
# a text defining the initials a question asks the meaning of ('What are the VFUs ...?')
DEFINES_BONUS = 1.3
OTHER_INITIALS = 0.5  # a hit writing other initials than a body's the question gives ('IPDS', 'IPD')
FIRST_NEAR = 0.8
# the share of a query word's weight that a text holding only another word of its family
# ('visited' for 'visitors', 'investment' for 'investors') holds (Searcher._family)
FAMILY_SHARE = 0.5
# A paragraph of a document's list of sources ('Sources:', 'References') names another text by
# its title: it holds a question's words without telling what it asks ('Kazakhstan and Pakistan
# Unite Their Armed Forces', for the areas their forces work together in), and counts at this
# share; it still answers a question about the texts cited, which nothing else holds.
CITATION_SHARE = 0.5
# (the headings of such a list, as a section's name folds them: no pattern compiled at start-up)
_CITATIONS = frozenset(("sources", "references", "bibliography", "works cited", "further reading",
                        "sources and references"))
# A paragraph of a page's links to other stories ('Related: ...', 'Also read: ...', 'More: Hang
# Seng tech index; yuan fixings'), kept with a saved page's text, names other texts too: it counts
# at CITATION_SHARE. Its label, as it opens the paragraph, folded.
_LINK_LISTS = frozenset(("related", "related stories", "related news", "related coverage",
                         "also read", "read also", "read more", "see also", "more", "more on this",
                         "more stories", "trending", "most read", "filed under", "tags", "topics",
                         "you may also like"))
# a text of more paragraphs than this is no news item (Searcher._within_item)
ITEM_LONGEST = 12
KINDS = ("passage", "event", "entity", "fact")

# Words that carry the shape of a question, not its subject.
STOP = set("""a an the of to in on at by for from with about into over after before between
and or but nor not no is are was were be been being am do does did done has have had having
what when where who whom whose which why how many much whether there their they them it its
this that these those as than then so such can could would should will shall may might must
i me my we our you your he him his she her tell show give find list please any some all
named called happen happened take took vs versus among amongst amid amidst upon""".split())
_SYNTAX = re.compile(r'"|\b(AND|OR|NOT|ANDNOT|ANDMAYBE)\b|\w:\S|\w[*]|[*]\w|\w\?\w|[()\[\]{}^~]'
                     r'|(?:^|\s)[-+][^\W\d]')  # -word excludes, +word requires
# + and - are operators only at the start of a word: source:cgss-roundtable-2022 is one id; and
# only before a letter: '-54kg' is a weight class, '+92' a dialling code.
_PLUS, _MINUS = r"(?<![^\s(])\+(?=[^\W\d])", r"(?<![^\s(])-(?=[^\W\d])"
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")


def corrected(text: str, fixes: dict[str, str]) -> str:
    """The query as the user wrote it, each corrected word in its place ('Kazakstan railwys' ->
    'Kazakhstan railways'; a possessive keeps its 's)."""
    def one(m: re.Match) -> str:
        word = m.group()
        bare = re.sub(r"['’]s$", "", word)
        return fixes[bare] + word[len(bare):] if bare in fixes else fixes.get(word, word)

    return " ".join(_WORD.sub(one, text).split())


@named_tuple
class Hit:
    rank: int
    score: float
    kind: str
    id: str
    title: str
    text: str
    snippet: str
    date: str | None
    source: dict | None
    type: str = ""
    quote: str | None = None
    passage: str | None = None
    sources: list = []
    query: str | None = None
    spans: list = []  # matched words in the snippet (never mutated)
    links: list = []  # records that disagree with this one, or tell its story differently
    status: str = "curated"  # a record's: curated, or extracted by kzpk and not yet reviewed

    def to_dict(self) -> dict:
        out = {"rank": self.rank, "score": round(self.score, 4), "kind": self.kind, "id": self.id,
               "title": self.title, "text": self.text, "snippet": self.snippet, "date": self.date,
               "source": self.source}
        if self.kind != "passage":
            out.update(type=self.type, quote=self.quote, passage=self.passage,
                       sources=self.sources, links=self.links, status=self.status)
        if self.query is not None:
            out["query"] = self.query
        return out


@named_tuple
class SearchResult:
    query: str
    total: int
    suggestion: str | None
    hits: list[Hit]
    corrected: bool = False
    # what the user should know on stderr: "no document mentions 'X'", a syntax fallback, ...
    notes: tuple = ()

    def to_dict(self) -> dict:
        return {"query": self.query, "total": self.total, "suggestion": self.suggestion,
                "results": [h.to_dict() for h in self.hits]}


@named_tuple
class Filters:
    kind: str | None = None
    source: str | None = None
    since: str | None = None  # YYYY[-MM[-DD]]
    until: str | None = None
    actor: str | None = None  # a record id: records that involve it (passages carry none)
    topic: str | None = None


def check_query(text: str) -> str:
    text = text.strip()
    if not text:
        raise KzpkError("empty query", USAGE, hint='try: kzpk search "trade volume 2023"')
    if len(text) > MAX_QUERY:
        raise KzpkError(f"query too long: {len(text)} characters (at most {MAX_QUERY})", USAGE)
    longest = max((len(w) for w in text.split()), default=0)
    if longest > MAX_WORD:
        raise KzpkError(f"query has a word of {longest} characters (at most {MAX_WORD})", USAGE)
    return text


def strip_question_marks(text: str) -> str:
    """A '?' that ends a word ends a question; it is not a Whoosh wildcard."""
    return re.sub(r"\?+(?=[\s\"')]|$)", "", text)


def _without_andnot(q):
    """AndNot(a, b) as And([a, Not(b)]): whoosh3's AndNot matcher lets excluded documents
    through when more than ten results are asked for ('railways -trade' found a trade passage)."""
    from whoosh.query import And, AndNot, Not

    if isinstance(q, AndNot):
        return And([_without_andnot(q.a), Not(_without_andnot(q.b))])
    return q if q.is_leaf() else q.apply(_without_andnot)


def _exact_or(q):
    """`q` with each of its Or queries matched by a tree of unions. On an index segment of at
    most 5,000 documents (every user's pile: the bundled records and each batch of added
    documents) Whoosh otherwise preloads an Or's scores into an array, and that array's top
    hits are not those of scoring each document: on 9 of the 222 bundled lookups its top 40
    differ, with its block-quality skipping or without, and a passage holding 'Afghan',
    'railway' and 'Kazakhstan' fell out of the top 40 while weaker ones stayed. On larger
    segments Whoosh uses the tree already, so the cost at scale is unchanged."""
    from whoosh.query import Or

    if isinstance(q, Or):
        q.matcher_type = Or.DEFAULT_MATCHER
    if not q.is_leaf():
        for sub in q.children():
            _exact_or(sub)
    return q


def is_syntax(text: str) -> bool:
    """Whoosh syntax: quotes, operators, fields, wildcards, boosts. Brackets alone group
    nothing: in "Director General (Central Asia & ECO)" they are part of a name."""
    text = strip_question_marks(text)
    if not re.search(r"\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b", text):
        text = re.sub(r"[()\[\]{}]", " ", text)
    return bool(_SYNTAX.search(text))


def _abbreviation(word: str, longest: int) -> str | None:
    """The letters of a word that may be an abbreviation of two to `longest` letters: dotted
    ('A.Q.', 'S.R.O'), in capitals ('SRO'), or in small letters when no English word ('sro', not
    'as'); None for any other word."""
    from kzpk.question import is_english

    letters = word.replace(".", "")
    if not (2 <= len(letters) <= longest and letters.isalpha()) or \
            "." not in word and not word.isupper() and is_english(word):
        return None
    return letters


def _number_otherwise(word: str) -> str | None:
    """A whole number up to a hundred in the other way it is written: '12' for 'twelve',
    'seven' for '7'; and an ordinal so, '80th' for 'eightieth', 'fifth' for '5th'; None for any
    other word."""
    from kzpk.text import ORDINAL_WORDS, number_name, number_word, ordinal_word

    if word.isdigit():
        return number_name(int(word)) if len(word) <= 3 else None
    nth = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", word.lower())
    if nth:
        return next((w for w, n in ORDINAL_WORDS.items() if n == int(nth.group(1))), None)
    value = ordinal_word(word)
    if value is not None:
        ending = "th" if value in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        return f"{value}{ending}"
    value = number_word(word)
    return None if value is None else str(value)


_PER_PERIOD = {adjective: {f"{per} {period}" for per in ("a", "per", "each", "every")}
               for adjective, period in (("daily", "day"), ("weekly", "week"),
                                         ("monthly", "month"), ("yearly", "year"),
                                         ("annual", "year"), ("annually", "year"))}


def _likely_slip(word: str, near: str) -> bool:
    """Whether a near miss is worth offering for a word no document holds: a letter off, the
    same name in another romanisation, or two letters off a longer word ('Kokchetav' for
    'Kokshetau', 'buttho' for 'Bhutto'); not a short name two letters from another ('Baku',
    'Back'), nor one three off ('Harare', 'Hasan'); nor a small word of the language ('Tehran'
    is no 'than')."""
    from kzpk.question import FUNCTION_WORDS, edit_distance, translit_key
    from kzpk.text import fold

    a, b = fold(word).lower(), fold(near).lower()
    if b in FUNCTION_WORDS:
        return False
    apart = edit_distance(a, b)
    return apart <= 1 or translit_key(a) == translit_key(b) or apart <= 2 and len(a) >= 6


def _o_for_u(a: str, b: str) -> bool:
    """Whether two words of one length differ only by an 'o' in one where the other has a 'u',
    as one name's romanisations do ('Kustanai', 'Kostanai'; 'Mohammad', 'Muhammad')."""
    return b.lower() in _o_and_u(a.lower())


def _o_and_u(word: str) -> list[str]:
    """A word with one 'o' written 'u' or one 'u' written 'o', each way."""
    return [word[:i] + ("u" if c == "o" else "o") + word[i + 1:]
            for i, c in enumerate(word) if c in "ou"]


class Searcher:
    """One open index, reused for every query of a batch."""

    def __init__(self, state: IndexState):
        from kzpk.index_store import load_aliases, open_index
        from kzpk.question import LEXICON_FILE, use_lexicon

        self.ix = open_index(state)
        use_lexicon(os.path.join(state.path, LEXICON_FILE))
        self.searcher = self.ix.searcher()
        self.reader = self.searcher.reader()
        self.aliases = load_aliases(state)
        self.state = state
        self._initials_table: dict | None = None  # read on first need: _names_with_initials
        self._families: dict[str, set[str]] = {}  # query word -> _family's terms
        self._paragraphs: dict[str, str] = {}  # id -> text, read once while the index is open
        self._sources: dict[int, str] = {}  # docnum -> its source id: _source_of
        # the analyzers the index was built with, as its schema stored them
        self.schema = self.searcher.schema
        self.words = self.schema["text"].analyzer
        self.names = self.schema["names"].analyzer

    def close(self) -> None:
        self.searcher.close()

    def _top(self, query, limit: int, filt):
        """The `limit` best hits for `query`, as `searcher.search(..., optimize=False)` gives
        them (the same hits in the same order). On a small index without Whoosh's matcher
        replacement (REPLACE_FROM)."""
        from whoosh.collectors import FilterCollector, TopCollector

        small = self.reader.doc_count() < REPLACE_FROM
        collector = TopCollector(limit=limit, usequality=False, replace=0 if small else 10)
        if filt is not None:
            collector = FilterCollector(collector, allow=filt)
        self.searcher.search_with_collector(query, collector)
        return collector.results()

    # -------------------------------------------------------------- query building

    def _parser(self):
        """Whoosh syntax; plain words in it must all match, as Whoosh users expect."""
        from whoosh.qparser import AndGroup, FieldAliasPlugin, MultifieldParser, PlusMinusPlugin

        parser = MultifieldParser(["title", "names", "text"], self.schema, group=AndGroup)
        parser.add_plugin(FieldAliasPlugin({"actors": ["actor"], "topics": ["topic"],
                                            "source": ["src"]}))
        parser.add_plugin(PlusMinusPlugin(plusexpr=_PLUS, minusexpr=_MINUS))
        return parser

    def _known(self, word: str) -> bool:
        stems = [t.text for t in self.words(word)]
        if not stems:
            return True  # a stop word: nothing to correct
        # (a word only a title holds is one its document mentions: 'Pakistan sends cargo to
        # Kazakhstan' over a story that says 'the two countries')
        return all(self.reader.doc_frequency("text", s) or self.reader.doc_frequency("names", s)
                   or self.reader.doc_frequency("title", s) for s in stems) \
            or bool(self.reader.doc_frequency("names", word.lower())) \
            or bool(self._demonyms(word)) or bool(self._variants(word))

    def _demonyms(self, word: str) -> set[str]:
        """The index's terms for the country a people's adjective names, or the adjective of a
        country: 'Kazakh' <-> 'Kazakhstan', 'Uzbek' <-> 'Uzbekistan', 'Pakistani' <-> 'Pakistan'.
        Only for a word of one part, capitalised or no English word."""
        if not word.isalpha() or len(word) < 4:
            return set()
        if not word[:1].isupper():
            # a keyword query's lower case ('india pakistan venue kazakhstan'): a word of no
            # English ('taxi' is no people's adjective of 'tax')
            from kzpk.question import is_english

            if is_english(word):
                return set()
        from kzpk.question import IRREGULAR_DEMONYMS

        w = word.lower()
        tries = [w + "stan", w + "istan", w + "i"]
        if not any(self.reader.doc_frequency("text", t.text) for t in self.words(word)):
            # (and, for a word no document writes, the adjectives no ending makes, both ways:
            # 'Spanish' <-> 'Spain'; one a text writes is searched as written, 'the Finnish
            # border' not as 'Finland's UPM')
            tries += ([IRREGULAR_DEMONYMS[w]] if w in IRREGULAR_DEMONYMS else []) + \
                [a for a, c in IRREGULAR_DEMONYMS.items() if c == w]
            # (one of a people: 'a Dutchman', 'Frenchmen' for 'a Dutch foreman', 'France')
            people = re.fullmatch(r"(\w{4,}?)(?:wo)?m[ae]n", w)
            if people and people.group(1) in IRREGULAR_DEMONYMS:
                tries += [people.group(1), IRREGULAR_DEMONYMS[people.group(1)]]
        if w.endswith("i"):
            tries += [w[:-1], w[:-1] + "es"]  # ('Emirati' <- 'Emirates')
        if w.endswith("a"):
            tries.append(w + "n")  # 'Syria' -> 'Syrian', 'Korea' -> 'Korean'
        if w.endswith("ish"):
            tries.append(w[:-3] + "ey")  # 'Turkish' <- 'Turkey'
        if w.endswith("ey"):
            tries.append(w[:-2] + "ish")
        # the endings of English that make a people's adjective of a country's name: 'Iranian'
        # <- 'Iran', 'Italian' <- 'Italy', 'Korean' <- 'Korea', 'German' <- 'Germany',
        # 'Tibetan' <- 'Tibet', 'Japanese' <- 'Japan', 'Chinese' <- 'China'
        country = ([w[:-3], w[:-3] + "y"] if w.endswith("ian") else []) \
            + ([w[:-1], w + "y", w[:-2]] if w.endswith("an") else []) \
            + ([w[:-3], w[:-3] + "a"] if w.endswith("ese") else [])
        tries += [c for c in country if len(c) >= 4]
        for end in ("istan", "stan"):
            if w.endswith(end) and len(w) - len(end) >= 4:
                tries.append(w[:-len(end)])
        out = set()
        for other in tries:
            # (a people's adjective in '-i' keeps the country's name whole, 'Pakistani': a word
            # the stemmer cuts shorter is none, 'handeli' -> 'hand' for 'handel')
            out |= {t.text for t in self.words(other) if self.reader.doc_frequency("text", t.text)
                    and (other != w + "i" or t.text.startswith(w))}
        if not out and w.endswith("s") and not w.endswith("ss") and not any(
                self.reader.doc_frequency("text", t.text) for t in self.words(word)):
            # a people in the plural that no document writes: 'Australians' for 'Australia'
            return self._demonyms(word[:-1])
        return out

    def _variants(self, word: str) -> set[str]:
        """Index terms for what a query word says in other words: the other number of a Latin
        noun ('memoranda' for 'memorandums'), the other of British and American spelling
        ('organised' for 'organized'), and for a general abbreviation ('MoUs') the rarest word
        it stands for ('memorandum') in either number."""
        from kzpk.question import (FUNCTION_WORDS, IRREGULAR, latin_plural, other_spelling,
                                   same_act, written_out)

        def held(w: str) -> set[str]:
            return {t.text for t in self.words(w) if self.reader.doc_frequency("text", t.text)}

        out: set[str] = set()
        full = written_out(word)
        if full:
            inner = [w for w in full.split() if w not in FUNCTION_WORDS and held(w)]
            if inner:
                word = max(inner, key=lambda w: min(self.searcher.idf("text", t) for t in held(w)))
                out |= held(word)
        for other in (latin_plural(word.lower() if full else word), other_spelling(word)):
            if other:
                out |= held(other)
        for other in same_act(word):  # 'hosted' -> 'organised', 'organized', 'convened'
            out |= held(other)
        low = word.lower().removeprefix("co-")  # ('co-organizer': organized with others)
        if low.endswith(("iser", "isers", "izer", "izers")):
            # an agent noun of a verb in -ise or -ize, its verb's past in either spelling
            # ('organisers' -> 'organised', 'organized'), which the stemmer stems apart
            past = low[:low.rindex("er")] + "ed"
            for other in (past, other_spelling(past)):
                if other:
                    out |= held(other)
        for other in IRREGULAR.get(word.lower(), ()):  # 'speak' -> 'spoke', 'spoken'
            out |= held(other)
        return out

    def _family(self, word: str) -> set[str]:
        """Index terms of the plain English family of a lower-case query word that the stemmer
        leaves apart from it, held by some document: for an agent noun, its verb ('visitors' ->
        'visit', which 'visited' stems to; 'investors' -> 'invest', as 'investment' stems);
        between a participle in -ated or -ized and its noun, the other ('inaugurated' <->
        'inauguration', 'organized' <-> 'organization'), which Whoosh's stemmer stems apart;
        for a person's noun in -ian, the thing in -y ('librarian' -> 'library'). Only where the
        lexicon says the noun is only a noun and its verb is a verb and no adjective ('director'
        is not 'direct'). Read once per word and search."""
        if word in self._families:
            return self._families[word]
        out: set[str] = set()
        if word.islower() and word.isalpha() and len(word) >= 5:
            stem = next((t.text for t in self.words(word)), "")
            held = lambda w: {t.text for t in self.words(w)
                              if t.text != stem and self.reader.doc_frequency("text", t.text)}
            if word.endswith(("ated", "ating", "ized", "izing")):
                out |= held(stem + "e")  # 'inaugurat' -> 'inaugur', as 'inauguration' stems
            if word.endswith(("ration", "rations")):
                # a noun in -ration of a verb in -er: 'registration' <- 'register',
                # 'administration' <- 'administer'
                verb = word[:word.rindex("ration")] + "er"
                from kzpk.question import parts_of_speech

                if "verb" in parts_of_speech(verb):
                    out |= held(verb)
            if word.endswith(("ation", "ations", "ate", "ates", "ize", "izes")):
                out |= {s for s in (stem + "at", stem + "iz")
                        if self.reader.doc_frequency("text", s)}
            if word.endswith(("ship", "ships")):
                # a state or office in -ship of its holder's noun: 'membership' -> 'member',
                # 'chairmanship' -> 'chairman', 'ownership' -> 'owner'
                from kzpk.question import parts_of_speech

                holder = word[:word.rindex("ship")]
                if len(holder) >= 4 and "noun" in parts_of_speech(holder):
                    out |= held(holder)
            if word.endswith(("ian", "ians")) and not word.endswith(("cian", "cians")):
                # a person's noun in -ian of the noun in -y they work at or in: 'librarian' ->
                # 'library', 'historian' -> 'history' (not 'physician' -> 'physic')
                from kzpk.question import parts_of_speech

                thing = word[:word.rindex("ian")] + "y"
                if "noun" in parts_of_speech(thing):
                    out |= held(thing)
            if stem.endswith(("or", "er")) and len(stem) >= 5:  # ('voters' -> 'vote')
                root = stem[:-2]
                for verb in (root, root + "e"):
                    forms = held(verb)
                    if forms:
                        from kzpk.question import parts_of_speech

                        pos = parts_of_speech(verb)
                        if "verb" in pos and not pos & {"adj", "aux"} and \
                                parts_of_speech(stem) == frozenset({"noun"}):
                            out |= forms
                        break
        self._families[word] = out
        return out

    def _in_alias(self, words: list[str], i: int) -> bool:
        """Whether words[i] is part of a known name or alias ('Nur-Sultan', 'Tokaev')."""
        from kzpk.text import fold

        for size in (4, 3, 2, 1):
            for j in range(max(0, i - size + 1), min(i, len(words) - size) + 1):
                if fold(" ".join(words[j:j + size])) in self.aliases:
                    return True
        return False

    def _person_word(self, word: str) -> bool:
        """Whether `word` names a person: a person's record (kept or extracted) is named with
        it, or the texts write it after a given name ('Wasim Shahbaz Lodi') at least as often
        as not, as a surname (a place is said 'in Karachi')."""
        from whoosh.query import Or, Term

        if any(hit["type"] == "person"
               for hit in self.searcher.search(Term("names", word), limit=20)):
            return True
        terms = [Term("text", t.text) for t in self.words(word)]
        if not terms:
            return False
        said = re.compile(rf"(\S+)\s+{re.escape(word)}\b", re.I)
        named = other = 0
        for hit in self.searcher.search(Or(terms), limit=20):
            for m in said.finditer(hit.get("text") or ""):
                before = m.group(1).strip("\"'“‘(")
                if before[:1].isupper() and before.isalpha() and before.lower() not in STOP:
                    named += 1
                else:
                    other += 1
        return named > 0 and named >= other

    def _place_word(self, word: str) -> bool:
        """Whether the texts write `word` as a place, after a preposition of place ('in
        Tashkent', 'from Sheberghan', 'University of Peshawar'), in any of the first twenty
        documents holding it."""
        from whoosh.query import Or, Term

        terms = [Term("text", t.text) for t in self.words(word)]
        said = re.compile(rf"\b(?:in|at|from|to|near|of|via)\s+{re.escape(word)}\b", re.I)
        return bool(terms) and any(said.search(hit.get("text") or "")
                                   for hit in self.searcher.search(Or(terms), limit=20))

    def _closest(self, word: str) -> tuple[str | None, bool]:
        """(the closest word the index holds, whether it is surely what was meant).

        Sure only for a name-like word (not an English word, not an acronym) whose romanisation
        matches a known word's (Oljas/Olzhas) or that is one edit from exactly one known word
        (two for long words): a name in another spelling, never one real word into another."""
        from kzpk.question import (coined, edit_distance, english_compound, german_spellings,
                                   initial_spellings, is_english, letter_change, name_key,
                                   one_sound, patronymic_spellings, translit_key)
        from kzpk.text import fold

        lower = fold(word)
        stems = [t.text for t in self.words(word)]
        found: dict[str, float] = {}
        # (a Turkish 'ç' or 'ş' romanised before folding takes it to 'c', 's': 'Kuşçu' is
        # 'Kushchu')
        turkish = translit_key(word.lower()) if "ç" in word.lower() or "ş" in word.lower() \
            else None
        for field, probe in (("vocab", lower), ("names", lower), ("text", stems[0] if stems else lower)):
            if len(probe) < 3:
                continue
            respelled = german_spellings(probe) + patronymic_spellings(probe)
            # (and the Uzbek Latin spelling of a name romanised from Russian, its 'o' an 'a'
            # and its 'x' a 'kh': 'Toshkent' is 'Tashkent', 'Farghona' 'Ferghana')
            uzbek = translit_key(latin) if (latin := _uzbek_latin(probe)) else None
            # (and as romanised one way, to reach a name whose other romanisation is more than
            # two letters off: 'Qaraghandy' -> 'karagandi', a vowel from 'Karaganda')
            romanised_probe = translit_key(probe)
            # (and a long name's other common romanisations: a Russian 'yo' written 'e',
            # 'Artyomsol' for 'Artemsol'; a Turkish 'c' for a 'j', 'Azerbaycan' for 'Azerbaijan')
            others = {re.sub(r"(?<=[^aeiou])yo", "e", probe),
                      re.sub(r"c(?=[aeiou])", "j", probe)} - {probe} if len(probe) >= 7 \
                else set()
            # (its Uzbek Latin as Russian romanises it is looked up too, where more than two
            # letters change: 'Dehkonobod' is 'Dehkanabad')
            for variant in (probe, *initial_spellings(probe), *respelled,
                            *([romanised_probe] if romanised_probe != probe else []),
                            *sorted(others),
                            *([latin] if latin and len(probe) >= 7 and field != "text" else [])):
                # (a name's first sound spelled another common way is a romanisation too:
                # 'Chokan' is 'Shokan', no 'c' put for a far 's')
                # (and a Persian 'q' written 'gh', as 'Sadeq' is 'Sadegh', in either; not a 'qu',
                # 'Haque', which 'Hague' is not)
                keys = {translit_key(variant), translit_key(variant, kh="k"),
                        translit_key(re.sub(r"q(?!u)", "gh", variant))}
                # (and a long name's Russian romanisation of a Kazakh one, its 'ch' a 'sh' and a
                # 'v' after a vowel a 'u': 'Kokchetav' is 'Kokshetau', 'Chimkent' 'Shymkent')
                if turkish:
                    keys.add(turkish)
                # (and a long name's Russian 'kh' for a Turkmen or Persian 'g': 'Ashkhabad' is
                # 'Ashgabat')
                if len(probe) >= 7 and "kh" in probe:
                    keys.add(translit_key(probe, kh="g"))
                # (or an Uzbek 'v' after a vowel for an English 'u': 'Firdavs' is 'Firdaus')
                russian = len(probe) >= 7 and ("ch" in variant or variant.endswith("v")) or \
                    len(lower) >= 7 and re.search(r"[aeiou][uv](?:[^aeiou]|$)", variant)
                if russian:
                    keys.add(name_key(variant.replace("ch", "sh")))
                # (and the other way, a Kazakh 'sh' where a text writes the Russian 'ch':
                # 'Kapshagai' is 'Kapchagai')
                sh = len(probe) >= 7 and "sh" in variant
                if sh:
                    keys.add(name_key(variant))
                for term in self.reader.terms_within(field, variant, 2, prefix=1):
                    if term == probe or term.isdigit():
                        continue
                    term_key = translit_key(term)
                    romanised = {term_key, translit_key(term, kh="k"),
                                 translit_key(re.sub(r"q(?!u)", "gh", term))}
                    if russian:
                        romanised.add(name_key(term))
                    if sh and "ch" in term:
                        romanised.add(name_key(term.replace("ch", "sh")))
                    # (not a two-letter word: 'yeer', romanised 'ir', is a slip for 'year')
                    dist = 0.5 if romanised & keys and len(term) > 2 else \
                        edit_distance(probe, term)
                    if dist > 1 and uzbek and field != "text" and len(probe) >= 7 and \
                            not is_english(term) and \
                            len(uzbek) == len(term_key) and (
                                uzbek == term_key or letter_change(uzbek, term_key) == "vowel"):
                        dist = 1  # (its Uzbek Latin a vowel from a known name's romanisation)
                    if dist > 1 and len(probe) >= 8 and not is_english(term) and \
                            len(romanised_probe) == len(term_key) and \
                            letter_change(romanised_probe, term_key) == "vowel":
                        # a long name a vowel changed once romanised one way, as one slip (not
                        # one left out: 'Karachay', a people, is no 'Karachi')
                        dist = 1
                    if dist == 1 and letter_change(probe, term) == "far" and not is_english(term):
                        dist = 1.5  # 'Astara' is no slip for 'Astana': as far as two slips
                    if dist >= 2 and len(probe) < len(lower) and len(probe) < 8 and \
                            abs(len(term) - len(probe)) < dist:
                        # two edits from a stem cut short are far more of the word than two of
                        # it whole: 'eleg' of 'elegible' is no slip for 'elect' ('elections');
                        # two letters put before or after it may be ('ordin' -> 'coordin')
                        dist = 2.5
                    found[term] = min(found.get(term, 9), dist)
        if not found:
            return None, False
        best = min(found.values())
        # of equally close words, one the commonest slips make (a vowel left out or put in, a
        # letter doubled or two swapped: 'ownr' is 'owner', not 'own'), then the most frequent
        ranked = sorted((t for t, d in found.items() if d == best),
                        key=lambda t: (letter_change(lower, t) not in ("vowel", "double", "swap"),
                                       -self.reader.doc_frequency("text", t)
                                       - self.reader.doc_frequency("vocab", t)))
        fixed = ranked[0]
        if not self.reader.doc_frequency("vocab", fixed):
            fixed = self._surface(fixed, lower)
        if word[:1].isupper():
            fixed = fixed[:1].upper() + fixed[1:]
        # the most frequent of equally close words; a four-letter name only into another name
        # (Searcher.vet checks it beside a name of the query). A consonant put in, left out or
        # changed makes a name no surer than a far miss ('Bahia' is a letter from 'Bahria',
        # 'Tokarev' is another surname than 'Tokayev'): vet corrects it only beside a word of the
        # query a document writes it with. A vowel or an 'h' ('Lodhi' for 'Lodi'), a slip, a
        # romanisation (translit_key), or an English word is sure.
        shortest = 4 if word[:1].isupper() else 5
        plain = is_english(fixed) or letter_change(lower, fixed) != "consonant"
        if len(word) == 4 and word.islower() and is_english(fixed) and \
                _vowel_slip(lower, fixed.lower()):
            shortest = 4  # ('yeer' for 'year': _vowel_slip)
        sure = (len(word) >= shortest and not word.isupper() and not is_english(word)
                and (best <= 0.5 or best <= 1 and plain or (best <= 2 and len(word) >= 8 and (
                    # (a name two letters away only as one sound: 'Atambayev' is no 'Asanbayev')
                    is_english(fixed) or one_sound(lower, fixed)))))
        known = fold(fixed)
        if sure and best >= 1 and is_english(fixed) and \
                len(lower) <= 6 and edit_distance(lower, known.lower()) > best:
            # a short name a letter from an English word's stem only, and further from the word
            # itself ('Tabas', a town, is no slip for 'Table': 'taba' and 'tabl'; 'Shopee' no
            # 'Shopping'; in small letters, 'ufone', a mobile network, no 'upon'): no slip (a
            # longer word is, 'Natinal' for 'National')
            sure = False
        if sure and best >= 2 and word[:1].isupper() and is_english(fixed) and \
                edit_distance(lower, known.lower(), 2) > 2:
            # nor a name two letters from an English word's stem and more from the word itself
            # ('Floriade', a flower show, is no slip for 'Flora': 'floriad' and 'flora')
            sure = False
        if sure and best >= 1 and (not is_english(fixed) or best >= 2 and word[:1].isupper()
                                   and self._written_capitalised(known)) and not (
                best < 2 and (len(lower) < len(known) or
                              letter_change(lower, known) in ("swap", "double", "key"))):
            # a letter changed or put in, not a slip of the hand (one left out, two swapped):
            # people's names are romanised with other vowels ('Laghari', 'Leghari'), but a
            # place's other spelling is most often another place ('Kashmar' is not 'Kashmir'),
            # unless the name is long, only a vowel differs and the documents write it as a
            # place ('in Tashkent', 'University of Peshawar': 'Tashkant', 'Peshawer')
            # (or, long, its vowel an 'o' for a 'u' or anything at ten letters or more:
            # 'Kustanai' for 'Kostanai', 'Vishakhapatnam' for 'Visakhapatnam'; compared as
            # romanised when the word is more than one letter off: 'Qaraghandy'; a letter
            # left out so is another name: 'Karachay' is no 'Karachi')
            ours, theirs = translit_key(lower), translit_key(known)
            change = letter_change(lower, known) or (
                len(ours) == len(theirs) and letter_change(ours, theirs))
            latin = translit_key(_uzbek_latin(lower) or lower)
            if change != "vowel" and len(latin) == len(theirs) and \
                    letter_change(latin, theirs) == "vowel":
                change = "vowel"  # ('Farghona' as 'Farghana': 'Ferghana')
            if not (best <= 1 and len(lower) >= 8 and change == "vowel" and (
                    len(lower) >= 10 or _o_for_u(lower, known) or self._place_word(known))):
                sure = self._person_word(known)
        if sure and word[:1].isupper() and is_english(fixed) and \
                (best >= 2 or letter_change(lower, known) in ("consonant", "far")) and \
                not self._written_capitalised(known):
            # a capitalised word two letters from an English word the documents write in small
            # letters, or a consonant from it, is a name of its own ('Garantex', an exchange, is
            # no 'guarantee'; 'Primark', a chain, no 'primary'): offered
            sure = False
        if not sure and best <= 1 and len(lower) >= 8 and is_english(fixed) and \
                len(known) == len(lower) + 1 and known.lower().startswith(lower):
            # a long English word with its last letter left out, capitalised in a title
            # ('Vice-Minister of Investmen'): a slip, not a name of its own
            sure = True
        if sure and best >= 2 and (known.startswith(lower) or lower.startswith(known)):
            # two letters or more put on or cut off the end make another name, no spelling of
            # it: 'Sultanov' is not 'Sultan', nor 'Karimova' 'Karim'
            sure = False
        elif is_english(fixed) and (best >= 2 and english_compound(lower) or
                                    best >= 1 and coined(lower, fold(fixed))):
            # two English words written as one, the name of a brand or a place ('Starlink'):
            # a coinage, not a slip for a third word ('starting'), nor worth offering
            return None, False
        return fixed, sure

    def _written_capitalised(self, word: str) -> bool:
        """Whether the documents write a word that is also one of English capitalised, as a
        name ('Shanghai', 'China'; not 'trade'): read in the first few documents holding it."""
        stem = next((t.text for t in self.words(word)), "")
        if not stem or not self.reader.doc_frequency("text", stem):
            return False
        upper = lower = 0
        for text in self._first_texts(stem):
            for m in re.finditer(rf"\b{re.escape(word)}\w*", text, re.IGNORECASE):
                upper, lower = upper + m.group()[0].isupper(), lower + m.group()[0].islower()
        return upper > lower

    def _initials(self, text: str) -> list[tuple[str, tuple[str, ...]]]:
        """The acronym of a long name in the query when the documents use it, with the words it
        stands for: 'Rawalpindi Chamber of Commerce and Industry' -> RCCI, 'Quadrilateral
        Traffic in Transit Agreement' -> QTTA (the small words between its words have none)."""
        out = []
        # (a comma may part its words, 'Centre for Afghanistan, Middle East and Africa': CAMEA;
        # and it may follow another name, "ISSI's Centre for ...": from each capital on)
        for m in re.finditer(r"[A-Z][\w'-]*(?:,?\s+(?:(?:of|and|for|the|in|on|at|to|&)\s+)*"
                             r"[A-Z][\w'-]*){2,}",
                             text):
            capitals = [w.strip(",") for w in m.group().split() if w[0].isupper()]
            for first in range(len(capitals) - 2):
                letters = "".join(w[0] for w in capitals[first:])
                if self.reader.doc_frequency("names", letters.lower()) + \
                        self.reader.doc_frequency("text", letters.lower()):
                    out.append((letters, tuple(capitals[first:])))
                    break
        if not out and text.islower():
            # a query in small letters names a body as a user types it ('shanghai cooperation
            # organization official languages'): three or more words in a row whose initials
            # are the acronym a record of the documents is named by (SCO)
            words = re.findall(r"[\w'-]+", text)
            small = {"of", "and", "for", "the", "in", "on", "at", "to", "&"}
            i = 0
            while i < len(words):
                for j in range(min(len(words), i + 8), i + 2, -1):
                    span = words[i:j]
                    if span[0] in small or span[-1] in small:
                        continue
                    letters = "".join(w[0] for w in span if w not in small)
                    if len(letters) >= 3 and self.reader.doc_frequency("names", letters) and \
                            self._spelled_in(letters, [w for w in span if w not in small]):
                        out.append((letters.upper(), tuple(w for w in span if w not in small)))
                        i = j - 1
                        break
                i += 1
        return out

    def _spelled_in(self, letters: str, words: list[str]) -> bool:
        """Whether a record named by an acronym ('sco') holds every word of the query said to
        spell it out ('shanghai cooperation organization'): words whose initials only happen to
        make it ('class submarines total ordered' for 'csto') name no body."""
        from whoosh.query import And, Or, Term

        parts = [Or([Term("text", t.text) for t in self.words(w)] + [Term("names", w)])
                 for w in words]
        return bool(self.searcher.search(And([Term("names", letters), *parts]), limit=1))

    def _spelled_out(self, word: str) -> list[str]:
        """The names the documents write out whose initials an acronym no document writes is
        ('CAA' -> ['Civil Aviation Authority']), the most often written first; [] for any other
        word. An all-caps word of three to six letters, or a lower-case one that is no English
        word ('caa'), or an all-caps one of two letters for a title ('VP': 'Vice President',
        index_documents.title_initials); only initials exactly, never a word one letter away. Spellings of one name
        ('Organisation', 'Organization') count as one; of names that differ, up to three are
        given and all are searched: which one the user meant, the results and the note say."""
        from kzpk.index_store import INITIALS_LONGEST, INITIALS_SHORTEST
        from kzpk.question import is_english

        clipped = re.fullmatch(r"([A-Z][a-z]{1,3})([A-Z]{2,5})", word)
        if clipped:
            # a name's first word clipped before the rest's initials ('KazISS': Kazakhstan
            # Institute for Strategic Studies, 'KazNU'): the initials of a name whose first
            # word begins so
            head = clipped.group(1).lower()
            found = [name for name in self._spelled_out(word[0] + clipped.group(2))
                     if name.lower().startswith(head)]
            # (or a small word's letter in small: 'MoFA', the Ministry of Foreign Affairs)
            return found if found or len(head) > 2 else self._spelled_out(word.upper())
        if not (INITIALS_SHORTEST <= len(word) <= INITIALS_LONGEST and word.isalpha()
                and (word.isupper() or not is_english(word))
                or len(word) == 2 and word.isalpha() and word.isupper()):
            return []
        names = self._names_with_initials(word.lower())
        if not names:
            names = self._small_word_initials(word.lower())
        if not names:
            return []
        same: dict[tuple, dict[str, int]] = {}  # a name's words cut to four letters: its spellings
        for name, times in names.items():
            key = tuple(w[:4].lower() for w in name.split() if w[:1].isupper())
            same.setdefault(key, {})[name] = times if isinstance(times, int) else 1
        ranked = sorted(same.values(), key=lambda spellings: -sum(spellings.values()))
        return [max(spellings, key=spellings.get) for spellings in ranked[:3]]

    def _names_with_initials(self, letters: str) -> dict:
        """The names written out whose initials are `letters` (lower case), with how often each
        is written: the initials table (index_store.load_initials), read on first use."""
        if self._initials_table is None:
            from kzpk.index_store import load_initials

            self._initials_table = load_initials(self.state)
        names = self._initials_table.get(letters)
        return names if isinstance(names, dict) else {}

    def _dotted_otherwise(self, word: str) -> str | None:
        """An abbreviation of two to five letters ('SRO', 'sro') as the index holds it written
        with dots ('s.r.o', of 'S.R.O.'), or one the query dots ('S.R.O') as the index holds it
        without ('sro'); None when the index holds neither."""
        letters = _abbreviation(word, 5)
        if not letters:
            return None
        other = letters.lower() if "." in word else ".".join(letters.lower())
        return other if self.reader.doc_frequency("text", other) else None

    def _given_names(self, word: str, after: str) -> str | None:
        """The given names a document writes in full before the name `after`, of which `word`
        is the initials ('AQ', 'aq', 'A.Q.' before 'Khan': 'Abdul Qadeer', of 'Abdul Qadeer
        Khan'); None when no written name has them. The one most often written, of names whose
        initials with `after`'s are a known acronym's length (the initials table)."""
        from kzpk.text import fold

        letters = _abbreviation(word, 3)
        if not letters or not after[:1].isalpha():
            return None
        names = self._names_with_initials((letters + after[0]).lower())
        ends = [(times if isinstance(times, int) else 1, name) for name, times in names.items()
                if len(name.split()) == len(letters) + 1
                and fold(name.split()[-1]) == fold(after)]
        return " ".join(max(ends)[1].split()[:-1]) if ends else None

    def _small_word_initials(self, letters: str) -> dict[str, int]:
        """The names written out whose initials `letters` are when they count one small word of
        the name too: 'MOFA' for 'Ministry of Foreign Affairs' (its table letters, MFA, skip
        the 'of'). Only a name that writes that one small word where the letter stands."""
        from kzpk.index_store import INITIALS_SHORTEST

        out: dict[str, int] = {}
        for k in range(1, len(letters) - 1):
            shorter = letters[:k] + letters[k + 1:]
            names = self._names_with_initials(shorter) if len(shorter) >= INITIALS_SHORTEST \
                else {}
            for name, times in names.items():
                words = name.split()
                capitals = [i for i, w in enumerate(words) if w[:1].isupper()]
                if len(capitals) != len(shorter):
                    continue
                between = words[capitals[k - 1] + 1:capitals[k]]
                if len(between) == 1 and between[0].lower() in _SMALL_WORDS \
                        and between[0][0].lower() == letters[k]:
                    out[name] = times
        return out

    def _surnames(self, words: list[str], text: str) -> list[tuple[str, tuple[str, ...]]]:
        """A person named in full ('Marat Karabayev', after any correction) is meant by a
        sentence that says only the surname ('Karabayev said ...'): (surname, (given name,))
        for each two capitalised query words side by side that a person record is named."""
        from whoosh.query import And, Phrase, Term

        out = []
        for a, b in zip(words, words[1:]):
            if not (a[:1].isupper() and b[:1].isupper() and a.isalpha() and b.isalpha()
                    and not a.isupper() and not b.isupper()):
                continue
            terms = [next((t.text for t in self.names(x)), "") for x in (a, b)]
            if not all(terms):
                continue
            q = And([Phrase("names", terms), Term("type", "person")])
            if next(iter(self.searcher.docs_for_query(q)), None) is not None:
                out.append((b, (a,)))
        return out

    def _kind_unwritten(self, text: str, words: list[str]) -> bool:
        """Whether the noun a question names the kind of answer with ('punishment' in 'Which
        punishment did Kazakhstan abolish?') is one no document writes, so it is not searched
        (Searcher.vet), and the question names no person, whose particulars a question like
        'What degree does Murat Laumulin hold?' asks for with a verb that says nothing of them
        (kzpk.question.verb_tells)."""
        from kzpk.question import answer_noun

        noun = answer_noun(text)
        if not noun or noun.lower() in {w.lower() for w in words}:
            return False
        from whoosh.query import And, Term

        for w in words:
            if not (w[:1].isupper() and w.isalpha()):
                continue
            for t in self.names(w):
                q = And([Term("names", t.text), Term("type", "person")])
                if next(iter(self.searcher.docs_for_query(q)), None) is not None:
                    return False  # a person's name
        return True

    def _held_by_stem(self, word: str) -> str | None:
        """The stem by which the texts hold a capitalised word of no English that no record
        writes ('Baris' -> 'bari', 'Revolut' -> 'revolut'); None for any other word, or when no
        text holds the stem."""
        from kzpk.question import is_english

        if not (word[:1].isupper() and word.isalpha() and not word.isupper() and len(word) > 3):
            return None
        lower = word.lower()
        if self.reader.doc_frequency("vocab", lower) or self.reader.doc_frequency("names", lower):
            return None
        stem = next((t.text for t in self.words(word)), "")
        if not stem or not self.reader.doc_frequency("text", stem) or is_english(word):
            return None
        return stem

    def _stem_only(self, word: str, stem: str | None) -> bool:
        """Whether a name the texts hold only as the stem of words of English (`stem`, from
        _held_by_stem) is written in none of them: 'Revolut' stems as 'revolution' does, and a
        pile of bank news writing only 'the 1979 revolution' does not mention the company. A name
        a text writes in any form of its own ('Uzbeks' where a text says 'Uzbek') is mentioned.
        Read in the first STEM_READ documents holding the stem, titles included."""
        from kzpk.question import is_english

        if stem != word.lower():
            return False  # (a stem the word is not: _written_otherwise's)
        forms = {m.group().lower() for text in self._first_texts(stem, STEM_READ, titled=True)
                 for m in re.finditer(rf"\b{re.escape(stem)}\w*", text, re.IGNORECASE)}
        return bool(forms) and stem not in forms and all(is_english(f) for f in forms)

    def _written_otherwise(self, word: str, stem: str | None) -> str | None:
        """The name the documents write for a capitalised word of no English that they hold only
        by its stem (`stem`, from _held_by_stem), when that name is no form of the word itself:
        'Baris' stems as 'Barys' does ('bari') and is searched as it, which the user is told
        ('Barys'); None when a document writes the word or a form of it ('Kazakhs' for
        'Kazakh'). Read in the first three documents holding the stem."""
        lower = word.lower()
        if stem is None or stem == lower:
            return None
        forms = {m.group() for text in self._first_texts(stem)
                 for m in re.finditer(rf"\b{re.escape(stem[:3])}\w*", text, re.IGNORECASE)}
        if any(f.lower().startswith(lower) or lower.startswith(f.lower()) for f in forms):
            return None  # the word itself, or a form of it
        # (each form the texts write analysed once, not at every place they write it)
        others = [f for f in forms if [t.text for t in self.words(f)] == [stem]]
        return min(others, key=lambda f: (len(f), f)) if others else None

    def _elided(self, word: str) -> str | None:
        """The name a query writes without the apostrophe of its elided article, as documents
        write it with one: 'loreal' -> "L'Oreal", 'dsouza' -> "D'Souza"; None when no document
        writes the rest of the word after such a letter and an apostrophe. The index holds
        the name as its rest ('oreal': no word of one letter is kept), which is searched."""
        from kzpk.question import is_english

        rest = word[1:]
        if not (word.isalpha() and len(rest) >= 4 and word[0].lower() in "ldo") or \
                is_english(rest):
            return None
        stems = [t.text for t in self.words(rest)]
        if len(stems) != 1 or not self.reader.doc_frequency("text", stems[0]):
            return None
        written = re.compile(rf"\b{word[0]}['’]{re.escape(rest)}\b", re.IGNORECASE)
        return next((m.group() for text in self._first_texts(stems[0])
                     for m in [written.search(text)] if m), None)

    def _suffixed(self, word: str) -> str | None:
        """The one name the documents write that is a capitalised word of no English with a
        place name's ending added ('Petropavl' -> 'Petropavlovsk', 'Hyder' + 'abad'): a town
        said by its short or its other official form. None when there is no such name, or more
        than one."""
        from kzpk.question import is_english

        if not (word[:1].isupper() and word.isalpha() and len(word) >= 6) or is_english(word):
            return None
        lower = word.lower()
        found = [t for t in (term.decode() if isinstance(term, bytes) else term
                             for term in self.reader.expand_prefix("vocab", lower))
                 if t[len(lower):] in _PLACE_ENDINGS]
        return found[0].capitalize() if len(found) == 1 else None

    def _first_texts(self, stem: str, n: int = 3, titled: bool = False) -> list[str]:
        """The stored text of the first `n` documents holding a stem of the text field (`titled`:
        each after its title)."""
        from itertools import islice

        stored = [self.searcher.stored_fields(docnum)
                  for docnum in islice(self.reader.postings("text", stem).all_ids(), n)]
        return [f"{fields.get('title') or ''}\n{fields.get('text') or ''}" if titled
                else fields.get("text") or "" for fields in stored]

    def _surface(self, stem: str, like: str = "") -> str:
        """A word as a document writes it, for a stem of the text field ('olzha' -> 'olzhas');
        of the forms the first few documents holding it write (ten, for a misspelt word: the
        form closest to it may stand only in a later one, 'acre' beside many 'acres'), the one
        closest to `like` (a misspelt word: 'ownr' -> 'owner', not 'owners'), whichever
        document comes first."""
        from kzpk.question import edit_distance

        prefix = re.compile(rf"\b{re.escape(stem[:-1] if len(stem) > 4 else stem)}\w*",
                            re.IGNORECASE)
        forms = [m.group().lower() for text in self._first_texts(stem, 10 if like else 1)
                 for m in prefix.finditer(text)]
        if not forms:
            return stem
        return min(forms, key=lambda f: edit_distance(like, f)) if like else forms[0]

    def _related(self, word: str) -> str | None:
        """An index word of the same family as an English word ('exhibit' for 'exhibitors'):
        the two share all but the last few letters of the word's stem."""
        if not word.islower():
            return None
        stem = next((t.text for t in self.words(word)), "")
        size = max(5, len(stem) - 3)
        if len(stem) < size:
            return None
        from kzpk.question import is_english, slip_of

        # a word of English is related only to a word that differs from it in endings of
        # English alone ('exhibitors' -> 'exhibit', 'statute' -> 'statutory', 'worrisome' ->
        # 'worrying'): sharing the first letters makes another word ('statute' is no 'status',
        # 'conduit' no 'conduct', 'principal' no 'principle')
        english = is_english(word)
        for term in self.reader.expand_prefix("text", stem[:size]):
            term = term.decode() if isinstance(term, bytes) else term
            shared = len(os.path.commonprefix([word, term]))
            if english:
                if word[shared:] in _ENGLISH_ENDINGS and term[shared:] in _ENGLISH_ENDINGS:
                    return term
                continue
            # a word of no English is a slip for a word the texts write ('railwys') or that
            # word clipped ('pharma'), not another that only shares its first letters ('questa'
            # is no 'question'); told by the stem, else by the word as a text writes it (a stem
            # shorter than the word: 'govern' for 'goverment'), read only then
            # (two letters from it only as one sound is: 'yousafzai' is no 'yousafi')
            if term.startswith(word) or slip_of(word, term):
                return term
            if len(term) <= len(word) + 2:
                surface = self._surface(term)
                if surface.startswith(word) or slip_of(word, surface):
                    return term
        return None

    def _split(self, word: str) -> str | None:
        """A name written as one word that the documents write as two, beside each other
        ('Anwarul' for 'Anwar-ul', 'Abdulaleem' for 'Abdul Aleem'): both parts known words of
        the index that stand together in a document ('tuyuksu' for 'Tuyuk-Su' too). Only for a
        word that is not English; the longest first part wins."""
        from kzpk.question import NAME_PARTICLES, is_english

        if len(word) < 6 or is_english(word):
            return None
        for i in range(len(word) - 2, 2, -1):
            left, right = word[:i], word[i:]
            if not (self._known(left) and self._known(right)) or is_english(left) and \
                    is_english(right):
                continue
            if self._adjacent(left, right):
                return f"{left} {right.lower() if len(right) <= 3 else right.capitalize()}"
        # (or as three, a particle between: 'Waqaruddin' for 'Waqar-ud-Din')
        for i in range(len(word) - 5, 2, -1):
            for particle in (p for p in NAME_PARTICLES if word[i:].lower().startswith(p)):
                left, right = word[:i], word[i + len(particle):]
                if len(right) >= 3 and self._known(left) and self._known(right) and \
                        self._adjacent(left, particle) and self._adjacent(particle, right):
                    return f"{left} {particle} {right.capitalize()}"
        return None

    def _joined(self, before: str, word: str) -> bool:
        """Whether a word no document holds is the end of the word before it, written apart: the
        two as one word are a word the documents write that is no English word ('Baligh ur'
        for 'Balighur', 'Anwar ul' for 'Anwarul')."""
        from kzpk.question import is_english

        whole = before + word
        return (before.isalpha() and word.isalpha() and not word.isupper()
                and not is_english(whole)
                and any(self.reader.doc_frequency("text", t.text) for t in self.words(whole)))

    def _hyphened_slip(self, parts: list[str]) -> str | None:
        """A hyphenated name of up to four parts, some a document writes and the others likely
        slips for words a document writes just before or after them, or the same with an 'o'
        for a 'u' (_o_for_u): the name as written ('Suleiman-Too' -> 'Sulaiman-Too',
        'Pul-e-Surkh' -> 'Pol-e-Sorkh'); None otherwise."""
        from itertools import product

        if not 2 <= len(parts) <= 4 or all(self._known(p) for p in parts):
            return None
        ways = []  # each part as written, where a document writes it, and otherwise
        for part in parts:
            other = [v for v in _o_and_u(part) if self._known(v)]
            if not other and not self._known(part):
                fixed, _ = self._closest(part)
                other = [fixed] if fixed and _likely_slip(part, fixed) else []
            ways.append(([part] if self._known(part) else []) + other[:2])
        for name in product(*ways):
            # (a part the index keeps no word of, 'e' in 'Pol-e-Sorkh', stands between others)
            said = [part for part in name if any(True for _ in self.words(part))]
            if len(said) > 1 and all(self._adjacent(a, b, 2) for a, b in zip(said, said[1:])):
                return "-".join(name)
        return None

    def _particle_joined(self, parts: list[str]) -> str | None:
        """A hyphenated name as the documents write it, a short particle joined to the part before
        it ('Habib-ur-Rehman' -> 'Habibur Rehman', 'Anwar-ul-Haq' -> 'Anwarul Haq'), when each
        word so made is one the index holds, or all its parts joined ('Qurat-ul-Ain' ->
        'Quratulain'); else None."""
        out: list[str] = []
        for part in parts:
            if out and len(part) <= 3 and part.islower() and self._joined(out[-1], part):
                out[-1] += part
            else:
                out.append(part)
        if len(out) < len(parts) and not all(self._known(p) for p in out):
            # (or the words so made a name in another spelling a document writes, said
            # corrected: 'Ishrat-ul-Ibad' -> 'Ishratul Ibad' -> 'Ishratul Ebad')
            _, fixed, missing = self.vet(out)
            if not missing and fixed:
                return " ".join(w for w in (fixed.get(p, p) for p in out) if w)
        if len(out) == len(parts) or not all(self._known(p) for p in out):
            # (or every part joined, as some write the name: 'Qurat-ul-Ain' -> 'Quratulain')
            whole = "".join(parts)
            if len(parts) > 2 and any(len(p) <= 3 and p.islower() for p in parts[1:-1]) and \
                    self._joined(parts[0], "".join(parts[1:]).lower()):
                return whole[:1].upper() + whole[1:].lower()
            return None
        return " ".join(out)

    def _source_of(self, docnum: int) -> str:
        """The source id of an indexed passage or record (a stored record's read, some 20
        microseconds: each read once while the index is open)."""
        if docnum not in self._sources:
            self._sources[docnum] = self.reader.stored_fields(docnum).get("source") or str(docnum)
        return self._sources[docnum]

    def _told_with(self, name: str, others: list[str], least: int = 2) -> bool:
        """Whether one paragraph or record holding `name` holds `least` of the `others` (the
        query's other words) that are rare ones, each in at most one text in RARE_SHARE; or one
        document holds one more of them (a news item names a place once, and what happened
        there in other paragraphs)."""
        from kzpk.question import FUNCTION_WORDS

        common = max(3, self.reader.doc_count() / RARE_SHARE)  # (a small pile: in three)
        own = {t.text for t in self.words(name)}
        if not own or not all(self.reader.doc_frequency("text", t) for t in own):
            return False
        holding = None
        for t in own:
            ids = set(self.reader.postings("text", t).all_ids())
            holding = ids if holding is None else holding & ids
        if not holding:
            return False
        sources = {self._source_of(d) for d in holding} if len(holding) <= SOURCES_READ else set()
        count: dict[int, int] = {}
        by_source: dict[str, int] = {}
        for w in dict.fromkeys(x.lower() for x in others if x.lower() not in FUNCTION_WORDS):
            forms = {t.text for t in self.words(w)} - own
            held = [f for f in forms if self.reader.doc_frequency("text", f)]
            if "-" in w and len(held) > 1 and len(held) == len(forms):
                # a word of parts ('high-capacity') stands where all of them do: as rare as
                # its rarest part, not as common as their sum
                ids = set.intersection(*(set(self.reader.postings("text", f).all_ids())
                                         for f in held))
                postings = len(ids)
            else:
                postings = sum(self.reader.doc_frequency("text", f) for f in held)
                ids = None
            if not held or postings > common:
                continue
            if ids is None:
                ids = {d for f in held for d in self.reader.postings("text", f).all_ids()}
            for d in ids & holding:
                count[d] = count.get(d, 0) + 1
                if count[d] >= least:
                    return True
            if sources and postings <= SOURCES_READ:
                for src in {self._source_of(d) for d in ids} & sources:
                    by_source[src] = by_source.get(src, 0) + 1
                    if by_source[src] > least:
                        return True
        return False

    def _adjacent(self, a: str, b: str, apart: int = 1) -> bool:
        """Whether the words a and b stand next to each other (or at most `apart` words on, in
        that order) in some text of the index."""
        from whoosh.query import Phrase

        terms = [next((t.text for t in self.words(x)), "") for x in (a, b)]
        if not all(terms):
            return False
        q = Phrase("text", terms, slop=apart)
        return next(iter(self.searcher.docs_for_query(q)), None) is not None

    def _english_beside(self, word: str, pairs: list[tuple[int, str]]) -> str | None:
        """The one English word a slip from a lower-case query word (question.one_slip, its
        first letter kept) that a document writes beside a neighbouring word of the query, on
        the query's side of it: 'eaze'/'eas' of doing -> 'ease'. None when there is no such word
        or more than one."""
        from kzpk.question import is_english, one_slip

        lower = word.lower()
        found = {term for term in set().union(*one_slip(lower))
                 if term[:1] == lower[:1] and term != lower and is_english(term) and all(
                     self.reader.doc_frequency("text", t.text) for t in self.words(term))
                 and any(
                     other and other.lower() not in STOP and
                     (self._adjacent(other, term) if side < 0 else self._adjacent(term, other))
                     for side, other in pairs)}
        return found.pop() if len(found) == 1 else None

    def _name_beside(self, words: list[str], i: int, fixes: dict[str, str]) -> str | None:
        """The name a document writes beside a name of the query, in the query's order, that is
        words[i] in another romanisation (kzpk.question.name_key): 'Maxut' for 'Maksut' in
        'Maksut Zhumaev' (Zhumaev corrected to the 'Zhumayev' a document writes after 'Maxut'),
        'Haque' for 'Haq' in 'Moinul Haq'. Only for a word no English word, beside one; the
        look-up is among the few words a document writes beside that name, never the whole
        vocabulary: 'Asim Munir' is no 'Asif Munir' (a short name must match exactly)."""
        from itertools import islice

        from kzpk.question import (consonants, edit_distance, is_english, letter_change, name_key,
                                   translit_key)
        from kzpk.text import fold

        w = words[i]
        # (an English word the query writes capitalised beside a name may be a name spelt
        # otherwise, when a document writes beside it the name its romanisation gives: 'Gamma
        # Pehlwan' for 'Gama Pehlwan'; no slip allowed then)
        english = is_english(w)
        if not w.isalpha() or w.isupper() or len(w) < 3 or english and not w[:1].isupper():
            return None
        key = name_key(w)
        found: dict[str, int] = {}
        for j in (i - 1, i + 1):
            if not 0 <= j < len(words):
                continue
            other = fixes.get(words[j], words[j])
            if j > i and not self._known(other):
                fixed, sure = self._closest(other)  # the next word, not yet vetted
                other = fixed if sure and fixed else other
            if not other.isalpha() or other.isupper() or not self._known(other) or \
                    is_english(other) and not (other[:1].isupper() and
                                               self._written_capitalised(fold(other))):
                continue  # (an English word the documents write as a name is one: 'Khan')
            near = fold(other)
            candidates = set()
            for name in self.aliases:  # a known name's words: 'moinul haque'
                parts = re.sub(r"\b(\w)\.(?=\w)", r"\1. ", name).split()
                for k, part in enumerate(parts):
                    m = k - 1 if j > i else k + 1  # the word on words[i]'s side of it
                    if part == near and 0 <= m < len(parts):
                        if j > i and re.fullmatch(r"\w\.", parts[m]) and \
                                parts[m][0] == fold(w[0]) and w[:1].isupper():
                            # a given name a record gives only by its initial ('Ruslan
                            # Oshakbayev' for 'R. Oshakbayev'): that person
                            return f"{w[0]}."
                        candidates.add(parts[m])
            # (and beside that name in its other romanisations: 'Neda Mohammad' for 'Nida
            # Muhammad', where neither spelling vouches for the other alone)
            stems = {t.text for t in self.words(other)}
            stem = next(iter(stems)) if len(stems) == 1 else ""
            if len(stem) >= 5:
                shape = consonants(translit_key(stem))
                stems |= {t for t in self.reader.terms_within("text", stem, 1, prefix=1)
                          if t.isalpha() and consonants(translit_key(t)) == shape}
            said = "|".join(sorted({re.escape(other)} | {re.escape(t) for t in stems},
                                   key=longest_first))
            beside = re.compile(rf"\b(?:{said})\s+([^\W\d_]+)" if j < i
                                else rf"([^\W\d_]+)\s+(?:{said})\b", re.I)
            for stem in stems:
                try:
                    docnums = list(islice(self.reader.postings("text", stem).all_ids(), 40))
                except Exception:  # a term the field lacks
                    continue
                for docnum in docnums:
                    text = self.searcher.stored_fields(docnum).get("text") or ""
                    candidates.update(beside.findall(text))
            for name in candidates:
                if not name or is_english(name) or name.lower() == w.lower():
                    continue
                other_key = name_key(name)
                d = edit_distance(key, other_key, 2)
                if english and d:
                    continue
                # (a short name one letter off only in its vowels: 'Yunus' for 'Younis', or by
                # an 'h' its romanisation leaves out: 'Buto' for 'Bhutto'; not 'Asim' for 'Asif';
                # a long one two vowels off: 'Muhajer' for 'Mohajir')
                if d == 0 or d == 1 and (min(len(key), len(name)) >= 6 or len(key) >= 5 and
                                         consonants(key) == consonants(other_key) or
                                         letter_change(key, other_key) == "vowel") or \
                        d == 2 and len(key) >= 6 and len(key) == len(other_key) and \
                        consonants(key) == consonants(other_key):
                    found[name] = min(found.get(name, 9), d)
        if not found:
            return None
        best = min(found.values())
        # (one name in two spellings a record gives, 'Gilani' and 'Gillani', is one name: the
        # one the texts write most)
        if len({name_key(n) for n, d in found.items() if d == best}) != 1:
            return None

        def written(n: str) -> int:
            return sum(self.reader.doc_frequency("text", t.text) for t in self.words(n))

        name = max(sorted(n for n, d in found.items() if d == best), key=written)
        return name[:1].upper() + name[1:] if w[:1].isupper() else name.lower()

    def vet(self, words: list[str], text: str = "", notes: list[str] | None = None
            ) -> tuple[list[str], dict[str, str], list[str]]:
        """(the words to search, corrections made, messages for subjects no document holds).

        A word the index lacks is dropped when it only frames the question ('watched',
        'describe'), corrected when it is surely a known name in another spelling, searched as
        the name it is the initials of when it is an acronym no document writes (said in
        `notes`), and otherwise is a subject no document mentions: the honest answer is then
        "nothing found"."""
        from kzpk.question import (CLIPPED, COMMON_NAMES, CURRENCY_CODE_OF, CURRENCY_CODES,
                                   CURRENCY_NAMES, FRAMING, FUNCTION_WORDS, MEASURES, NAME_KINDS,
                                   answer_noun, calendar_slip, capital_of_state,
                                   english_spelling, is_calendar_word, is_english, is_filler,
                                   language_asked_in, letter_change, main_verb, singular,
                                   state_of_capital, synonyms, translit_key)

        kept, fixes, missing = [], {}, []
        loose: list[str] = []  # of those missing, lower-case words that may only describe
        together = 0  # how many of the rest's rarer words one document must hold to drop them
        guesses: dict[str, str] = {}  # near misses too far to search for, offered instead
        verb = main_verb(text) if text else None
        asked = answer_noun(text) if text else None
        asked_in = (language_asked_in(text) or "").lower() if text else ""
        said_otherwise = synonyms(words, self._unwritten)

        def pairs_of(i: int) -> list[tuple[int, str]]:
            # the query's words before and after words[i] (as corrected), each with its side
            return ([(-1, fixes.get(words[i - 1]) or words[i - 1])] if i else []) + \
                ([(1, words[i + 1])] if i + 1 < len(words) else [])

        joined_next = -1  # a word joined to the one before it (below): searched with it
        for i, w in enumerate(words):
            if i == joined_next:
                continue
            if (w == verb or w == asked) and not self._known(w):
                # the verb or the kind of answer ('What degree does ...'): no subject; a
                # misspelt kind of answer is said corrected ('In which feilds do ...?' ->
                # 'fields'), and searched as the word spelt right is when a document holds it
                # ('... one of the relatively new fields between the two countries')
                english = None if w != asked or is_english(w) else english_spelling(w)
                if english:
                    fixes[w] = english
                    if self._known(english):
                        kept.append(english)
                    continue
                family = self._family(w) if w == asked and is_english(w) else set()
                if family:
                    # the kind of answer said as a noun a text writes as its verb: 'What
                    # registration did the jet carry?' over 'the jet, registered 4K-AZ65'
                    kept.append(min(family))
                    continue
                if w == asked and any(self._known(o) for o in said_otherwise.get(i, ())):
                    # (or in a word of the same meaning a text writes: 'Which tongues ...?' ->
                    # 'The SCO's official languages are ...')
                    kept.append(w)
                    continue
                if w == verb or is_english(w):
                    continue
                # (a kind of answer in no English and spelt right, 'What kurta did ...?', names
                # the thing asked about: a subject like any other)
            stem = self._held_by_stem(w)  # (read once, for both checks)
            if self._known(w) and not self._stem_only(w, stem) or self._in_alias(words, i) or \
                    any(self._known(o) for o in said_otherwise.get(i, ())):
                kept.append(w)
                written = self._written_otherwise(w, stem)
                if written:
                    fixes[w] = written  # 'Baris' stems as 'Barys' does: said, not silent
                continue
            if w.lower() in FUNCTION_WORDS:
                continue  # ('during', a query word in no text of a small pile): no subject
            dotted = self._dotted_otherwise(w)
            if dotted:
                # an abbreviation a document writes with its dots ('S.R.O. 1435' for 'SRO'), or
                # without them for one the query dots: searched as written there, and said
                kept.append(dotted)
                if notes is not None:
                    notes.append(f"no document writes {w!r}; searched for {dotted.upper()!r}")
                continue
            suffixed = self._suffixed(w)
            if suffixed:
                # a town by its short form: 'Petropavl' for 'Petropavlovsk', said
                kept.append(suffixed)
                fixes[w] = suffixed
                continue
            elided = self._elided(w)
            if elided:
                # a name written without its apostrophe: 'loreal' for "L'Oreal", said
                kept.append(w[1:])
                fixes[w] = elided
                continue
            other = _number_otherwise(w)
            if other and self._known(other):
                # a number written the other way a document writes it: 'twelve delegations'
                # for '12 delegations', '7 countries' for 'seven countries'
                kept.append(other)
                continue
            if any(c.isdigit() for c in w) or other:
                continue  # a number the documents do not hold does not name a subject
            if is_calendar_word(w):
                continue  # nor a month or a weekday no document writes ('Jan 14'): a time
            if w.lower() == asked_in:
                continue  # nor the language a meaning is asked in ('... mean in English?')
            month = calendar_slip(w)
            if month:
                # a month's name misspelt ('febuary'): said corrected, searched when a document
                # writes it, and no subject when none does
                fixes[w] = month.capitalize() if w[:1].isupper() else month
                if self._known(month):
                    kept.append(month)
                continue
            # (a particle after it is the backward case's: 'Habib ur' -> 'Habibur', below)
            if i + 1 < len(words) and len(words[i + 1]) > 3 and not self._known(w) and \
                    self._joined(w, words[i + 1].lower()):
                # a name written apart whose first part no document holds: 'Digi Kala' for
                # 'Digikala'
                whole = w + words[i + 1].lower()
                kept.append(whole)
                fixes[w], fixes[words[i + 1]] = whole, ""
                joined_next = i + 1
                continue
            if i and self._joined(words[i - 1], w):
                # a name's particle written apart from it: 'baligh ur' for 'Balighur'
                whole = words[i - 1] + w.lower()
                if kept and kept[-1] in (words[i - 1], fixes.get(words[i - 1])):
                    kept[-1] = whole
                else:
                    kept.append(whole)
                fixes[words[i - 1]], fixes[w] = whole, ""
                continue
            # (the first word of a sentence is capitalised as any is: 'Wich UNESCO body ...?')
            slip = _function_slip(w.lower() if i == 0 and w[1:].islower() else w,
                                  opens=i == 0 and text.rstrip().endswith("?"),
                                  leads=i == 0 and re.match(r"\s*\w+\s+(?:what|which|whom|how)\b",
                                                            text, re.I) is not None)
            if slip:
                # 'wich university': a question word, said, not searched
                fixes[w] = slip.capitalize() if w[:1].isupper() else slip
                continue
            whole = CLIPPED.get(w.lower())
            if whole and self._known(whole):
                fixes[w] = whole  # a clipped word: 'univ' is 'university', said as a correction
                kept.append(whole)
                continue
            given = self._given_names(w, words[i + 1] if i + 1 < len(words) else "")
            if given:
                # a name's given names as initials before the name a document writes them with
                # ('AQ Khan', 'aq khan' for 'Abdul Qadeer Khan'): searched written out, and said
                kept.extend(given.split())
                if notes is not None:
                    notes.append(f"no document writes {w!r}; searched for {given!r}")
                continue
            decade = _DECADES.get(re.sub(r"^(?:mid|early|late)-", "", w.lower()))
            if decade:
                # a decade in words ('the mid-nineties'): a time, no subject; searched in figures
                # when a document writes it so ('In the mid-1990s ...'), and said
                if self._known(decade):
                    kept.append(decade)
                    if notes is not None:
                        notes.append(f"no document writes {w!r}; searched for {decade!r}")
                continue
            acronym = len(w) >= 2 and w.isupper()
            # (an Arabic name's article joined to it, 'AlMansoori', is one part like 'Al-'; so
            # is one joined in small letters to a name the documents hold, 'Alkharj' for
            # 'Al-Kharj', or to one in another spelling, 'Almarzouqi' for 'Al Marzooqi')
            article = None if acronym else re.fullmatch(r"([AE]l)([A-Z][a-z]{3,})", w) or (
                re.fullmatch(r"([AE]l)([a-z]{4,})", w) if self._known(w[2:]) or
                len(w) >= 8 and self._closest(w[2:])[1] else None)
            if "-" in w.strip("-") and not acronym or article:
                # each part on its own: 'Anti-Terorist' is 'Anti' and a misspelt 'Terrorist'
                parts = [p for p in w.split("-") if p] if article is None else list(article.groups())
                # a bound prefix ('co-organised', 'ex-minister') names no subject of its own
                content = [p for p in parts if p.lower() not in _PREFIXES] or parts
                if parts[0].lower() == "ex" and len(parts) > 1 and self._known("former"):
                    # ('the ex-commerce minister': the former one, as a text says)
                    kept.append("former")
                got, part_fixes, part_missing = self.vet(content)
                joined = self._particle_joined(parts) if part_missing else None
                hyphened = self._hyphened_slip(parts) if part_missing and not joined else None
                if hyphened:
                    # a name's part in another spelling, joined to a part a document writes it
                    # joined to: 'Suleiman-Too' for 'Sulaiman-Too'
                    fixes[w] = hyphened
                    kept.extend(hyphened.split("-"))
                elif joined:
                    # a name's particle hyphenated to it: 'Habib-ur-Rehman' for 'Habibur Rehman'
                    fixes[w] = joined
                    kept.extend(joined.split())
                elif part_missing:
                    missing.append(f"no document mentions {w!r}")
                    need = self._may_describe(w, text)  # a compound of English ('op-ed')
                    if need:
                        loose.append(w)
                        together = max(together, need)
                elif part_fixes:
                    fixes[w] = "-".join(parts[:len(parts) - len(content)] + got)
                    kept.append(fixes[w])
                else:
                    kept.append(w)  # only framing words unknown: keep what it says
                continue
            split = None if acronym else self._split(w)
            if split:
                fixes[w] = split  # one word for a name written in two: 'Anwarul' -> 'Anwar ul'
                kept.extend(split.split())
                continue
            common = next((n for n in COMMON_NAMES.get(w.lower()) or
                           COMMON_NAMES.get(singular(w), ())
                           if all(self._known(t) for t in n.split())), None)
            if not common and text:
                state = state_of_capital(w, text)  # 'Kabul's leadership': Afghanistan's
                common = state if state and self._known(state) else None
            if not common:
                # (a country by its capital: 'at the Games in Qatar' -> 'DOHA, Dec 6 - ...')
                capital = capital_of_state(w)
                common = capital if capital and self._known(capital) else None
            if common:
                # 'USSR' for 'the Soviet Union', 'American' for 'the United States'
                kept.extend(common.split())
                if notes is not None:
                    notes.append(f"no document writes {w!r}; searched for {common!r}")
                continue
            if not acronym and is_filler(w):
                continue
            if w.islower() and singular(w) in MEASURES:
                continue  # the kind of answer, a figure or a person ('height', 'owner')
            if w.lower() in NAME_KINDS and i + 1 < len(words) and \
                    singular(words[i + 1].lower()) == "name":
                # the kind of name asked ('the Latin name of the root'), which a text gives
                # without saying it is one ('Aconitum soongaricum'): searched without, said so
                if notes is not None:
                    notes.append(f"no document writes {w!r}; searched without it")
                continue
            if w in CURRENCY_CODES or w.islower() and w.upper() in CURRENCY_CODES and \
                    not is_english(w):
                continue  # the currency asked in, by its code ('project cost PKR'), in keywords
                # in small letters too ('export potential usd'; 'try' is a word)
            if w.islower() and singular(w) in CURRENCY_NAMES and (
                    i == len(words) - 1 or re.search(rf"\bin\s+{re.escape(w)}\b", text)):
                continue  # the currency asked in, last or after 'in' (CURRENCY_NAMES)
            code = CURRENCY_CODE_OF.get(singular(w)) if w.islower() else None
            if code and self._known(code.lower()):
                # a currency no document names but by its code ('tenge', 'KZT 20,000'): the code
                kept.append(code)
                if notes is not None:
                    notes.append(f"no document writes {w!r}; searched for {code!r}")
                continue
            english = None if acronym or is_english(w) else english_spelling(w, self._known)
            if english and (is_filler(english) or self._known(english)):
                # a misspelt word, said corrected, and searched as the word spelt right when a
                # document holds it: a framing word ('headquaters'; 'thnaked' -> 'thanked the
                # participants'), or any other ('which ambassador denyed ...' -> 'denied')
                fixes[w] = english
                if self._known(english):
                    kept.append(english)
                continue
            # another form of the word, or its family ('voters' -> 'vote'), or the verb of a noun
            # of an act ('newsprint consumption' -> 'India consumes ... of newsprint')
            act = _verb_of_noun(w) if w.islower() and is_english(w) else None
            act = next((t.text for t in self.words(act)
                        if self.reader.doc_frequency("text", t.text)), None) if act else None
            related = None if acronym else self._related(w) or \
                min(self._family(w), default=None) or act
            if related:
                kept.append(related)  # another form of the word: 'exhibitors' for 'exhibiting'
                # said, never silently substituted: as the closest word when that is sure
                # ('railwys' -> 'railways'), else as a document writes the related one
                near, sure = self._closest(w) if not is_english(w) else (None, False)
                fixes[w] = near if sure else self._surface(related)
                continue
            halves = self._halves(w) if w.islower() else None
            if halves:
                # two English words written as one that no document writes so, both of which
                # the documents hold ('homebuilding', 'wasteland'): searched as the two, said so
                kept.extend(halves)
                if notes is not None:
                    notes.append(f"no document writes {w!r}; searched for {' '.join(halves)!r}")
                continue
            apart = self._apart(w) if w.islower() and not is_english(w) else None
            if apart:
                # two words written as one that the documents write apart, side by side ('adhoc'
                # for 'an ad hoc panel'): searched as the two, said so
                kept.extend(apart)
                if notes is not None:
                    notes.append(f"no document writes {w!r}; searched for {' '.join(apart)!r}")
                continue
            prefixed = next((w[:len(p)] for p in sorted(_PREFIXES, key=len, reverse=True)
                             if w.islower() and w.startswith(p) and len(w) - len(p) >= 4 and
                             self._known(p) and self._known(w[len(p):])), None)
            if prefixed:
                # a word with a bound prefix written solid that the documents write with a
                # hyphen ('semifinal' for 'semi-final'): searched as its two parts, said so
                kept.extend((prefixed, w[len(prefixed):]))
                if notes is not None:
                    notes.append(f"no document writes {w!r}; searched for "
                                 f"{prefixed + '-' + w[len(prefixed):]!r}")
                continue
            phrasal = re.fullmatch(r"([a-z]{3,}?)(over|up|out|off|down|back|away)", w)
            if phrasal and is_english(phrasal.group(1)):
                # a noun made of a verb and its particle ('handover', 'crackdown', 'shutdown')
                # that no document writes: searched as the verb, which a text writes with the
                # particle apart ('handed over'), and said so; when no document writes the verb
                # either ('rollout'), an English word no document writes, as 'lorry' is, and
                # searched without
                known = self._known(phrasal.group(1))
                if known:
                    kept.append(phrasal.group(1))
                if notes is not None:
                    notes.append(f"no document writes {w!r}; searched " + (
                        f"for {phrasal.group(1) + ' ' + phrasal.group(2)!r}" if known
                        else "without it"))
                continue
            fixed, sure = (None, False) if acronym else self._closest(w)
            # (the near miss with the query word before it, and with the one after it)
            pairs = ([(words[i - 1], fixed)] if i else []) + \
                ([(fixed, words[i + 1])] if i + 1 < len(words) else [])
            if sure and len(w) < 5 and not (w.islower() and is_english(fixed) and
                                            _vowel_slip(w, fixed.lower())):
                # (a word in small letters a vowel from an English word is a slip: _vowel_slip)
                # a short name is corrected only next to a name it stands beside in a document,
                # in the query's order ('Farhat Asaf' -> 'Farhat Asif'), never alone ('Aral' is
                # not 'Arab'), nor for a word it merely shares a text with ('General Asim' is
                # not 'Asia' for a text on Central Asia and the General Assembly)
                # (a name in another romanisation of it, also with a particle between, as
                # Urdu names are written: 'Naim Zafar' -> 'Naeem uz Zafar')
                apart = 2 if translit_key(w) == translit_key(fixed) else 1
                sure = any(self._adjacent(a, b, apart) for a, b in pairs
                           if (b if a == fixed else a)[:1].isupper())
            elif fixed and not sure and not is_english(w):
                # a near miss too far to be sure of alone is sure beside a word of the query it
                # stands beside in a document, in the query's order, that is no English word
                # ('benazir buttho' -> 'benazir bhutto', as a document names her)
                sure = any(self._adjacent(a, b) for a, b in pairs
                           if not is_english(b if a == fixed else a))
                if not sure and w.islower() and len(fixed) == len(w) + 1 and \
                        fixed.startswith(w) and is_english(fixed):
                    # a lower-case word with its last letter dropped, beside a word of the query
                    # that a document writes it beside ('air carg' -> 'air cargo'): not a name
                    # ('asif' is no 'asia': a letter changed), nor a real word ('car')
                    sure = any(self._adjacent(a, b) for a, b in pairs
                               if (b if a == fixed else a).lower() not in STOP)
                if not sure and w.islower() and len(w) >= 4 and len(fixed) == len(w) + 1 \
                        and not fixed.startswith(w) and is_english(fixed) and \
                        letter_change(w, fixed) in ("vowel", "double"):
                    # an English word a document holds with a vowel inside it left out or a
                    # letter not doubled, the commonest slips ('chief gest' -> 'guest', 'aply'
                    # -> 'apply'): no name, and no word cut short ('carg' may be more than
                    # 'cargo', above)
                    sure = True
                if not sure and w.islower() and len(w) >= 4 and len(fixed) == len(w) and \
                        is_english(fixed) and letter_change(w, fixed) == "swap":
                    # two letters of an English word a document holds swapped ('when was ...
                    # bron' -> 'born'): the commonest slip of all, and no word of its own
                    sure = True
                if not sure and w.islower() and len(w) == 3 and fixed == w + w[-1] and \
                        is_english(fixed):
                    # a short word with its doubled last letter written once ('how much did he
                    # sel each cow for' -> 'sell'), no word of its own
                    sure = True
            if not sure and not acronym and (w.islower() or i and len(w) >= 5 and
                                             w[:1].isupper() and w[1:].islower()):
                # a short word a letter from an English word that a document writes beside a
                # word of the query, in the query's order: 'eaze of doing' -> 'ease', and of two
                # such words the one a text writes there ('eas of doing' is no 'east'); a word
                # of a name so too ('Parliamentary Servises' -> 'Parliamentary Services')
                beside = self._english_beside(w, pairs_of(i))
                if beside:
                    fixed, sure = beside.capitalize() if w[:1].isupper() else beside, True
            if not sure and not acronym:
                # a name in another romanisation, beside a name of the query that a document
                # writes it beside ('Maksut Zhumaev' -> 'Maxut Zhumayev')
                beside = self._name_beside(words, i, fixes)
                if beside:
                    fixed, sure = beside, True
            if not sure and fixed and w[:1].isupper() and not acronym and not english and \
                    not is_english(w) and not is_english(fixed) and _digraph_otherwise(w, fixed):
                # a name a text writes with one vowel where the query writes two, or two where it
                # writes one, as romanisations of one name do ('Ghouri', 'Ghori'; 'Yusaf',
                # 'Yousaf'): that name, said so
                sure = True
            if not sure and fixed and w[:1].isupper() and not acronym and not english and \
                    not is_english(w) and not is_english(fixed) and _likely_slip(w, fixed) and \
                    not (len(w) == len(fixed) and
                         letter_change(w.lower(), fixed.lower()) in ("consonant", "far")) and \
                    self._told_with(fixed, [
                        x for j, x in enumerate(words) if j != i and x not in fixes]):
                # a name a letter or a romanisation off a name a text writes together with two of
                # the query's other rare words ('Where is Zoomlion building tractors with
                # Qaztechna?': 'Zoomlion ... building tractors with a local partner, QazTehna'):
                # that name, said so; not one with a consonant changed, another name ('Tokarev'
                # is no 'Tokayev', whatever he is asked about)
                sure = True
            after = words[i + 1].lower() if i + 1 < len(words) else ""
            named = [] if sure else self._spelled_out(w)
            if sure:
                fixes[w] = fixed
                kept.append(fixed)
            elif named:
                kept.extend(dict.fromkeys(n for name in named for n in _WORD.findall(name)
                                          if n.lower() not in STOP))
                if notes is not None:
                    notes.append(f"no document writes {w!r}; searched for "
                                 + " or ".join(repr(n) for n in named)
                                 + (", names with those initials" if len(named) > 1
                                    else ", the name with those initials"))
            elif w.islower() and after in FRAMING and after not in _NOT_NOUNS and \
                    is_english(english or w):
                # 'aircraft type': the kind of answer wanted, not the subject (a word of no
                # English is a name: 'panjgur dates export' names a town no text holds; one
                # misspelt is the word spelt right, said so: 'apperances total')
                if english:
                    fixes[w] = english
                continue
            elif fixed and not is_english(w) and not english:
                # (a misspelt English word no document holds is not offered as another word a
                # document holds: 'elegible' is 'eligible', no 'elections'; nor a name as
                # another far from it: 'Harare' is no slip for 'Hasan', nor 'Baku' for 'Back')
                if _likely_slip(w, fixed):
                    guesses[w] = fixed
                    missing.append(f"no document mentions {w!r} (did you mean {fixed!r}?)")
                else:
                    missing.append(f"no document mentions {w!r}")
                # (a place a question describes its subject by may be a letter from a word a
                # text holds, 'the Milan opera house' and 'Milat': it only describes all the
                # same, when the rest of the question stands together, _may_describe; not
                # when the near miss stands with the rest, as a misspelling of what they are
                # about does: 'What did Gondar say about cricket matches ...?' for Gondal)
                need = self._may_describe(w, text) if w in guesses and not self._told_with(
                    fixed, [x for j, x in enumerate(words) if j != i], least=1) else 0
                if need:
                    loose.append(w)
                    together = max(together, need)
            else:
                missing.append(f"no document mentions {w!r}")
                # (a misspelt English word no document holds either, 'applicaton', may only
                # describe as the word spelt right would)
                need = self._may_describe(english or w, text)
                if need:
                    loose.append(w)
                    together = max(together, need)
        if loose and len(loose) == len(missing) and self._stand_together(kept, together):
            # every word no document holds only describes what the question asks about, and
            # the rest of it still finds its subject: searched without them, and said so
            # ('Which two airlines once surveyed a direct route ...?')
            missing, guesses = [], {}
            if notes is not None:
                notes.append(f"no document writes {' or '.join(map(repr, loose))}; searched "
                             f"without {'it' if len(loose) == 1 else 'them'}")
        if guesses and len(guesses) == len(missing):
            # every word no document holds has a near miss: offer the whole query corrected
            whole = corrected(text or " ".join(words), {**fixes, **guesses})
            missing = [f"no document mentions {w!r}" for w in guesses]
            missing[-1] += f" (did you mean {whole!r}?)"
        elif guesses:  # say which words have no near miss, beside those that have one
            missing = [m if "(" in m else f"{m} (no word close to it)" for m in missing]
        return kept, fixes, missing

    def _halves(self, word: str) -> tuple[str, str] | None:
        """The two English words a word is written as one of ('home' and 'building' of
        'homebuilding'), each of four letters or more and held by the documents; None for any
        other word."""
        from kzpk.question import is_english, joined_words

        if len(word) < 8 or is_english(word) or not joined_words(word):
            return None
        for i in range(len(word) - 4, 3, -1):  # the longest second word first
            first, second = word[:i], word[i:]
            if is_english(first) and is_english(second) and self._known(first) and \
                    self._known(second):
                return first, second
        return None

    def _apart(self, word: str) -> tuple[str, str] | None:
        """The two words, of two letters or more, that a word no document holds is written as
        one of, when a document writes them side by side ('ad hoc' of 'adhoc'); None for any
        other word. The longest first word first."""
        from whoosh.query import Phrase

        if len(word) < 5 or not word.isalpha() or \
                re.search(r"(?:over|up|out|off|down|back|away)$", word):
            return None  # (a verb and its particle, 'lockup', is the verb's noun: vet)
        for i in range(len(word) - 2, 1, -1):
            first = [t.text for t in self.words(word[:i])]
            second = [t.text for t in self.words(word[i:])]
            if len(first) != 1 or len(second) != 1 or not (
                    self.reader.doc_frequency("text", first[0])
                    and self.reader.doc_frequency("text", second[0])):
                continue
            if self.searcher.search(Phrase("text", first + second), limit=1):
                return word[:i], word[i:]
        return None

    def _may_describe(self, word: str, text: str) -> int:
        """Whether a lower-case word of ordinary English, or a compound of it ('op-ed': its parts
        English or clipped), may only describe what the query asks about, as how many of the
        rest's rarer words one document must hold for the query to be searched without it: 2
        for a word a wh-question says only to describe (question.only_describes), 3 for any
        other English word of a wh-question or of keywords ('kistafin tv interview slogan ...'),
        among them what a question measures or sorts ('How many consumers ...?' where a text
        says 'people') and a noun before a noun ('What farm machinery factory ...?' where a
        text says 'tractor assembly plant'): only when three of the rest's rarer words stand
        together is such a word taken for another way of saying what a document says, else
        it is the subject no document mentions ('How much uranium ...?', 'Which glacier melt
        ...?'). And 0, never, in a yes/no question, where each word names what is asked about
        ('Was caviar served ...?')."""
        from kzpk.question import (_AUX_WORDS, DEMONYMS, is_question, is_yes_no, only_describes,
                                   parts_of_speech)

        if not text or is_yes_no(text):
            return 0
        aux = "|".join(sorted(_AUX_WORDS | {"is", "was", "are", "were"}))
        if word[:1].isupper() and word[1:].islower() and is_question(text) and (
                re.search(rf"\b[Tt]he\s+(?:[a-z]+\s+)?{re.escape(word)}\b", text) or
                # (or after the wh-word, before the noun it describes: 'Which Bavarian equipment
                # maker ...?', 'which disputed Himalayan territory')
                # (not the doer after an auxiliary: 'What did Dreshak say about ...?' names whom
                # it asks about)
                re.search(rf"\b[Ww](?:hich|hat)\s+(?:(?!(?:{aux})\b)[a-z]+\s+)?"
                          rf"{re.escape(word)}\s+[a-z]", text)
                # (or after a possessive: "the Indian institute's Gulf branch")
                or re.search(rf"[a-z]['’]s\s+{re.escape(word)}\s+[a-z]", text)
                # (or the place a "where" is asked within: 'Where in Malaysia did ...?' of a
                # text naming only the city)
                or re.search(rf"\b[Ww]here\s+in\s+{re.escape(word)}\s+[a-z]", text)
                or re.search(rf"\b{re.escape(word)}\s+{_STATE_KINDS}\b", text)):
            # a place a question describes its subject by, with 'the' (and perhaps a word
            # between: 'the blockaded Gulf emirate') or as a kind of state ('Gulf kingdom
            # money'), that no document names: only when four of the rest's rarer words stand
            # together, as they seldom do beside a subject no document holds ('What did the
            # Huron delegation propose ...?'); never a name ('General Bajwa') or a place
            # visited ('visit Aktobe')
            return PLACE_DESCRIBES
        maker, _, done = word.partition("-")
        if maker.lower() in DEMONYMS and done.islower() and "verb" in parts_of_speech(done) and \
                is_question(text):
            return 2  # where a thing was made, said as an adjective ('German-designed electric
            # trains' for 'a Siemens design built in Russia'): it only describes
        if not word.islower() or not _made_of_english(word):
            return 0
        return 2 if only_describes(word, text) else 3

    def _stand_together(self, words: list[str], least: int = 2) -> bool:
        """Whether `least` of the query's rarer words (each held by at most an eighth of the
        indexed texts, as _rarest_two counts them) stand together in one passage, record or
        document: what the rest of a question names is then written, whatever words it was
        described with."""
        from collections import Counter

        from kzpk.question import FUNCTION_WORDS

        common = self.reader.doc_count() / 8
        # (or in one document: a news item names its subject in one paragraph and the rest in
        # others, 'ANIM' in one, 'Herat' and 'instruments' in another)
        in_one: Counter[int] = Counter()  # by passage or record
        held_by: Counter[str] = Counter()  # by document
        # (each word once, in any of its forms, a country as its people too when that is no
        # common word: 'russia' stands in a text saying 'Russians')
        stems = {frozenset({t.text for t in self.words(w)} | {
                     d for d in self._demonyms(w) if self.reader.doc_frequency("text", d) <= common})
                 for w in words if w.lower() not in FUNCTION_WORDS}
        for forms in stems:
            held = [s for s in forms if self.reader.doc_frequency("text", s)]
            postings = sum(self.reader.doc_frequency("text", s) for s in held)
            if not held or postings > common:
                continue  # (a common word's postings are never read)
            ids = {d for s in held for d in self.reader.postings("text", s).all_ids()}
            in_one.update(ids)
            if postings <= SOURCES_READ:
                held_by.update({self._source_of(d) for d in ids})
            if max(in_one.values()) >= least or held_by and max(held_by.values()) >= least:
                return True
        return False

    def _expansions(self, words: list[str]):
        """Phrase queries for the other names of any entity named in the query (IPRI <-> ...)."""
        from whoosh.query import Or, Phrase, Term

        from kzpk.text import fold

        extra = []
        for size in (4, 3, 2, 1):
            for i in range(len(words) - size + 1):
                key = fold(" ".join(words[i:i + size]))
                for other in self.aliases.get(key, [])[:4]:
                    tokens = [t.text for t in self.words(other)]
                    name_tokens = [t.text for t in self.names(other)]
                    parts = []
                    if len(tokens) == 1:
                        parts.append(Term("text", tokens[0]))
                    elif tokens:
                        parts.append(Phrase("text", tokens))
                    if len(name_tokens) == 1:
                        parts.append(Term("names", name_tokens[0]))
                    elif name_tokens:
                        parts.append(Phrase("names", name_tokens))
                    if parts:
                        extra.append(Or(parts))
        return extra

    def _opener_slip(self, text: str) -> dict[str, str]:
        """{word: question word} for a question opening on a question word a letter off
        ('Wen', 'Wher', 'Hwo') before a verb or 'many'/'much', that no document holds; {} for
        any other text."""
        from kzpk.question import letter_change

        m = re.match(r"\s*([A-Za-z]{2,6})\s+(?=(?:did|do|does|is|was|were|are|has|have|had|will|"
                     r"would|can|could|many|much|long|far|old)\b)", text, re.I)
        if not m or m.group(1).lower() in _OPENERS or self._known(m.group(1)):
            return {}
        low = m.group(1).lower()
        fixed = next((o for o in _OPENERS if letter_change(low, o) in ("vowel", "swap", "double",
                                                                        "key")), None)
        if fixed is None:
            return {}
        return {m.group(1): fixed.capitalize() if m.group(1)[:1].isupper() else fixed}

    def build(self, text: str) -> Plan:
        """The Whoosh query for `text`, its content words, and what to tell the user."""
        from whoosh.query import Or, Term

        notes: list[str] = []
        if is_syntax(text):
            text = strip_question_marks(text)
            problem = syntax_problem(text)
            if problem is None:
                try:
                    q = _without_andnot(self._parser().parse(text))
                except Exception:  # Whoosh raises a zoo of errors for odd syntax
                    q = None
                    problem = "Whoosh cannot parse it"
                if q is not None and type(q).__name__ == "_NullQuery":
                    q, problem = None, "it holds no words"
                if q is not None:
                    words = [w for w in _WORD.findall(re.sub(r"\b\w+:", " ", text))
                             if w not in _OPERATORS]
                    return Plan(_exact_or(q), words, None, (), None)
            # malformed syntax: search its words literally and say so
            notes.append(f"query syntax not understood ({problem}); searched its words instead")
            text = re.sub(r"[\"()\[\]{}^~*:]|\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b", " ", text)
        from kzpk.question import ask_of, synonyms

        # a possessive's 's is no word: the names analyzer would make it a rare term 's'
        # (an acronym in capitals is no stop word: 'IT' in 'minister for IT', 'WHO')
        # ('Since when ...?' asks when a thing began: 'since' is the question's form, no word
        # of its subject that a text saying 'since 2019' of something else would hold)
        # ('What does CGSS stand for?' asks the name the initials are of: the body's record,
        # found by the initials alone, not a text saying 'standing')
        text = re.sub(r"^\s*(?i:what\s+(?:does|do|did)\s+(?:the\s+)?)([A-Z][\w&.-]*[A-Z])\s+stand"
                      r"\s+for\b.*", r"\1", text, flags=re.S)
        # a question word mistyped at the head of a question, before its verb ('Wen did ...?',
        # 'Wher is ...?'): the question word, said corrected, not a name no document mentions
        opener_fix = self._opener_slip(text)
        said = re.sub(r"^\s*since\s+(?=when\b)", "", corrected(text, opener_fix)
                      if opener_fix else text, flags=re.I)
        # ('Who holds the post of SCO Secretary-General?' asks who the Secretary-General is: to
        # hold a post is no act a text need say, and 'holds meetings' is none)
        said = re.sub(r"^(\s*who\s+)(?:holds|held|occupies|occupied)(?=\s+(?:the\s+)?"
                      r"(?:post|position|office|job|role)\s+of\b)", r"\1", said, flags=re.I)
        words = [re.sub(r"['’]s$", "", w) for w in _WORD.findall(said)
                 if w.lower() not in STOP or len(w) > 1 and w.isupper() and not said.isupper()]
        if not words:
            return Plan(None, [], None, tuple(notes), None)
        from kzpk.question import as_asked

        # ('How large was ...?' names no subject by 'large'; 'How long can X serve?' asks a term)
        words = as_asked(words, text)
        kept, fixes, missing = self.vet(words, text, notes)
        if missing:
            return Plan(None, words, None, tuple(notes + missing), None)
        fixes = {**opener_fix, **fixes}
        suggestion = corrected(text, fixes) if fixes else None
        initials = tuple(self._initials(text))
        words = kept + [letters for letters, _ in initials]
        initials += tuple(self._surnames(kept, text))
        # Built directly rather than through the query parser: plain words need no syntax, and
        # the parser's import and regexes cost more than the search itself on a small index.
        stems = [t.text for w in words for t in self.words(w)]
        names = [t.text for w in words for t in self.names(w)]
        if not stems and not names:
            return Plan(None, words, suggestion, tuple(notes), None)
        per_word = []
        stems += [d for w in words if not any(self.reader.doc_frequency("text", t.text)
                                              for t in self.words(w))
                  for d in self._demonyms(w)]
        stems += [v for w in words for v in sorted(self._variants(w))]
        stems += [t.text for others in [*synonyms(words, self._unwritten).values(),
                                        *self._near_names(words).values()]
                  for o in sorted(others)
                  for t in self.words(o) if self.reader.doc_frequency("text", t.text)]
        # (a word of the family, 'member' for 'membership', is weaker evidence than the word
        # itself: weighed at FAMILY_SHARE, as _weights weighs it)
        family = [f for w in words for f in sorted(self._family(w)) if f not in stems]
        for stem in dict.fromkeys(stems):
            per_word.append(Or([Term("title", stem), Term("text", stem)]))
        for stem in dict.fromkeys(family):
            per_word.append(Or([Term("title", stem, boost=FAMILY_SHARE),
                                Term("text", stem, boost=FAMILY_SHARE)]))
        for name in dict.fromkeys(names):
            per_word.append(Term("names", name))
        # No coordination factor (Or's `scale`): it makes Whoosh score every matching document,
        # slow at scale; _coverage rewards documents holding more of the words instead.
        parts = [Or(per_word)]
        parts += self._expansions(words)
        from kzpk.question import FRAMING, is_question, kind_asked, main_verb

        ask = ask_of(suggestion or text)
        kind = kind_asked(suggestion or text) if ask is None and is_question(text) else None
        return Plan(_exact_or(Or(parts)), words, suggestion, tuple(notes), ask,
                    main_verb(suggestion or text), initials,
                    kind.lower() if kind and kind.lower() in FRAMING else None,
                    _named_by(suggestion or text, FRAMING))

    # -------------------------------------------------------------- searching

    def _filter(self, f: Filters):
        from whoosh.query import And, NumericRange, Term

        parts = []
        if f.kind:
            parts.append(Term("kind", f.kind))
        if f.source:
            parts.append(Term("source", f.source))
        if f.actor:
            parts.append(Term("actors", f.actor.lower()))
        if f.topic:
            parts.append(Term("topics", f.topic.lower()))
        if f.since or f.until:
            from kzpk.dates import day_span
        if f.since:
            lo = day_span(f.since)[0]
            parts.append(NumericRange("day_to", lo, None))
        if f.until:
            hi = day_span(f.until)[1]
            parts.append(NumericRange("day_from", 1, hi))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else And(parts)

    def search(self, text: str, limit: int = 10, filters: Filters | None = None,
               count: bool = True) -> SearchResult:
        """Ranked hits for `text`. `count=False` skips the exact total (0 then stands for "not
        counted" when there are hits): formats that do not print it need not pay for it, 50 to
        100 ms for a question of common words on 100,000 passages."""
        from kzpk.question import unhedged

        said = check_query(text)
        text = unhedged(said)  # ('Roughly how many ...?' asks how many)
        plan = self.build(text)
        if plan.query is None:
            return SearchResult(said, 0, None, [], notes=plan.notes)
        filters = filters or Filters()
        if filters.source and not self.reader.doc_frequency("source", filters.source):
            raise KzpkError(f"--source: no source with id {filters.source!r}", USAGE,
                            hint="`kzpk search QUERY --format tsv` shows source ids")
        filt = self._filter(filters)
        depth = max(limit, RERANK_DEPTH)
        # Whoosh's block-quality skipping (optimize) costs more in checks than it skips here:
        # without it the same hits in the same order come 10-45 % sooner, on the bundled records
        # and on 16,000 passages alike
        results = self._top(plan.query, depth, filt)
        total = self._count(plan.query, filt, results, depth) if count else 0
        results = list(results)  # Hit objects made once: each reads its stored fields once
        from kzpk.question import (COST_ASKED, HOW_MANY, HOW_MUCH, SPAN, WEEKDAY, WHEN, WHERE,
                                   WHO, asks_body, passive_verb, asks_day, asks_span,
                                   asks_weekday, counted, dateline_asked,
                                   either, first_asked, is_question, kind_asked, kind_of_asked,
                                   last_asked,
                                   label_clash, place_of_kind, occasion_clash, anniversary_clash,
                                   ordinal_clash,
                                   owner_clash, owner_unsaid, name_clash, kind_clash, people_clash,
                                   possessive_clash,
                                   figure_clash, frame_clash, rank_clash, role_of_body,
                                   role_words, says_first, says_last, synonyms, verb_tells,
                                   words_of)

        # the question as corrected ('minster' -> 'minister') says what it asks
        asked = plan.suggestion or text
        if is_question(text):
            results += self._side_by_side(asked, plan.words, filt,
                                          {hit.docnum for hit in results})
            results += self._rarest_two(plan.rank_words, filt, {hit.docnum for hit in results})
        if not is_syntax(text):  # ('railways -trade' excludes what it excludes)
            results += self._rarest_held(
                plan.rank_words, filt, {hit.docnum for hit in results},
                {hit.docnum for hit in results if hit["kind"] == "passage"})
        if plan.ask == WHO and not any(hit["type"] == "person" for hit in results):
            results += self._people(plan.query, filt, {hit.docnum for hit in results})
        wanted = self._query_terms(plan.rank_words, plan.initials)
        if plan.verb in plan.words and plan.verb not in plan.rank_words and \
                verb_tells(plan.verb, plan.ask, asked, self._kind_unwritten(asked, plan.words)):
            # ('How much did Kazakhstan import …?', 'Which punishment did Kazakhstan abolish?')
            wanted += [(forms, idf * VERB_SHARE) for forms, idf in self._query_terms([plan.verb])]
        found = self._terms_in(sorted(hit.docnum for hit in results), wanted)
        others = self._other_initials(results, found, wanted, plan.words)
        matchers = _grouped_figures(word_matchers(wanted), wanted, asked)
        from kzpk.text import fold

        qwords = {w.lower() for w in plan.words}
        if plan.ask == WHEN:  # ('In which month ...?' asks a month, though it searches none)
            qwords |= words_of(asked) & {"month"}
        if plan.ask == WHERE and dateline_asked(asked):
            qwords |= {"dateline"}  # ('From which city was the report filed?': its dateline)
        if plan.ask == HOW_MUCH:  # 'What share ...?' asks a share though no text says 'share'
            # (and 'How much will it cost?' money, though no text says 'cost')
            qwords |= words_of(asked) & (_SHARE_WORDS | COST_ASKED)
            if re.search(r"\d\s*(?:%|per\s*cent)", asked, re.I):
                # a share the question gives ('pay for 75 percent of PIA') is what the amount
                # asked is of, no share asked: the answer is the money ('Rs135 billion')
                qwords -= {"percent", "per", "cent"}
            if "share" in qwords and (
                    # 'share' said as a verb ('How much do the weavers share for a carpet?') asks
                    # money or a quantity, no share
                    re.search(r"\b(?:do|does|did|will|would|can|could|to)\s+(?:[\w'’-]+\s+){0,4}?"
                              r"share\b", asked, re.I) and
                    not re.search(r"\b(?:a|the|its|their|his|her|of|what|which)\s+share\b",
                                  asked, re.I) or
                    # and a company's share, its stock ('What price did X offer for each Aramex
                    # share?'): money asked, no share of a whole
                    re.search(r"\b(?:each|per|every)\s+(?:[A-Z][\w'’-]*\s+){0,3}shares?\b|"
                              r"\bshares?\s+price\b", asked)):
                qwords.discard("share")
        # and the one-word names the index knows them by ('Gillani' for 'Gilani')
        qwords |= {fold(o) for w in plan.words for o in self.aliases.get(fold(w), [])
                   if " " not in o.strip()}

        numbered = ordinal_clash(asked)
        # 'What is (are) the <initials> ...?' asks what they stand for: a text writing the name in
        # full before them, in brackets, says it
        # (and 'What does BTPL stand for?': 'built by Byco Terminals Pakistan Ltd (BTPL)')
        acronym = re.match(r"\s*what\s+(?:(?:is|are|was|were)\s+(?:the\s+|an?\s+)?"
                           r"([A-Z]{2,}[a-z]?)\b|(?:does|do|did)\s+(?:the\s+)?"
                           r"([A-Z]{2,}[a-z]?)\s+stands?\s+for\b)", asked, re.I)
        letters = next(filter(None, acronym.groups()), "") if acronym else ""
        defined = re.compile(rf"[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,6}}?\s*\(\s*"
                             rf"{re.escape(letters)}\s*\)") if letters[:2].isupper() else None
        kind_of = kind_of_asked(asked)  # 'what kind of policy ...': 'a multisector policy'
        if kind_of is None and plan.ask == WHERE:
            kind_of = place_of_kind(asked)  # 'In which region ...?': 'in the Jizzakh region'
        clash = either(numbered, possessive_clash(asked), people_clash(asked),
                       occasion_clash(asked), anniversary_clash(asked),
                       owner_clash(asked, plan.ask), name_clash(asked),
                       frame_clash(asked), label_clash(asked), rank_clash(asked),
                       # (a figure of the measure asked but another amount: 'for the 49 per
                       # cent of Kcell' for '... pay for 75 per cent of Kcell?')
                       figure_clash(asked),
                       # (a figure of another thing of the kind the question names, 'the bombing
                       # of the Shah Noorani shrine, when 52 people were killed', is no answer)
                       kind_clash(asked) if plan.ask in (HOW_MANY, HOW_MUCH) else None)
        first = plan.ask is not None and first_asked(asked)
        # ('When did X last ...?' asks the date of the latest; in 'How many years had passed
        # since X last visited ...?' the latest visit is no answer)
        last = plan.ask == WHEN and not first and last_asked(asked)
        day = plan.ask == WHEN and (SPAN if asks_span(asked) else
                                    WEEKDAY if asks_weekday(asked) else asks_day(asked))
        roles = role_words(asked) if plan.ask == WHO else frozenset()
        body = plan.ask == WHO and asks_body(asked)  # 'Which Kazakh institute …?': no person
        role_of = role_of_body(asked, roles)  # 'the president of the Institute of …'?
        unowned = owner_unsaid(asked, roles) if plan.ask == WHO else None  # "Kazakhstan's ambassador"
        paired = None if is_question(asked) else self._pairs(plan.rank_words)
        things = counted(asked) if plan.ask == HOW_MANY else frozenset()
        # ('crop size' may be weighed; 'How many agreements …?' counts)
        measured = not (things and re.search(r"\bhow\s+many\b", asked, re.I))
        verb = self._verb_forms(plan.verb)
        # (and the act a "when" question asks the date of, in the passive too: 'When was Pirouz
        # born?', which says no main verb)
        dated = verb or (self._verb_forms(passive_verb(asked)) if plan.ask == WHEN else None)
        # the act a "who" question asks the doer of, the word after 'who' ('Who signed ...?')
        did = re.match(r"\s*who\s+([^\W\d_]+)", asked, re.I) if plan.ask == WHO else None
        # ('What did X talk about (at the roundtable)?': what X's talk was about)
        topic_asked = plan.ask is None and (plan.verb or "").lower() in _TALK_VERBS and \
            re.search(rf"\b{re.escape(plan.verb)}\s+about\s*(?:[?.]|$|(?:at|in|on|during)\b)",
                      asked, re.I) is not None
        acted = next((m for m in matchers if did and m[0].fullmatch(did.group(1))), None)
        if did and acted is None:
            # an act no document says in the question's verb is told by what was done, said with
            # its doer after it: 'Who filed the petition ...?' -> 'The petition had been brought
            # by the United Producers Association'
            done = re.match(r"\s*(?:the|a|an)\s+([^\W\d_]{4,})\b", asked[did.end():], re.I)
            acted = next((m for m in matchers if done and m[0].fullmatch(done.group(1))), None)
        # the one who did it named by their part in it ('Who wrote the article ...?' -> 'Author
        # of the analysis ...', '... written by'); see _AGENTS
        # (the act in the present too, as a text says what someone does: 'who coaches
        # Afghanistan' for 'Who coached Afghanistan ...?')
        agent = _AGENTS.get(did.group(1).lower()) if did else None
        base = re.escape(did.group(1)[:-2]) if did and did.group(1).lower().endswith("ed") \
            else None
        present = rf"|{base}(?:e?s|ing)|{re.escape(did.group(1)[:-1])}s" if base else ""
        agent_rx = re.compile(rf"\b(?:{agent}(?:e?s)?|{re.escape(did.group(1))}{present})\b",
                              re.I) if agent else None
        # the query words each item's paragraphs among the hits hold, by paragraph number
        items: dict[str, dict[int, set]] = {}
        for hit in results:
            doc, _, n = hit["id"].rpartition("#p")
            if doc and n.isdigit():
                items.setdefault(doc, {})[int(n)] = found[hit.docnum][0]
        # the query's rarest names (words the documents write capitalised: 'turkmen glass plant
        # bottles per year') that some hit holds: a paragraph whose item, as far as its hits
        # and title show, never says one is about something else (the Kyzylorda bottle plant),
        # and so is a curated record not holding it (another fellow of the institute asked)
        rarest = max((idf for _, idf in wanted), default=0.0)
        held_by_item = {doc: set().union(*paragraphs.values()) for doc, paragraphs in items.items()}
        said_by = {hit.docnum: found[hit.docnum][0] | held_by_item.get(
            hit["id"].rpartition("#p")[0], set()) for hit in results if hit["kind"] == "passage"}
        # (the documents read for capitals only for a name some paragraph's item lacks)
        names = [forms for forms, idf in wanted
                 if idf >= NAME_RARE * rarest and any(forms & found[d][0] for d in found) and
                 any(not forms & said for said in said_by.values()) and
                 self._written_capitalised(min(forms, key=lambda f: (len(f), f)))]
        scored = []
        for hit in results:
            view = _Doc(hit)
            before = self._before(hit["id"]) if view.kind == "passage" and \
                _ANAPHOR.match(view.text) else ""
            if view.kind != "passage" and view.record.get("status") == "extracted":
                # a record kzpk drew from a user's paragraph: its document's title names what
                # the paragraph goes on about, as it does for the paragraph itself
                before = self._title_of(view.record.get("passage") or "")
            near = _near(items, hit["id"], wanted, matchers) if view.kind == "passage" else []
            fit, start = answer_fit(view, plan.ask, matchers, qwords, hit["title"], clash, roles,
                                    before, near, day, body, role_of, things, acted,
                                    verb=dated)
            # (counted in the fit: a paragraph _read_on takes up for this hit has its own)
            if kind_of is not None and kind_of(view.text):
                fit *= KIND_BONUS
            if numbered is not None and numbered.own(view.text) and (
                    plan.ask is None or view.kind != "passage" or fit > 1.0):
                # the numbered thing asked named in a form the question's words do not find
                # ('Working Session II' for 'the second panel'); not for a paragraph giving no
                # answer of the kind asked (its fit then stays under 1): 'With phase one
                # running, PKLI can now receive patients' for 'How much did the first phase
                # cost?', where another paragraph gives the sum for 'the first phase'
                fit *= NUMBERED_BONUS
            # an extracted record's title is its own sentence cut short, not a title someone gave
            titled = view.record.get("status") != "extracted"
            score = hit.score ** BM25_POWER * _coverage(hit, wanted, found, titled,
                                                        before, matchers, near) * fit
            if hit.docnum in others:
                score *= OTHER_INITIALS
            # (a passage by what its item says; a curated record by what it holds itself; an
            # extracted record neither way, its item's title naming what it goes on about)
            if names and titled and any(
                    not forms & (said_by[hit.docnum] if view.kind == "passage" else
                                 found[hit.docnum][0]) for forms in names):
                score *= NAME_UNSAID
            if defined is not None and defined.search(view.text):
                # ('What are the VFUs ...?': '... through Veterinary Field Units (VFUs)')
                score *= DEFINES_BONUS
            if unowned is not None and view.kind == "entity" and view.type == "person" and \
                    unowned(view.text):
                score *= OWNER_UNSAID
            section = view.payload.get("section") or "" if view.kind == "passage" else ""
            if section.strip().rstrip(":").strip().lower() in _CITATIONS or \
                    view.kind == "passage" and _links_only(view.text):
                score *= CITATION_SHARE  # an entry of a list of sources: another text's title
            if verb is not None and (verb.search(view.text) or view.kind == "passage" and before
                                     and verb.search(before)):
                # (a paragraph that goes on from the one before, 'The authority said Kazakhstan
                # would receive 5,000 masks', tells of the act that one names: 'gifted')
                # 'What did X speak about?' asks what the text saying X spoke tells: a record
                # of the session X spoke at names X among others and tells the session's theme
                score *= TOPIC_VERB_BONUS if topic_asked else VERB_BONUS
            if agent_rx is not None and agent_rx.search(view.text):
                score *= AGENT_BONUS
            if paired is not None and any(
                    view.kind != "passage" or m.group().lower() not in (hit["title"] or "").lower()
                    for m in paired.finditer(view.text)):
                # (in a passage, not a pair its item's title holds: every paragraph of the item
                # goes on about that)
                score *= PAIR_BONUS
            if first and not says_first(f"{hit['title']} {view.text}"):
                score *= FIRST_ELSE
            elif last and not says_last(f"{hit['title']} {view.text}"):
                score *= FIRST_ELSE  # ('India last travelled to Pakistan ... in 1964')
            if things and view.kind in ("fact", "event") and view.record.get("value") is not None:
                score *= _count_fit(view.record.get("unit") or "", things, view.record, qwords,
                                    measured)
            scored.append((score, hit, view, start, fit))
        if first:
            _earliest_first(scored)
        scored.sort(key=lambda item: -item[0])
        _figure_siblings(scored, matchers)
        if plan.ask and plan.ask != WHO and scored:
            self._read_on(scored, plan.ask, matchers, qwords, clash, roles, day)
        if scored:
            self._within_item(asked, scored, plan.ask, wanted, matchers, qwords, clash, roles, day,
                              plan.verb, verb, acted)
        # (and the words of general English said in their place, as searched: a line shows
        # the 'pipeline' a question asking for a 'conduit' found)
        said_otherwise = {o for others in synonyms(plan.words, self._unwritten).values()
                          for o in others}
        pattern = word_pattern({t.text for w in [*plan.words, *said_otherwise]
                                for t in self.words(w)}
                               | {w.lower() for w in plan.words})  # 'alwai' is no prefix of 'always'
        # a question asking for a thing of a kind no answer pattern knows ('Which court ...?'):
        # a line keeps the sentence it starts at when that names one, as for a kind known
        asked_kind = kind_asked(asked) if plan.ask is None and is_question(asked) else None
        named_kind = _named_kind(asked_kind) if asked_kind else None
        hits = [self._hit(rank, score, hit, view, start, plan.ask, pattern, matchers,
                          self._holder(hit["id"], view, start, qwords, roles, plan.words)
                          if plan.ask == WHO and view.kind == "passage" else "", named_kind)
                for rank, (score, hit, view, start, _) in enumerate(scored[:limit], 1)]
        return SearchResult(said, total if hits else 0, plan.suggestion, hits,
                            corrected=plan.suggestion is not None, notes=plan.notes)

    def _pairs(self, words: list[str]) -> re.Pattern | None:
        """Two words next to each other in a keyword query, each a word of the language and
        not a small one ('first phase', 'box office'), said side by side in any of their forms;
        None when the query has no such pair. Names are left out: a name's words stand
        together wherever it is named."""
        from kzpk.question import FUNCTION_WORDS, is_english

        def form(w: str) -> str | None:
            stems = [t.text for t in self.words(w)]
            if not w.islower() or w in FUNCTION_WORDS or not is_english(w) or not stems:
                return None
            return "|".join(re.escape(t) for t in stems)

        forms = [form(w) for w in words]
        pairs = [rf"\b(?:{a})\w*[\s-]+(?:{b})" for a, b in zip(forms, forms[1:]) if a and b]
        return re.compile("|".join(pairs), re.I) if pairs else None

    def _within_item(self, text: str, scored: list, ask: str | None, wanted, matchers,
                     qwords: set[str], clash, roles: frozenset, day: bool = False,
                     verb: str | None = None, verb_rx: re.Pattern | None = None,
                     act=None) -> None:
        """When the best hit is the first paragraph of a news item, choose which of the item's
        paragraphs answers. A news item names its subject once, in its title and first
        paragraph, and its later paragraphs go on about it as 'the minister', 'the envoy',
        'he': so the first paragraph holds more of a question's words than the paragraph that
        answers, for naming what every paragraph of the item is about. Here every paragraph
        is read as holding the query's words the title and first paragraph hold (and the year
        the item is dated), and they are told apart by giving the kind of answer asked (the
        dateline dates every paragraph alike), then by the rest of the question's words each
        holds. One that does better than the first paragraph takes the item's place; when none
        holds any of the rest, the item's best other hit giving the kind of answer asked
        does, if the first paragraph gives none. When the best hit for a question is a later
        paragraph of the item, _answer_in_item."""
        from kzpk.question import (_LIST, _ORDINAL, CALLED, COST_ASKED, DATELINE_ASKED, DEMONYMS,
                                   FRAMING, FUNCTION_WORDS, HOW_MANY, HOW_MUCH, MEASURED,
                                   PUBLISHED, SPAN, THEME, UNITS_NAMED, WEBSITE, WHERE, _month_said,
                                   WHEN, WHICH, WHO, WHY, answers, asks_body, asks_deadline,
                                   asks_start, gives_start,
                                   body_did, counted, counts, gives_deadline, gives_span,
                                   is_question, kind_asked, kind_clash, noun_of, passive_verb,
                                   people_named, per_unit, person_names, place_of_kind, priced,
                                   sentences, verb_tells, words_of)

        _, hit, view, _, _ = scored[0]
        doc, _, number = hit["id"].rpartition("#p")
        # an item whose first paragraph is only its heading, the title again, begins with its
        # second: that one names the subject its later paragraphs go on about
        first = 2 if number.isdigit() and self._heading_only(doc, hit["title"]) else 1
        top = int(number) - first if number.isdigit() else -1  # its place among the paragraphs
        if view.kind != "passage" or top < 0 or top and not (
                is_question(text) or ask == HOW_MUCH and qwords & MEASURED) or not matchers \
                or self._paragraph(doc, ITEM_LONGEST + first):
            return  # (a long text goes from subject to subject: its first paragraph names few)
        if ask == WHERE and qwords & DATELINE_ASKED:
            return  # where the item was filed from: its first paragraph's dateline says
        from kzpk.dates import WEEKDAY_NAME, dateline_end, mentions_date

        opening = lead = told = self._paragraph(doc, first)
        if ask in (WHEN, PUBLISHED):
            # its dateline and the weekday its first paragraph tells ('on Friday') date the
            # item, every paragraph alike
            told = lead[dateline_end(lead):]
            lead = re.sub(rf"\b(?:on\s+)?{WEEKDAY_NAME}\b", "", told)
        # the words the item names: in its title or first paragraph, as the query says them or
        # as its people's adjective ('Pakistani' is named by 'Pakistan'), or its year
        named_in = f"{hit['title']}\n{lead}"
        # (a name the first paragraph gives only as one of a list, 'centres named after
        # Al-Farabi, Kanysh Satbayev and Khoja Akhmed Yassawi', is one of several things the
        # item goes on to tell of in turn, each in a paragraph of its own: the question names
        # which of them it is about)
        whole = f"{hit['title']}\n{re.sub(_LIST, ' ', lead)}" if "," in lead else named_in
        year = (hit["date"] or "")[:4]
        # (a cost asked that the first paragraph gives as the thing's price: 'inaugurated a $39
        # million solar power plant' for 'How much did the plant cost?')
        # (not a price of another's: 'the Russians bought dried apricots worth $88.4 million' for
        # what Uzbekistan spent)
        lead_prices = ask == HOW_MUCH and bool(qwords & COST_ASKED) and priced(lead, qwords) and \
            not (clash is not None and clash(lead))
        # (the question's verb, 'What did X and Y sign?', is what the answering paragraph
        # tells, not the subject: a title saying it names nothing a paragraph goes on about)
        # (a participle the lead holds only as the end of a compound adjective names nothing it
        # goes on about: 'the Kazakh-born director' for 'When was X born?'; 'anti-drug' names
        # drugs)
        whole = re.sub(r"(?<=\w)-(?:born|based|led|owned|run|made|funded|backed|built|held)\b", "",
                       whole)
        # (the verb said by its noun is said: 'halt shipments of knockdown kits' for 'stop
        # shipping kits')
        noun = noun_of(verb) if verb else None
        rest = [(rx, idf) for (forms, idf), (rx, _) in zip(wanted, matchers)
                if not (year and year in forms or rx.search(lead if verb and rx.match(verb)
                                                             else whole)
                        and not _common_only(rx, whole) or any(
                    re.search(rf"\b{re.escape(d)}", named_in, re.I)
                    for f in forms if f.isalpha() for d in self._demonyms(f.capitalize()))
                        or noun is not None and rx.match(verb) and noun.search(lead)
                        # (nor what it cost, when the first paragraph gives its price)
                        or lead_prices and forms & COST_ASKED
                        # (nor a preposition: a later paragraph saying 'under the Indus Waters
                        # Treaty' says nothing more of what the question asks; nor a word of
                        # quantity: 'to each bereaved family' where the lead says 'every';
                        # 'until October 8' does say more)
                        or forms <= _PREPOSITIONS or forms <= _DETERMINERS)]
        # ('How much oil ...?', 'How many tonnes of wheat ...?'; not the things counted, 'How
        # many unverified SIMs ...?', which a later paragraph may name of others)
        measured = ask in (HOW_MUCH, HOW_MANY) and re.match(
            r"\s*how\s+(?:much\s+|many\s+\w+\s+of\s+)([a-z]{3,})\b", text, re.I)
        figure_of = None  # a figure of the thing asked ('2.1 million tonnes of oil')
        if measured and measured.group(1).lower() not in FUNCTION_WORDS:
            # what a figure is asked of, named by the title but not the first paragraph, is
            # still to be said: that paragraph's figure is of another thing ('2.6 million tonnes
            # of dry and liquid cargo'), a later one's of the thing asked
            of = [(rx, idf) for (_, idf), (rx, _) in zip(wanted, matchers)
                  if rx.fullmatch(measured.group(1))]
            rest += [(rx, idf) for rx, idf in of if not rx.search(lead) and (rx, idf) not in rest]
            if of:
                figure_of = re.compile(rf"\d[\d,.]*(?:\s+[\w-]+){{0,3}}?\s+of\s+(?:[\w-]+\s+)?"
                                       rf"(?:{of[0][0].pattern})", of[0][0].flags)
        # the kind of thing asked for ('At which summit ...?') is no word of the subject: a
        # paragraph saying 'the summit' without naming it gives nothing the question lacks
        # (and in keywords, a word naming the kind of answer: 'hockey jakarta result')
        kinds = [kind_asked(text)] if is_question(text) else sorted(FRAMING & words_of(text))
        if ask is None and kinds[:1] != [None] and is_question(text) and \
                kinds[0].endswith("s") and not kinds[0].endswith("ss"):
            ask = WHICH  # 'Into which Pakistani languages ...?' asks for several, by name
        beyond = rest  # (the kind asked too: a paragraph naming one says it)
        rest = [(rx, idf) for rx, idf in rest if not any(k and rx.match(k) for k in kinds)]
        passive = passive_verb(text) if is_question(text) else None
        if passive:
            # a question's verb in the passive ('Where were the pilgrims held?') says what was
            # done to what it asks about: a later paragraph using it actively, of something
            # else done to another thing ('the administration held a conference'), says no more
            # of the question
            rest = [(re.compile(f"(?:{rx.pattern})" + r"\w*(?!\s+(?:a|an|the|its|their|his|"
                                r"her|this|that|these|those)\b)", rx.flags), idf)
                    if rx.fullmatch(passive) else (rx, idf) for rx, idf in rest]
        if verb and not top and ask is None and is_question(text) and \
                verb_tells(verb, ask, text) and not any(rx.match(verb) for rx, _ in matchers):
            # a verb the search does not rank by, as no document holds it ('Which Kazakh city
            # could be twinned with Lahore?'), that the first paragraph does not say is what a
            # later one tells ('... wanted to twin the two countries' cultural capitals,
            # Turkestan and Lahore'); 'twinned' stems to 'twinn', so its bare form is said too
            said = (verb, verb[:-3]) if re.search(r"([^aeioulsz])\1ed$", verb) else (verb,)
            forms = {t.text for w in said for t in self.words(w)}
            if forms:
                idf = max(self.searcher.idf("text", f) for f in forms)
                (rx, _), = word_matchers([(forms, idf)])
                if not rx.search(lead):
                    rest.append((rx, idf * VERB_SHARE))
        # a theme, a reason, what someone called a thing: an item states it once, in the
        # paragraph that gives it ('The theme chosen for the meeting is ...'), which may hold
        # none of the question's words the first paragraph does not
        stated = ask in (THEME, WHY, CALLED)

        # 'By which route ...?', no kind of answer kzpk knows: beside a later paragraph that is
        # the best hit, one naming a thing of the kind asked ('by the Abruzzi route') gives
        # one, one saying 'the route' does not (only there: a first paragraph may say which
        # thing it is without a name, 'the sixth summit')
        kind = kinds[0] if top and ask is None else None
        # and beside the first paragraph as the best hit, when that names no thing of the kind
        # asked: 'Which party's congress did the ambassador brief editors on?' is answered by the
        # paragraph naming 'the Congress of the Nur Otan party', 'Which Kazakh university is
        # behind the centre?' by one naming 'the ... Kazakh-Turkish University', not by a person
        # the first paragraph names
        if not top and is_question(text) and kinds[0] and (
                ask is None or ask == WHO and asks_body(text)):
            kind = kinds[0]
        named_kind = _named_kind(kind) if kind else None
        # (there, an ordinal says which one too: 'the sixth summit of the Conference on ...')
        numbered_kind = re.compile(rf"\b{_ORDINAL}\s+{re.escape(kind)}\b", re.I) \
            if kind and not top else None
        # (and a number of them gives a count of the kind asked: 'passed by 279 votes to 51' for
        # 'By what vote did parliament pass ...?')
        # (only for a measure asked by: 'By what vote ...?'; '27 films by Saudi directors' names
        # no film for 'Which film won ...?')
        counted_kind = re.compile(rf"\b\d[\d,.]*\s+{_kind_word(kind)}(?:s|es)?\b") if kind and \
            re.match(r"\s*by\s+(?:what|which)\b", text, re.I) else None

        placed = place_of_kind(text) if ask == WHERE else None

        def gives(paragraph: str) -> bool:
            if named_kind is not None:
                # (a people's adjective alone names none: 'the prize for best Saudi film')
                return any(words_of(name) - qwords and
                           name.strip().lower() not in DEMONYMS
                           for m in named_kind.finditer(paragraph)
                           for name in [next(filter(None, m.groups()))]) \
                    or numbered_kind is not None and numbered_kind.search(paragraph) is not None \
                    or counted_kind is not None and counted_kind.search(paragraph) is not None
            # (the first and the last day asked: a sentence giving both, 'ran from May 26 to
            # 28', not one of the day it ended)
            # (and a place of the kind asked, 'the republic of Khakassia' for 'In which Russian
            # republic ...?', not the dateline's 'SAYANOGORSK, Russia')
            # (a place of the kind asked named gives it, whatever words stand around it: 'a
            # spokesman for the Aga Khan University Hospital' for 'taken to which hospital')
            return bool(ask) and any(placed(paragraph[a:b]) if placed is not None else
                                     answers(ask, paragraph[a:b], qwords, roles) and (
                                         day != SPAN or gives_span(paragraph[a:b]))
                                     for a, b in sentences(paragraph)) or \
                ask == WHO and not roles and act is not None and body_did(paragraph, act[0])

        # a count of the things a "how many" question counts ('How many people ...?'), not of
        # another ('500 thousand US dollars')
        things = counted(text) if ask == HOW_MANY else frozenset()
        count_of = (lambda paragraph: any(
            answers(ask, paragraph[a:b], qwords) and counts(paragraph[a:b], things)
            for a, b in sentences(paragraph))) if things else None

        def named_count(paragraph: str, every: bool = False) -> bool:
            # a number before the things counted (`every`: before all the words it counts by,
            # '15 foreign teams', not 'seven teams')
            return any(counts(paragraph[a:b], things, named=True, every=every)
                       for a, b in sentences(paragraph))

        if things and named_count(lead):
            # a first paragraph counting the things asked by another word for them ('to the final
            # 50 stateless residents' for 'How many stateless people ...?') says the word the
            # question counts them by: a later paragraph saying it tells no more
            rest = [(rx, idf) for rx, idf in rest if not any(rx.fullmatch(t) for t in things)]

        def take(n: int, named) -> None:
            # paragraph n of the item takes the best hit's place, read as holding the query
            # words `named` (matchers) its item names
            self._take_first(scored, f"{doc}#p{n}", named, ask, matchers, qwords, clash, roles,
                             day, verb_rx, things)

        def said_in(where: str) -> list:
            return [m for m in matchers if m[0].search(where)]

        # a figure asked for each of something ('amount each family'): per_unit
        per = per_unit(text) if ask in (HOW_MANY, HOW_MUCH) else None
        if top:
            before = top + first - 1  # the paragraph just before the best hit
            if ask == WHO and self._led_before(view.text, doc, before, qwords, roles, gives) or \
                    kind and self._named_before(scored, doc, before, kind, qwords,
                                                asks_body(text) and ask is None, gives):
                take(before, said_in(f"{named_in}\n{view.text}"))
                return
            if per is not None and not per.search(view.text):
                # a figure asked for each of something ('How much will UNHCR give each registered
                # refugee ...?') that the best hit gives only as a total ('the 1.5 million
                # registered Afghans'): the item's paragraph giving it for each answers ('from
                # $200 to $400 per person'), the first such
                n = self._first_paragraph(doc, first, first,
                                          lambda p: per.search(p) is not None and gives(p))
                if n is not None:
                    take(n, said_in(f"{named_in}\n{view.text}"))
                    return
            # (when the later paragraph says no more of the question than the title and the
            # first paragraph: 'in 2021 and 2022' in a question is what a later count is of; the
            # title's verb is said there, 'flies home 580 stranded pilgrims' for 'How many ...
            # did Uzbekistan fly home?')
            # (and when the first paragraph prices the thing whose cost is asked: 'inaugurated
            # a $39 million solar power plant', not the later 'put up $25 million of the cost')
            if ask in (HOW_MANY, HOW_MUCH) and not any(rx.search(view.text) for rx, _ in beyond
                                                       if not rx.search(hit["title"])) \
                    and (lead_prices or
                         _headline_figure(hit["title"], lead, view.text, ask, qwords)):
                take(first, said_in(named_in))
                return
            if ask or kind:
                self._answer_in_item(scored, doc, top, beyond, gives, named_in, matchers, qwords,
                                     clash, roles, day, ask, count_of, first, verb_rx, things)
            return
        paragraphs = [lead]
        for n in range(first + 1, ITEM_LONGEST + first) if rest or stated or per else ():
            paragraph = self._paragraph(doc, n)
            if not paragraph:
                break
            paragraphs.append(paragraph)
        # the rest of the question's words each later paragraph holds: one holding none of
        # them says nothing the first paragraph does not
        # (a page's links to other stories, 'More: Hang Seng tech index; ...', tell none of it)
        held = {i: sum(idf for rx, idf in rest if rx.search(paragraph))
                for i, paragraph in enumerate(paragraphs) if i and not _links_only(paragraph)}
        held = {i: h for i, h in held.items() if h > 0 or stated and gives(paragraphs[i])}
        acted = [rx for rx, _ in rest if verb and rx.match(verb)]
        if held and acted and ask is None and acted[0].search(hit["title"]) and \
                not any(acted[0].search(p) for p in paragraphs):
            # 'What did X order after meeting Y?': the act asked about, which the title tells
            # ('PM orders feasibility work on ...') and no paragraph says in its words, is the
            # one the first paragraph tells in others ('told officials to start work at once
            # on a feasibility study'); a later paragraph naming Y tells of something else
            return
        if per is not None and not per.search(lead):
            # a figure asked for each of something ('amount each family') that the first
            # paragraph gives only as a total: the later one giving it for each takes its place
            # ('The aid, Rs25,000 per family, ...')
            each = next((i for i, p in enumerate(paragraphs) if i and per.search(p) and gives(p)),
                        None)
            if each is not None:
                take(each + first, [m for m in matchers if m not in rest])
                return
        if not held:
            # no later paragraph says more of the question: when the first one gives no
            # answer of the kind asked, the best of the item's other hits that gives one does
            # (the first one saying the day of what it tells by its weekday gives one: '...
            # arrived in Bishkek on Wednesday', dated by the item's dateline)
            deadline = ask == WHEN and asks_deadline(text)
            # (the day a rule starts to apply, 'When do the higher duties take effect?', is one
            # an item names as such, 'From January 12, the tariff ...', not the day it reports
            # on, 'broke up a rally on Sunday')
            start = ask == WHEN and not deadline and asks_start(text)
            if not (ask or kind) or (gives_deadline(lead) if deadline else
                                     gives_start(told) if start else gives(told)):
                return
            if start:
                n = self._first_paragraph(doc, first + 1, first, gives_start)
                if n is not None:
                    take(n, said_in(named_in))
                    return
                if gives(told):
                    return
            if deadline:
                # a deadline, 'By what date must ...?', is a day an item names as one ('before
                # the July 6 deadline'), not the day it reports on ('said on Monday'), nor a
                # month ('left Iran during June')
                n = self._first_paragraph(doc, first + 1, first, gives_deadline)
                if n is not None:
                    take(n, said_in(named_in))
                    return
            if ask == WHO and kinds and kinds[0] and re.search(
                    rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,3}}{re.escape(kinds[0])}\b", lead):
                # a first paragraph telling of someone by the kind asked, unnamed ('An Iranian
                # chess player competed ...'), names them in the next, which opens with the name
                # ('Sara Khadem, born in 1997, ...'), not in a later one naming someone with the
                # question's words again ('the head of Iran's chess federation, Hassan Tamini')
                after = self._paragraph(doc, first + 1)
                if any(after.startswith(name) for name in person_names(after[:200], qwords)):
                    take(first + 1, said_in(named_in))
                    return
            answering = [item for item in scored[1:] if item[1]["id"].startswith(doc + "#p")
                         and item[2].kind == "passage" and gives(item[2].text)]
            if things:
                # (a number before the things asked first: 'sentenced ... to eight years in
                # prison' for 'How many years ...?', not a person's age, 'Rasoulof, 51')
                answering = [item for item in answering if named_count(item[2].text)] or \
                    answering
            if answering:
                _, hit, other, start, fit = answering[0]
                if named_kind is not None:
                    # line 1 starts at the sentence naming the thing of the kind asked ('The
                    # Oktyabr District Court handed down the ruling'), not at the one holding
                    # more of the question's words ('... the court allowed its platforms to be
                    # blocked')
                    named_at = next((m.start() for m in named_kind.finditer(other.text)
                                     if words_of(next(filter(None, m.groups()))) - qwords), None)
                    if named_at is not None:
                        start = max((a for a, _ in sentences(other.text) if a <= named_at),
                                    default=start)
                scored[:] = [(scored[0][0], hit, other, start, fit)] + \
                    [item for item in scored if item is not answering[0]]
            return
        # keywords counting what was done to someone ('vladivostok ... police detained how
        # many'): a sentence giving a count beside that act answers ('detained up to 100
        # people'), not a later paragraph's figures of the thing they name too ('the tariff
        # ... goes up to 54 percent')
        done = [w for w in qwords if len(w) > 5 and w.endswith("ed")] \
            if ask == HOW_MANY and not is_question(text) else []

        def counts_done(paragraph: str) -> bool:
            return any(answers(HOW_MANY, paragraph[a:b], qwords) and any(
                re.search(rf"\b{re.escape(w)}\b", paragraph[a:b], re.I) for w in done)
                for a, b in sentences(paragraph))

        first_counts_done = bool(done) and counts_done(paragraphs[0])

        # (of two holding as much of the rest, the one holding more of the whole question:
        # 'the Shokan Valikhanov Institute' beside 'the Abai Institute' for a question naming it;
        # one speaking only of another thing, named alike, holds its words for that: 'the
        # International Biology Olympiad' for the International Mathematical Olympiad)
        best = max(held, key=lambda i: (gives(paragraphs[i]), figure_of is not None and bool(
            figure_of.search(paragraphs[i])), held[i], not (
            clash is not None and clash(paragraphs[i])), sum(
            idf for rx, idf in matchers if rx.search(paragraphs[i]))))
        # (a keyword query's kind of answer is a guess from one of its words, 'imran khan
        # geo-economics kazakh president': the rest of its words tell more)
        # (and keywords asking a date by saying so: 'shahtoot dam agreement signing date modi
        # ghani' is answered by the first paragraph's date, not by a later one naming Modi; or a
        # website: 'tajikistan e-visa portal website address' by the first paragraph's
        # 'www.evisa.tj', not by a later one saying 'e-mail address'; or a count by the
        # first paragraph of the things they name, 'annensky strike number of miners')
        # (or a figure in the unit they name: 'wheat policy ... procurement tonnes')
        # (or a place of the kind they name: 'hamid mir taken to which hospital')
        if (is_question(text) or ask in (WHEN, WEBSITE) or ask == HOW_MUCH and
                qwords & UNITS_NAMED.keys() or placed is not None) and gives(paragraphs[0]) or \
                things and count_of(paragraphs[0]) or first_counts_done:
            if not (gives(paragraphs[best]) and held[best] > 0):
                return  # the first paragraph answers, and the one holding more words does not
            if first_counts_done and not counts_done(paragraphs[best]):
                return  # only the first counts what was done ('detained up to 100 people')
            if figure_of is not None and figure_of.search(paragraphs[0]) and \
                    not figure_of.search(paragraphs[best]):
                return  # only the first gives a figure of the thing asked ('can store up to
                # 22,000 metric tons of wheat' beside '... can hold 200,000 metric tons of food')
            # both answer, the later one holding more of the question's rest: the first keeps
            # its place when the search found it far the better hit ('The embassies of the
            # Central Asian states joined those of Azerbaijan, Turkey ...' beside a later
            # 'Handicrafts displayed by the embassies of ...' for 'Which embassies besides ...')
            theirs = next((item[0] for item in scored
                           if item[1]["id"] == f"{doc}#p{best + first}"), None)
            if theirs is not None and scored[0][0] >= LEAD_MARGIN * theirs and not (
                    # (unless only the later one gives a figure of the thing asked)
                    figure_of is not None and figure_of.search(paragraphs[best])
                    and not figure_of.search(paragraphs[0])):
                return
            # (the act in the passive too: 'How many people were killed ...?')
            told = verb_rx if verb_rx is not None or not passive else self._verb_forms(passive)
            if things and told is not None and told.search(paragraphs[0]) and \
                    named_count(paragraphs[0]) and not told.search(paragraphs[best]):
                return  # the first paragraph counts the things asked in telling the act asked
                # ('has ordered the release of 640 Indians' for 'How many ... did he order to be
                # released?'), the other only holds more of its words ('1,200 Indians in
                # Qatari prisons')
            years, said = set(re.findall(_YEAR, text)), set(re.findall(_YEAR, paragraphs[best]))
            if years & set(re.findall(_YEAR, paragraphs[0])) and said and not years & said:
                return  # the first paragraph's answer is of the year asked ('housing put into
                # service in 2024'), the other's of the years it names ('111 million square
                # meters ... by 2029', under a concept for 2023-2029)
            other_kind = kind_clash(text)
            if other_kind is not None and other_kind(paragraphs[best]):
                return  # the other's answer is of another thing of the kind the question names
                # ('the bombing of the Shah Noorani shrine ..., when 52 people were killed' for
                # the Lal Shahbaz Qalandar shrine)
            if things and named_count(paragraphs[0]) and not named_count(paragraphs[best]):
                return  # a count of the very things asked ('834,900 foreign tourists ...')
                # beside others' ('Russia remained the largest source, with 356,850 visitors')
            if len(things) > 1 and named_count(paragraphs[0], every=True) and \
                    not named_count(paragraphs[best], every=True):
                return  # and by all the words asked ('one of 15 foreign teams that competed')
                # beside a count by some ('seven teams from the Pakistan Army took part')
        if ask == WHEN and not hit["date"] and not gives(paragraphs[best]) and \
                not _month_said(paragraphs[best], bare=True) and \
                mentions_date(opening[:dateline_end(opening)]):
            return  # an item of no year ('TEHRAN, July 16 (Wire) - ...'): its first paragraph's
            # dateline is the only date a line can show, and a later paragraph gives none
        asked_years = set(re.findall(_YEAR, text))
        saying = [(said, _relative_year(said, year)) for said in (
            paragraphs[best][a:b] for a, b in sentences(paragraphs[best]))
            if any(rx.search(said) for rx, _ in rest)]
        if asked_years and year and saying and not _other_year(
                None, lead, asked_years, _year_of(lead, year)) and all(
                said_year is not None and said_year < year and
                _other_year(None, said, asked_years, said_year) for said, said_year in saying):
            return  # the later paragraph says more of the question of a year before the one
            # asked, by its words, and the first paragraph is of the year asked ('Last year's
            # bumper ... was also won by ...' in an item of the year asked)
        people = people_named(text) if ask == WHO else None
        if people is not None and people.search(paragraphs[0]) and \
                not people.search(paragraphs[best]):
            return  # the first paragraph names the people the question asks one of ('Which
            # Qatari company ...?': "to Qatar's Power International Holding"), the other none
            # ('Tele2 came in at the end of 2009, agreeing to buy ...')
        take(best + first, [m for m in matchers if m not in rest])

    def _heading_only(self, doc: str, title: str) -> bool:
        """Whether an item's first paragraph only says its title again, as a heading ('"UN
        Security Council Membership: ..."' over a page of that title), before a second one."""
        from kzpk.question import words_of

        heading = self._paragraph(doc, 1)
        said = words_of(heading)
        return bool(said) and len(heading) <= 200 and said <= words_of(title) and \
            bool(self._paragraph(doc, 2))

    def _answer_in_item(self, scored: list, doc: str, top: int, beyond, gives, named_in: str,
                        matchers, qwords: set[str], clash, roles: frozenset, day: bool,
                        ask: str | None, count_of=None, first: int = 1,
                        verb_rx: re.Pattern | None = None,
                        things: frozenset = frozenset()) -> None:
        """When the best hit for a question is a later paragraph of a news item (its `top`-th,
        counted from 0) that gives no answer of the kind asked, a paragraph of the item that
        gives one and says more of the question takes its place. The best hit names what the
        question is about ('One K2 team ... is being led by Vassiliy Pivtsov'), and the one that
        answers goes on about it without naming it ('The group is climbing by the Abruzzi
        route'): it is read as holding the words the title, the first paragraph and the best
        hit hold, and must hold one of the question's words none of them holds (of `beyond`,
        those the title and first paragraph do not name): a paragraph that only gives the kind
        of answer asked may give it about anything. Of several, the one holding the most of
        those words answers, then the one the search ranked higher."""
        from kzpk.question import HOW_MANY, HOW_MUCH

        view = scored[0][2]
        other_count = False
        if gives(view.text):
            if count_of is None or count_of(view.text):
                return
            # the best hit counts another thing than the one asked ('The new package amounts to
            # 500 thousand US dollars ... the monsoon, which killed many people'): a paragraph
            # counting the things asked answers
            gives, other_count = count_of, True
        named = f"{named_in}\n{view.text}"

        def lead_answers() -> None:
            # no later paragraph gives an answer and says more of the question than the best
            # hit, which gives none: the first paragraph giving one answers, read as holding
            # what the best hit names ('The hunter, Bryan Kinsel Harlan, is ...' after 'An
            # American hunter ... after paying a trophy fee of 110,000 US dollars'), for a
            # figure asked (for a thing of a kind, a place or a person, the first paragraph's
            # is as often what the whole item is about: 'tie their homeland to Pakistan')
            if not other_count and ask in (HOW_MUCH, HOW_MANY) and \
                    gives(self._paragraph(doc, first)):
                self._take_first(scored, f"{doc}#p{first}",
                                 [m for m in matchers if m[0].search(named)],
                                 ask, matchers, qwords, clash, roles, day, verb_rx, things)

        more = [(rx, idf) for rx, idf in beyond if not rx.search(view.text)]
        if not more and not other_count:
            lead_answers()
            return
        ranked = {item[1]["id"]: i for i, item in enumerate(scored)}
        answering, alike = [], []
        # the words of `beyond` the best hit holds, by weight
        held = sum(idf for rx, idf in beyond if rx.search(view.text))
        for n in range(first + 1, ITEM_LONGEST + first):  # (the first holds none of `beyond`)
            paragraph = view.text if n == top + first else self._paragraph(doc, n)
            if not paragraph:
                break
            if n == top + first or not gives(paragraph):
                continue
            said = sum(idf for rx, idf in more if rx.search(paragraph))
            if said:
                answering.append((said, -ranked.get(f"{doc}#p{n}", len(scored)), n))
            else:
                alike.append((sum(idf for rx, idf in beyond if rx.search(paragraph)),
                              -ranked.get(f"{doc}#p{n}", len(scored)), n))
        if not answering and other_count:
            # none says more of the question: one counting the things asked that holds most of
            # what the best hit holds of it, at least half, does ('over 33 million people were
            # affected' by the 2022 floods beside '... the 2022 monsoon, which killed many
            # people')
            answering = [a for a in alike if a[0] >= held / 2 and a[0] > 0]
        if not answering:
            lead_answers()
            return
        self._take_first(scored, f"{doc}#p{max(answering)[2]}",
                         [m for m in matchers if m[0].search(named)],
                         ask, matchers, qwords, clash, roles, day, verb_rx, things)

    def _led_before(self, text: str, doc: str, before: int, qwords: set[str], roles: frozenset,
                    gives) -> bool:
        """Whether the best hit for a "who" question, a later paragraph of a news item that
        names no one (`text`: 'On its first day, in Karachi, the delegation met the leadership
        of the National Logistics Cell'), goes on about a thing of the question by its common
        noun that the paragraph just before (its number `before`) names with the person asked
        for ('A delegation headed by Davron Vakhabov ...'): that paragraph answers. (One
        speaking of the post asked, 'The parliamentary secretary is to lead ...', names its
        holder elsewhere: _holder.)"""
        from kzpk.question import FUNCTION_WORDS

        if gives(text) or any(re.search(rf"\b{re.escape(r)}\b", text, re.I) for r in roles):
            return False
        paragraph = self._paragraph(doc, before)
        if not paragraph or not gives(paragraph):
            return False
        return any(re.search(rf"\bthe\s+{re.escape(w)}\b", text, re.I)
                   and re.search(rf"\b{re.escape(w)}\b", paragraph, re.I)
                   for w in qwords if w.isalpha() and len(w) > 3 and w not in FUNCTION_WORDS)

    def _named_before(self, scored: list, doc: str, top: int, kind: str, qwords: set[str],
                      body: bool, gives) -> bool:
        """Whether the best hit, a later paragraph of a news item (its `top`-th, from 0) that
        names no thing of the `kind` a "which" question asks for, speaks of one by its common
        noun ('the ambassador said Pakistan had set up the council ...') that the paragraph
        just before names in full ('through the Special Investment Facilitation Council
        (SIFC)'): that paragraph gives the name asked for. `body`: any body's name answers
        ('Which investment body ...?')."""
        from kzpk.question import _BODY_NAME, names_body, words_of

        text = scored[0][2].text
        if gives(text) or body and names_body(text, qwords):
            return False
        before = self._paragraph(doc, top)
        if not before or not (gives(before) or body and names_body(before, qwords)):
            return False
        heads = {kind.lower()}
        if body:  # the last word of each body's name ('Council', 'Institute')
            heads |= {m.group().split()[-1].strip("\"“”").lower()
                      for m in re.finditer(_BODY_NAME, before)
                      if words_of(m.group()) - qwords and len(m.group().split()) > 1}
        return any(re.search(rf"\bthe\s+{re.escape(h)}\b", text) for h in heads if h.isalpha())

    def _take_first(self, scored: list, key: str, named, ask: str | None, matchers,
                    qwords: set[str], clash, roles: frozenset, day: bool,
                    verb_rx: re.Pattern | None = None, things: frozenset = frozenset()) -> None:
        """The paragraph `key` of the best hit's item takes the best hit's place and score,
        read as holding the query words its item names (`named`: matchers) that it does not
        say itself; the hits after keep their order. `things`: what a "how many" question
        counts (kzpk.question.counted), whose count line 1 starts at."""
        stored = self.searcher.document(id=key)
        if not stored:
            return
        other = _Doc(stored)
        context = [m for m in named if not m[0].search(other.text)]
        fit, start = answer_fit(other, ask, matchers, qwords, stored["title"], clash, roles,
                                context=context, day=day, things=things, verb=verb_rx)
        scored[:] = [(scored[0][0], stored, other, start, fit)] + \
            [item for item in scored if item[1]["id"] != key]

    def _side_by_side(self, text: str, words: list[str], filt, seen: set[int]) -> list:
        """For a question, the documents that best hold two of its words side by side as it
        says them ('students from Pakistan and India', 'Pakistan's ambassador in ...'), beyond
        those the search reached: see SIDE_BY_SIDE_DEPTH. Not for a pair of words that more
        than an eighth of the documents hold ('Kazakhstan and Pakistan'): it tells little,
        and costs the most to match; nor past SIDE_BY_SIDE_POSTINGS, what the search may cost.
        Each comes with its score on those pairs, as _people's come with theirs on its query:
        the rerank weighs it by the fifth root (BM25_POWER)."""
        from whoosh.query import Or, Phrase

        content = {t.text for w in words for t in self.words(w)}
        tokens = [t.text for t in self.words(text)]  # in order, its stop words dropped
        common = self.reader.doc_count() / 8
        df = {t: self.reader.doc_frequency("text", t) for t in content}
        costed = sorted((df[a] + df[b], i, [a, b])
                        for i, (a, b) in enumerate(dict.fromkeys(zip(tokens, tokens[1:])))
                        if a != b and a in content and b in content
                        and 0 < min(df[a], df[b]) <= common)
        chosen, spent = [], 0  # cheapest first, within SIDE_BY_SIDE_POSTINGS
        for cost, i, pair in costed:
            spent += cost
            if spent > SIDE_BY_SIDE_POSTINGS:
                break
            chosen.append((i, pair))
        pairs = [pair for _, pair in sorted(chosen)]  # in the question's order
        if not pairs:
            return []
        hits = self._top(Or([Phrase("text", p) for p in pairs]), SIDE_BY_SIDE_DEPTH, filt)
        return [hit for hit in hits if hit.docnum not in seen]

    def _verb_forms(self, verb: str | None) -> re.Pattern | None:
        """The forms of a question's verb as a pattern: its stem's, the verb as said ('appli'
        does not begin 'apply') and its irregular forms ('spoke' for 'speak')."""
        from kzpk.question import IRREGULAR

        if not verb:
            return None
        return verb_pattern({t.text for t in self.words(verb)} | {verb.lower()}
                            | set(IRREGULAR.get(verb.lower(), ())))

    def _rarest_two(self, words: list[str], filt, seen: set[int]) -> list:
        """The few documents holding both of a question's two rarest words, in any order
        ('imports of pharmaceutical products' for 'Kazakhstan's pharmaceutical imports'): BM25
        over single words may rank them below texts repeating its common words many times,
        beyond RERANK_DEPTH. Within SIDE_BY_SIDE_POSTINGS, as _side_by_side; only when each of
        the two is held by at most an eighth of the documents. And, when all the question's
        rare words' postings fit that bound, the few holding the rarest with the most of the
        others (at least two), which may lack the second rarest."""
        from whoosh.query import And, Or, Term

        common = self.reader.doc_count() / 8
        rare = []  # (document frequency, the word's stems) for each word
        for w in words:
            df, stems = self._held_by(w)
            if stems and 0 < df <= common:
                rare.append((df, stems))
        rare.sort()
        if len(rare) < 2 or rare[0][0] + rare[1][0] > SIDE_BY_SIDE_POSTINGS:
            return []
        query = And([Or([Term("text", t) for t in stems]) for _, stems in rare[:2]])
        hits = [hit for hit in self._top(query, SIDE_BY_SIDE_DEPTH, filt)
                if hit.docnum not in seen]
        if len(rare) > 2 and sum(df for df, _ in rare) <= SIDE_BY_SIDE_POSTINGS:
            # and those holding the rarest word with the most of the others, though not the
            # second rarest ('the country's meteorology department' for 'Afghanistan's'): the
            # pair's few best may all be records that hold no more
            holders = [{d for t in stems if self.reader.doc_frequency("text", t)
                        for d in self.reader.postings("text", t).all_ids()} for _, stems in rare]
            seen = seen | {hit.docnum for hit in hits}
            held = {d: sum(d in ds for ds in holders[1:]) for d in holders[0] - seen}
            most = max(held.values(), default=0)
            if most >= 2:
                query = And([Or([Term("text", t) for t in rare[0][1]]),
                             Or([Term("text", t) for _, stems in rare[1:] for t in stems])])
                if filt is not None:
                    query = And([query, filt])
                hits += self._top(query, SIDE_BY_SIDE_DEPTH,
                                  {d for d, n in held.items() if n == most})
        return hits

    def _held_by(self, word: str) -> tuple[int, list[str]]:
        """How many texts hold a query word in any of its stems, and those stems."""
        stems = sorted({t.text for t in self.words(word)})
        return sum(self.reader.doc_frequency("text", t) for t in stems), stems

    def _rarest_held(self, words: list[str], filt, seen: set[int], passages: set[int]) -> list:
        """The texts holding a query's rarest name, when at most RAREST_HELD do and no passage
        among the hits (`passages` of `seen`) is one of them: a record drawn from a paragraph
        does not tell what the paragraph's item says (Searcher.search, NAME_UNSAID)."""
        from whoosh.query import Or, Term

        # (a name or initials: a word of English that few texts hold, 'ballot', may be the
        # question's own way of saying what they say otherwise)
        held = [self._held_by(w) for w in words if w[:1].isupper()]
        rarest = min((h for h in held if h[0]), key=lambda h: h[0], default=None)
        if rarest is None or rarest[0] > RAREST_HELD:
            return []
        # (all of them: no more than RAREST_HELD hold it)
        hits = list(self._top(Or([Term("text", t) for t in rarest[1]]), RAREST_HELD, filt))
        if any(hit.docnum in passages for hit in hits):
            return []
        return [hit for hit in hits if hit.docnum not in seen]

    def _people(self, q, filt, seen: set[int]) -> list:
        """For a "who" question whose search reached no person's record, the people whose
        records hold its words best: a person's record gets no boost from its title or names
        for the role words ('SCO Secretary-General'), and records of bodies and events that
        name the role can fill the depth searched before it."""
        from whoosh.query import And, Term

        people = self._top(And([q, Term("type", "person")]), PEOPLE_DEPTH, filt)
        return [hit for hit in people if hit.docnum not in seen]

    def _read_on(self, scored: list, ask: str, matchers, qwords: set[str], clash,
                 roles: frozenset, day: bool = False) -> None:
        """When the best hit is a paragraph about the question's subject, or a record drawn
        from one, that holds no answer of the kind asked (no figure for "how much", no place
        for "where"), the answer often stands in the paragraph after it, or in its item's first
        one, which speak of the same thing without naming it again ('Bilateral trade came to $45
        million last year, the ambassador said.' after a first paragraph naming the envoy and
        the interview): those paragraphs are read with the words the best hit holds as context,
        and one that answers ranks as the best hit's continuation (its search score and
        coverage, its own fit), whether or not the search had reached it. Costs nothing when
        the best hit answers. (Not for "who": a paragraph naming someone is no answer for
        being next to one about the subject; 'the minister' a first paragraph names is
        _holder's.)"""
        from kzpk.question import WHERE, answers, words_of

        _, hit, view, _, fit = scored[0]
        # a record kzpk drew from a paragraph stands where that paragraph does
        at = hit["id"] if view.kind == "passage" else view.record.get("passage") or ""
        doc, _, number = at.rpartition("#p")
        if not number.isdigit() or answers(ask, view.text, qwords, roles):
            return
        n = int(number)
        held = [(rx, idf) for rx, idf in matchers if rx.search(view.text)]
        ranked = {item[1]["id"]: i for i, item in enumerate(scored)}
        # a place the item's title names is what the item is about, no answer the best hit
        # lacks ('Kazakh artists laud Pakistan's culture': '... bind their country to Pakistan')
        named = qwords | words_of(hit["title"]) if ask == WHERE and view.kind == "passage" \
            else qwords
        # another paragraph of the item the search found, holding the words the best hit holds
        # and an answer of the kind asked, answers before any neighbour read for it ('17
        # million monthly active users (MAU)' beside a note 'compare MAU with ...')
        siblings = [i for i, item in enumerate(scored[1:], 1)
                    if item[1]["id"].startswith(f"{doc}#p")] if view.kind == "passage" and held \
            else []
        for i in siblings:
            other = scored[i][1]
            if all(rx.search(f"{other['title']}\n{other['text']}") for rx, _ in held) and \
                    answers(ask, other["text"], named, roles):
                scored[i] = (max(scored[i][0], scored[0][0] * ANSWERING_AHEAD), *scored[i][1:])
                scored.sort(key=lambda item: -item[0])
                return
        for m in dict.fromkeys((n, n + 1, 1, n - 1)):
            if m < 1 or m == n and view.kind == "passage":
                continue
            key = f"{doc}#p{m}"
            stored = self.searcher.document(id=key)
            if not stored:
                continue
            other = _Doc(stored)
            if not answers(ask, other.text, named, roles):
                continue
            their_fit, start = answer_fit(other, ask, matchers, qwords, stored["title"], clash,
                                          roles, context=held, day=day)
            score = scored[0][0] / fit * their_fit
            if key in ranked and scored[ranked[key]][0] >= score:
                continue
            if key in ranked:
                scored[ranked[key]] = (score, stored, other, start, their_fit)
            else:
                scored.append((score, stored, other, start, their_fit))
        scored.sort(key=lambda item: -item[0])

    def _holder(self, passage_id: str, view: _Doc, start: int, qwords: set[str],
                roles: frozenset, order: list[str] | tuple = ()) -> str:
        """For a "who" question whose answering sentence speaks of 'the minister' without
        naming anyone: who that is, as its news item's first paragraph (or its second, when
        the first names no one so) names a person beside that word ('the Federal Minister for
        Communications and Postal Services, Asad Mahmood'), or as a wire story opens the next
        paragraph with the name (_named_next), said with where it comes from; '' when the
        sentence names the person or the item names no one so."""
        from kzpk.question import _SPEECH, PERSON_TITLES, person_names, sentences

        doc, _, number = passage_id.rpartition("#p")
        said = re.match(r"(?:He|She)\b", view.text[start:].lstrip()) if start > 0 else None
        quoted = re.match(r"[\"“]", view.text[start:].lstrip()) if start > 0 else None
        if quoted:
            # a quotation going on from the sentence before, which says whose it is ('"I have
            # lost five camels," said Fazilya Kabdolova. "We live off our livestock ..."'): the
            # last person named before it, when the sentence itself names no one
            before = view.text[:start]
            names = [n for n in person_names(before, qwords) if len(n.split()) > 1]
            if names and not person_names(view.text[start:start + 200], qwords) and \
                    re.search(_SPEECH, before[-300:]):
                last = max(names, key=before.rfind)
                return f"{last} (named in the sentence before): "
        if start > 0:
            # 'He suggested that ...' late in a paragraph that opens by naming him ('Mr. Ashfaq
            # Ahmed Gondal, Vice President CGSS, discussed ...'): the paragraph's subject; and so
            # is the one a paragraph opens with when the answering sentence names no one and the
            # question asks for a person by no post, which the rest below finds ('Ms. Ume Farwa,
            # Research Associate, ... explained ... Vegetable products and chemicals have been
            # the primary exports ...')
            names = [n for n in person_names(view.text[:start], qwords) if len(n.split()) > 1]
            opening = not roles and _opens_with(view.text, names)
            # (a sentence naming the doer after 'by', a body as well as a person, names them: '...
            # had been filed by the Traders Welfare Union')
            if names and names[0] not in view.text[start:] and (said or opening and not any(
                    person_names(view.text[start:start + b], qwords) or
                    re.search(r"\bby\s+(?:the\s+)?[A-Z]", view.text[start:start + b])
                    for _, b in sentences(view.text[start:])[:1])):
                return f"{names[0]} (named earlier in the paragraph): "
        if not number.isdigit():
            return ""
        spans = sentences(view.text[start:])
        sentence = view.text[start:start + spans[0][1]] if spans else ""
        named_here = person_names(sentence, qwords)
        if roles and not named_here:
            named = self._named_next(doc, int(number), roles, qwords, order)
            if named:
                return named
        if int(number) < 2:
            return ""
        # 'the minister' not followed by the name ('the minister, Asad Mahmood,')
        # (or with a word before it: 'the executive director')
        said = {m.group(1).lower() for m in re.finditer(
            r"\b[Tt]he\s+(?:[a-z]+\s+)?([^\W\d_]{3,})\b"
            r"(?!,?\s+(?:Dr\.?\s+|Mr\.?\s+|Ms\.?\s+)?[A-Z])", sentence)}
        said |= {m.group(1).lower() for m in re.finditer(
            r"\b[Tt]he\s+([^\W\d_]{3,})\b(?!,?\s+(?:Dr\.?\s+|Mr\.?\s+|Ms\.?\s+)?[A-Z])",
            sentence)}
        # a title someone holds ('the minister'), not a body ('the embassy'); the one the
        # question names first is the one it asks about ('executive director who called on
        # the minister')
        words = [w.lower() for w in order]
        # (or, for a question asking by another word, 'Which official ...?', any title the
        # sentence gives in place of a name: '..., the department head said')
        role = sorted(said & (roles or qwords & PERSON_TITLES) or said & PERSON_TITLES,
                      key=lambda r: (words.index(r) if r in words else len(words), r))
        if not role:
            return self._full_name(doc, view.text[:start + (spans[0][1] if spans else 0)],
                                   qwords, int(number))
        if any(re.search(rf"{re.escape(name)},\s+(?:the\s+)?(?:[^\W\d_]+\s+)?"
                         rf"{re.escape(role[0])}\b", sentence, re.I) or
               re.search(rf"\b{re.escape(role[0])}\s+(?:is|was|has\s+been|remains)\s+"
                         rf"(?:(?:Dr|Mr|Ms|Mrs)\.?\s+)?{re.escape(name)}", sentence, re.I)
               for name in named_here):
            return ""  # the sentence names the holder itself ('Muhammad Farooque, the Trade
            # ...', 'The coach is Stanimir Stoilov')
        if self._paragraph(doc, ITEM_LONGEST + 1):
            return ""  # a long text goes from subject to subject: its 'minister' of one part
            # is not whom an earlier part names ('Benazir Bhutto' for a 2016 meeting)
        # the news item's first paragraph, or its second when the first names no one so (a
        # lede that says what happened before the next one says who met whom)
        # (by any word of the post the sentence says, its qualifier first: a paragraph may
        # misspell that one, 'the Parliamentry Secretary for ..., Farah Naz Akbar')
        for n in range(1, int(number)):
            paragraph = self._paragraph(doc, n)
            for r in role:
                found = self._holder_in(paragraph, r, qwords)
                if found:
                    # said as the sentence says the post found, with its words before and after
                    # it ('the parliamentary secretary'); the post whose holder it is, not
                    # another the sentence also says ('the governor' beside 'the steelmaker')
                    around = re.search(
                        rf"\b(?:[^\W\d_]+\s+)?{re.escape(r)}\b(?:\s+[^\W\d_]+)?", sentence, re.I)
                    return f"{found} (the {_post_said(around.group() if around else r, role)} " \
                        f"named in {doc}#p{n}): "
        return ""

    def _named_next(self, doc: str, number: int, roles: frozenset, qwords: set[str],
                    order: list[str] | tuple = ()) -> str:
        """The wire story's way of naming a post's holder: a paragraph ends on what the holder
        of the post asked said, by post alone ('..., its chief executive said on Monday.'), and
        the next opens with their name ('Syed Mohibullah Shah told reporters ...'). For a "who"
        question asking that post, answered by either paragraph: the name, said with where it
        comes from; '' when the item does not write so."""
        from kzpk.question import PERSON_TITLES, person_names, sentences

        # (the post the question names first is the one it asks about: 'executive director
        # who called on the minister of state')
        words = [w.lower() for w in order]
        heads = sorted(roles & PERSON_TITLES,
                       key=lambda r: (words.index(r) if r in words else len(words), r))
        if not heads:
            return ""
        # (a post asked by its verb, 'Who heads ...?', names none of its titles first: any of
        # them is the post, 'the head of ...', 'the director of ...')
        asked = heads[:1] if heads[0] in words else heads
        # (and the body the post is of, named between them: 'The chairman of the Pakistan Ju
        # Jitsu Federation called it ...')
        said = re.compile(
            r"\b(?:its|the|his|her|their|[^\W\d_]+['’]s)\s+(?:[^\W\d_-]+\s+){0,3}?(?:"
            + "|".join(map(re.escape, asked))
            + r")(?:\s+of(?:\s+the)?(?:\s+(?-i:[A-Z])[\w'’-]*){1,6}?|\s+of\s+[^\W\d_-]+"
            # (or of a field in small letters: 'the vice minister of healthcare told ...')
            r"|\s+[^\W\d_-]+)?"
            # (and the body that one is part of: 'the head of the Iran Sericulture Expansion
            # Center at the Agriculture Ministry said')
            r"(?:\s+(?:at|in|of|under)(?:\s+the)?(?:\s+(?-i:[A-Z])[\w'’-]*){1,4}?)?"
            # (the body's acronym after it: '... Cooperative Association (SBCA) said')
            r"(?:\s+\((?-i:[A-Z][A-Za-z]{1,9})\))?"
            r"\s+(?:(?:has|had|have)\s+)?(?:said|says|told|announced|added|noted|called|praised|"
            r"thanked|described|urged|stressed|welcomed|hailed|admitted|confirmed|warned)\b",
            re.I)
        for n in (number - 1, number):
            if n < 1:
                continue
            paragraph = self._paragraph(doc, n)
            post = said.search(paragraph)
            if not post:
                continue
            # the sentence after the post's, in its paragraph, or the next paragraph's first
            after = next((paragraph[a:] for a, _ in sentences(paragraph) if a > post.end()), "")
            for at, opening in ((n, after[:80]), (n + 1, self._paragraph(doc, n + 1)[:80])):
                names = [name for name in person_names(opening, qwords)
                         if len(name.split()) > 1 and re.match(
                             rf"(?:{_HONORIFIC}\s+)?{re.escape(name)}\b", opening)
                         # (not one named by another title: 'General Kidwai thanked ...' after
                         # what 'the foreign secretary said')
                         and not _other_title(name, heads[0])]
                if names:
                    title = _post_said(post.group(), roles)  # ('acting commerce minister')
                    return f"{names[0]} (the {title} named in {doc}#p{at}): "
        return ""

    def _holder_in(self, lede: str, role: str, qwords: set[str]) -> str:
        """The person a paragraph names right after a role word ('Minister for Communications
        and Postal Services, Asad Mahmood'), or ''."""
        from kzpk.question import TITLE_HEADS, person_names

        titles = "|".join(sorted(TITLE_HEADS))
        # the first name after the role word, as an apposition gives it ('Minister for
        # Communications and Postal Services, Asad Mahmood'), not one before it
        names = [(m.start(), name) for name in person_names(lede, qwords)
                 for m in re.finditer(re.escape(name), lede)]
        # (a name read with its title before it, 'Deputy Foreign Minister Yermukhambet
        # Konuspayev': the name is what follows the role word)
        # (and past the rest of a title of two words: 'Foreign Secretary Salman Bashir' for
        # 'foreign')
        names += [(i + t.end(), name[t.end():]) for i, name in list(names)
                  for t in [re.search(rf"\b{re.escape(role)}\w*\s+(?:(?:{titles})\s+)*",
                                      name, re.I)]
                  if t and " " in name[t.end():].strip()]
        for at in (m.end() for m in re.finditer(rf"\b{re.escape(role)}", lede, re.I)):
            # (past the body the post is of: 'The executive director of the Conference on
            # Interaction and Confidence Building Measures in Asia, Ambassador Cinar Aldemir')
            after = sorted((i, name) for i, name in names if at <= i <= at + 60)
            body = None if after else re.match(
                r"\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][\w'’&-]*"
                r"(?:\s+(?:(?:and|on|for|in|of|the)\s+)*[A-Z][\w'’&-]*)*,", lede[at:])
            if body:
                at += body.end()
                after = sorted((i, name) for i, name in names if at <= i <= at + 60)
            if not after:
                # the words of the post the question gives, between the role word and the name
                # ('Governor Punjab Muhammad Balighur Rehman' for 'the Governor of Punjab'),
                # belong to the post, not to a person the question names
                end = at
                while m := re.match(r"[\s,]*(?:(?:of|for|the)\s+)*([A-Z][\w'’-]*)", lede[end:]):
                    if m.group(1).lower() not in qwords:
                        break
                    end += m.end()
                if end > at:
                    tail = lede[end:end + 80]
                    after = [(tail.find(name), name) for name in person_names(tail, qwords)
                             if 0 <= tail.find(name) <= 3]
            if after:
                return after[0][1]
        # the name before the role word, as an apposition follows it ('Aziz al-Rahman
        # al-Muhajir, head of the provincial department')
        for i, name in sorted(names):
            if re.match(rf",\s+(?:the\s+)?(?:[a-z]+\s+)?{re.escape(role)}\b",
                        lede[i + len(name):], re.I):
                return name
        return ""

    def _full_name(self, doc: str, told: str, qwords: set[str], number: int = 2) -> str:
        """For a "who" question answered by a later paragraph of a news item (paragraph
        `number`) that names the person by surname alone ('Tokaev went further ... he had
        himself met ...', 'Even so, Mr Bakirov criticised ...'), the name in full as an earlier
        paragraph gives it, the nearest first ('Prime Minister Kasymjomart Tokaev', 'The
        economist Otabek Bakirov said ...'), said with where it comes from; '' unless exactly
        one name there ends in a surname `told` (the paragraph up to the answering sentence's
        end, which names no one in full itself) says without the name in full."""
        from kzpk.question import is_english, person_names

        def own(name: str) -> list[str]:
            tokens = name.split()
            while tokens and (is_english(tokens[0]) or re.fullmatch(_HONORIFIC, tokens[0])):
                tokens = tokens[1:]  # the title before the name ('Prime Minister', 'Mr')
            return tokens

        if any(len(own(name)) > 1 and not re.search(
                rf"\b(?:in|of|from|at|to|near)\s+{re.escape(name)}", told)
               for name in person_names(told, set())):
            return ""  # the paragraph names someone in full itself (the question's, too; not
            # a place taken for a name: 'from Nowrang in Bannu district of Khyber Pakhtunkhwa')
        for n in range(number - 1, 0, -1):
            found = set()
            for name in person_names(self._paragraph(doc, n), qwords):
                tokens = own(name)
                if len(tokens) < 2 or len(tokens[-1]) < 4 or is_english(tokens[-1]) and \
                        not self._written_capitalised(tokens[-1]):
                    continue  # (a surname that is an English word the documents write as a
                    # name, 'Khan', is one)
                full = " ".join(tokens)
                if full not in told and re.search(rf"\b{re.escape(tokens[-1])}\b", told):
                    found.add(full)
            if found:
                return f"{found.pop()} (named in full in {doc}#p{n}): " if len(found) == 1 \
                    else ""
        return ""

    def _before(self, passage_id: str) -> str:
        """The text of the paragraph before a passage ('doc#p3' -> 'doc#p2'), or ''; and of
        its document's first paragraph, where a news item names whom its later paragraphs call
        'the envoy' or 'the two ministers'."""
        doc, _, number = passage_id.rpartition("#p")
        if not number.isdigit() or int(number) < 2:
            return ""
        return "\n".join(self._paragraph(doc, n) for n in dict.fromkeys((int(number) - 1, 1)))

    def _title_of(self, passage_id: str) -> str:
        """The title of the document a paragraph ('doc#pN') belongs to, or ''."""
        key = f"title:{passage_id}"
        if key not in self._paragraphs:
            self._paragraphs[key] = (self.searcher.document(id=passage_id) or {}).get("title") \
                or "" if passage_id else ""
        return self._paragraphs[key]

    def _first_paragraph(self, doc: str, start: int, first: int, test) -> int | None:
        """The number of a news item's first paragraph from `start` on that passes `test`, up to
        the longest item read (`first`: the number of its first paragraph), or None."""
        for n in range(start, ITEM_LONGEST + first):
            paragraph = self._paragraph(doc, n)
            if not paragraph:
                return None
            if test(paragraph):
                return n
        return None

    def _paragraph(self, doc: str, n: int) -> str:
        """The text of a document's n-th paragraph ('doc#pN'), or ''. Several hits of one news
        item ask for its first paragraph: it is read once."""
        key = f"{doc}#p{n}"
        if key not in self._paragraphs:
            self._paragraphs[key] = (self.searcher.document(id=key) or {}).get("text") or ""
        return self._paragraphs[key]

    def _count(self, q, filt, results, depth: int) -> int:
        """The exact number of matching documents: Whoosh's `estimated_length` is an upper bound
        ('"strategic partnership" AND Afghanistan' said 49 and matched 4)."""
        from whoosh.query import Or, Term

        if results.scored_length() < depth:
            return results.scored_length()
        matching: set[int] = set()
        parts = [q]
        while parts:  # a plain query is an Or of terms: the union of their postings
            part = parts.pop()
            if isinstance(part, Or):
                parts.extend(part.subqueries)
            elif isinstance(part, Term):
                if self.reader.doc_frequency(part.fieldname, part.text):
                    self._add_postings(matching, part.fieldname, part.text)
            else:
                matching.update(self.searcher.docs_for_query(part))
        if filt is not None:
            matching &= set(self.searcher.docs_for_query(filt))
        return len(matching)

    def _add_postings(self, ids: set[int], field: str, text: str) -> None:
        """Add a term's document numbers to `ids`, a block of postings at a time where the
        segment allows it (a posting at a time costs 100 ms on 100,000 passages)."""
        for reader, offset in self.reader.leaf_readers():
            if not reader.doc_frequency(field, text):
                continue
            m = reader.postings(field, text)
            if not hasattr(m, "_read_ids") or reader.has_deletions():
                ids.update(d + offset for d in m.all_ids())
                continue
            while m.is_active():
                if m._ids is None:
                    m._read_ids()
                block = m._ids[m._i:]
                ids.update(block if not offset else (d + offset for d in block))
                m._i = m._blocklength
                m._next_block() if not m._lastblock else setattr(m, "_atend", True)

    def _query_terms(self, words: list[str], initials=()) -> list[tuple[set[str], float]]:
        """Each query word as the index terms that stand for it, with its rarity (idf). A name
        and the acronym the query adds for it are one thing said twice: a text holding the
        acronym holds each word of the name, and the acronym is no further word."""
        from kzpk.text import fold

        short = {}
        for letters, name in initials:
            for w in name:
                short[w] = {t.text for t in self.words(letters)} | {t.text for t in self.names(letters)}
        acronyms = {letters for letters, name in initials if len(name) > 1}
        from kzpk.question import synonyms

        spelled = self._spelled_otherwise(words)
        for i, others in list(synonyms(words, self._unwritten).items()) + \
                list(self._near_names(words).items()):
            spelled.setdefault(i, set()).update(others)
        out = []
        for i, w in enumerate(words):
            if w in acronyms:
                continue
            forms = {t.text for t in self.words(w)} | {t.text for t in self.names(w)}
            for other in spelled.get(i, ()):
                forms |= {t.text for t in self.words(other)}
            forms |= self._variants(w)
            # a rate's adjective is said with its period ('daily' -> 'a day', 'per day'): read
            # in a text's words, not searched (no index term holds two words)
            forms |= _PER_PERIOD.get(w.lower(), set())
            # a people's adjective is held by a text naming its country, and the country by a
            # text saying the adjective ('Kazakh' <-> 'Kazakhstan'): one word, as common as the
            # commoner of the two (below), whether or not a text writes the query's own form
            forms |= self._demonyms(w)
            # another one-word spelling of the same name counts as the word ('Nazarbaev' is
            # held by a text that says 'Nazarbayev')
            for other in self.aliases.get(fold(w), []):
                if " " not in other.strip():
                    forms |= {t.text for t in self.words(other)}
                elif w.isupper() and len(w) >= 3:
                    # an acronym is held by a text that writes its name out: as that name's
                    # rarest word ('PIPS' by 'Parliamentary' of 'Pakistan Institute for
                    # Parliamentary Services')
                    held = [t.text for t in self.words(other)
                            if self.reader.doc_frequency("text", t.text)]
                    if held:
                        forms.add(min(held, key=lambda t: self.reader.doc_frequency("text", t)))
            if "-" in w:
                # a short bound prefix ('co-organised', 'co-hosted', 'ex-minister') is no word
                # of its own: as a form it would match every word it begins ('Council')
                forms -= {p for p in _PREFIXES if len(p) <= 3}
                # nor a stop word joined into it ('in' of 'patron-in-chief', which the names
                # field keeps): it would match every text saying 'in'
                forms -= {p for p in w.lower().split("-") if p and not list(self.words(p))}
            if forms:
                # as rare as its commonest spelling the texts use: a rare alias ('Qazaqstan')
                # makes 'Kazakhstan' no rarer
                held = [f for f in forms if self.reader.doc_frequency("text", f)]
                idf = (min if held else max)(self.searcher.idf("text", f) for f in held or forms)
                family = self._family(w) - forms
                if family:
                    # a text saying another of the word's family ('visited' for 'visitors')
                    # holds part of it: the word is two entries, its own forms and the family
                    out.append((forms | short.get(w, set()), idf * (1 - FAMILY_SHARE)))
                    forms, idf = forms | family, idf * FAMILY_SHARE
                out.append((forms | short.get(w, set()), idf))
        return out

    def _spelled_otherwise(self, words: list[str]) -> dict[int, set[str]]:
        """For a name of several words in the query that is another spelling of a known name
        ('Mamnoon Hussain' of 'Mamnoon Hussein'), each query word's counterpart in that name: a
        text that says 'Hussein' holds the 'Hussain' asked about."""
        from kzpk.text import fold

        out: dict[int, set[str]] = {}
        for size in (4, 3, 2):
            for i in range(len(words) - size + 1):
                for other in self.aliases.get(fold(" ".join(words[i:i + size])), []):
                    parts = other.split()
                    if len(parts) != size:
                        continue
                    for k, part in enumerate(parts):
                        if fold(part) != fold(words[i + k]):
                            out.setdefault(i + k, set()).add(part)
        return out

    def _near_names(self, words: list[str]) -> dict[int, set[str]]:
        """For a name of two or three words in the query that no record is named, but that is
        another spelling of one record's name, a letter per word ('Shabbir Ahmed Khan' of
        'Shabir Ahmad Khan'), each query word's counterpart in that name. Each of its words may
        be a known word on its own (another person's 'Shabbir', a third's 'Ahmed'), so the
        spelling check of single words never meets it."""
        from itertools import product

        from kzpk.question import is_english

        out: dict[int, set[str]] = {}
        if sum(1 for w in words if w[:1].isupper()) < 2:
            return out
        for size in (3, 2):
            for i in range(len(words) - size + 1):
                run = words[i:i + size]
                if not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in run) \
                        or any(k in out for k in range(i, i + size)):
                    continue
                terms = [next((t.text for t in self.names(w)), "") for w in run]
                if not all(terms) or self._names_phrase(terms):
                    continue  # a name as a record gives it
                near = [[t] + ([] if len(t) < 4 or is_english(t) else
                               sorted(set(self.reader.terms_within("names", t, 1, prefix=1)) - {t}))
                        for t in terms]
                found = [c for c in product(*(n[:4] for n in near))
                         if list(c) != terms and self._names_phrase(list(c))]
                if len(found) == 1:
                    for k, part in enumerate(found[0]):
                        if part != terms[k]:
                            out.setdefault(i + k, set()).add(part)
        return out

    def _unwritten(self, word: str) -> bool:
        """Whether no document writes `word` in any of its forms."""
        return not any(self.reader.doc_frequency("text", t.text) for t in self.words(word))

    def _names_phrase(self, terms: list[str]) -> bool:
        """Whether the names terms stand side by side in some record's names."""
        from whoosh.query import Phrase

        return next(iter(self.searcher.docs_for_query(Phrase("names", terms))), None) is not None

    def _terms_in(self, docnums: list[int], wanted) -> dict[int, tuple[set, set]]:
        """For each hit, the query terms it holds anywhere, and those in its title or names.

        Walked term by term over the few top hits: asking Whoosh to record matched terms
        during the search would track them for every matching document (slow at scale)."""
        found: dict[int, tuple[set, set]] = {d: (set(), set()) for d in docnums}
        for forms, _ in wanted:
            for form in forms:
                for field in ("text", "title", "names"):
                    if not self.reader.doc_frequency(field, form):
                        continue
                    m = self.reader.postings(field, form)
                    for d in docnums:
                        if not m.is_active():
                            break
                        if m.id() < d:
                            m.skip_to(d)
                        if m.is_active() and m.id() == d:
                            found[d][0].add(form)
                            if field != "text":
                                found[d][1].add(form)
        return found

    def _other_initials(self, results: list, found: dict, wanted, words: list[str]) -> set[int]:
        """A body's initials the question writes in capitals ('the IPD round table') are not
        held by a hit that writes only longer initials beginning with them ('IPDS', another
        body), though the index stems both alike ('ipd'): such a hit holds none of that word, and
        speaks of another body than the one asked about (OTHER_INITIALS). The hits' docnums.
        Not for a question in capitals throughout, whose every word looks like initials."""
        others: set[int] = set()
        if not any(w[:1].islower() for w in words):
            return others
        for word in words:
            if not (2 <= len(word) <= 8 and word.isalpha() and word.isupper()):
                continue
            stems = {t.text for t in self.words(word)} | {word.lower()}
            forms = set().union(*(f for f, _ in wanted if f & stems)) if wanted else set()
            if not forms:
                continue
            longer = re.compile(rf"\b{re.escape(word)}[A-Z]")
            # (as a word in any case, or with a plural's small 's': 'IPDs')
            own = re.compile(rf"(?i:\b{re.escape(word)}\b)|\b{re.escape(word)}s\b")
            for hit in results:
                held, titled = found.get(hit.docnum, (set(), set()))
                if not held & forms:
                    continue
                said = f"{hit['title']}\n{hit['text']}"
                if longer.search(said) and not own.search(said):
                    found[hit.docnum] = (held - forms, titled - forms)
                    others.add(hit.docnum)
        return others

    def _hit(self, rank: int, score: float, hit, view: _Doc, start: int, ask: str | None,
             pattern: re.Pattern | None, rarity=(), holder: str = "",
             named_kind: re.Pattern | None = None) -> Hit:
        from kzpk.question import WHO, answer_pattern

        kind = hit["kind"]
        record = view.record
        source = view.payload["source"] if kind == "passage" else record.get("source")
        lead = answer_text(view, ask, start, pattern)
        if kind == "passage" and rarity:
            # the words its document's title holds are context for every sentence (as in
            # _fit): half their weight in choosing the window ('... according to the article
            # on the current state of bilateral relations' names the document, not the sentence)
            rarity = [(rx, idf / 2 if rx.search(hit["title"] or "") else idf)
                      for rx, idf in rarity]
        snippet, spans = make_snippet(lead, pattern, anchor=0 if kind != "passage" or start == 0
                                      else 1, rarity=rarity if kind == "passage" else (),
                                      answer=(answer_pattern(ask) if ask else named_kind)
                                      if kind == "passage" else None,
                                      named=ask == WHO and kind == "passage" and start == 0)
        if not holder and ask == WHO and kind == "passage" and snippet.startswith("…"):
            holder = _opened_by(lead, snippet[1:], pattern)
        if holder:  # who 'the minister' of the answering sentence is, before it
            spans = [(a + len(holder), b + len(holder)) for a, b in spans]
            snippet = holder + snippet
        return Hit(rank=rank, score=score, kind=kind, id=hit["id"], title=hit["title"],
                   text=view.text, snippet=snippet, date=hit["date"] or None, source=source,
                   type=hit["type"], quote=record.get("quote"), passage=record.get("passage"),
                   sources=record.get("sources") or [], spans=spans,
                   links=record.get("links") or [], status=record.get("status") or "curated")


@named_tuple
class Plan:
    query: object  # a Whoosh query, or None when there is nothing to search
    words: list[str]
    suggestion: str | None
    notes: tuple
    ask: str | None  # what a natural question asks for (kzpk.question), None for keywords

    verb: str | None = None  # the main verb of a question ('teach', 'pay')
    initials: tuple = ()  # (acronym, the query's words it stands for) added by _initials
    # the word a question of no kind kzpk knows names the kind of answer by, when it is a
    # word of FRAMING ('feature' in 'What feature of its geography ...?')
    framing: str | None = None
    # framing words that are part of a name the query gives, not the kind asked (_named_by)
    named: frozenset = frozenset()

    @property
    def rank_words(self) -> list[str]:
        """The words that name what a question is about: 'volume', 'take place' and the like
        say what kind of answer is wanted, and ranking looks for that kind instead; the main
        verb ('teach', 'visit') says little the subject does not."""
        if self.ask is None and self.verb is None and self.framing is None:
            return self.words
        from kzpk.question import FRAMING, GROUP_NOUNS, WHICH, WHICH_NOUNS, WHO

        # (a question of no known kind still names its kind by a framing word: 'What feature
        # of its geography obliges ...?' is answered by 'landlocked', no text's 'feature')
        frame = FRAMING if self.ask else {self.framing} if self.framing else set()
        asked = None
        if self.ask == WHO:  # 'Which Kazakh pair won ...?': 'pair' is the kind of answer, which
            # a text says instead of the names ('The Kazakh pair beat ...', 'had paired X with
            # Y'), not beside them
            asked = next((i for i, w in enumerate(self.words[:3]) if w.lower() in GROUP_NOUNS),
                         None)
        if self.ask == WHICH:  # 'Which countries are members ...': 'countries' is the kind of
            # answer, not the subject ('members' is)
            asked = next((i for i, w in enumerate(self.words) if w.lower() in WHICH_NOUNS), None)
        return [w for i, w in enumerate(self.words)
                if (w.lower() not in frame or w.lower() in self.named) and w != self.verb
                and i != asked] or self.words


class _Doc:
    """A hit's stored fields, its payload decoded once."""

    __slots__ = ("kind", "type", "date", "text", "record", "payload")

    def __init__(self, hit):
        self.kind, self.type, self.date = hit["kind"], hit["type"], hit["date"] or None
        self.payload = json.loads(hit["payload"])
        self.record = self.payload.get("record") or {}
        self.text = hit["text"] if self.kind == "passage" else self.payload["display"]


# words that ask for a share or a change rather than an amount
_PERCENT_WORDS = frozenset("percentage percent".split())
# prepositions a query keeps as words ('below the dam', 'under the final award'), which name
# nothing a later paragraph says more of a question's subject with (not 'until': 'Until what
# date ...?' asks an end)
_PREPOSITIONS = frozenset("""under below above over after before within without between across
through near since via onto beyond behind beside inside outside toward towards along around
""".split())
# a figure said of a time before the one a text tells of, and the words asking for one
_EARLIER = re.compile(r"\b(?:in|over|during|for)\s+(?:the\s+)?(?:earlier|previous|past|prior|"
                      r"preceding)\s+years\b", re.I)
# a sentence opening years back ('Ten years ago, in September 2009, the agency estimated that more
# than 20,000 stateless people lived in Kyrgyzstan'): its figures are of then, not of the time
# the text tells of, unless the question counts years itself
_YEARS_AGO = re.compile(r"\W*(?:[\w-]+\s+)?(?:years|decades?)\s+ago\b", re.I)
_EARLIER_WORDS = frozenset("last previous earlier past prior before preceding ago".split())
_YEARS_WORDS = frozenset("year years decade decades".split())
EARLIER_SHARE = 0.6
# a running total said as one, and the words asking for one
_SO_FAR = re.compile(r"\b(?:so far|to date|in all|in total|altogether|all told|a total of|"
                     r"since (?:its|the|their) (?:launch|start|inception|founding|creation))\b",
                     re.I)
_SO_FAR_WORDS = frozenset("since far total altogether overall cumulative date".split())
SO_FAR_BONUS = 2.0
_SHARE_WORDS = frozenset("share percentage percent proportion fraction portion growth grow grew grown increase "
                         "increased decrease decreased rate rise rose risen fall fell change "
                         "changed".split())

# the framing words that qualify rather than name the kind of answer
# words a "how much" question asks a size by ('How much are X worth?'): said just before a
# figure, they say it is the size asked ('exports worth about $9 million')
_WORTH = frozenset("worth value volume".split())


# the words that may stand between such a word and its figure ('worth about', 'more than')
_BEFORE_FIGURE = frozenset("of at is was about around nearly some over almost roughly more than "
                           "up to an estimated".split())


def _links_only(text: str) -> bool:
    """Whether a paragraph is a page's list of links to other stories: it opens with one of
    _LINK_LISTS and a colon ('*Related:* ...', '**Also read:** ...')."""
    head, colon, _ = text[:40].partition(":")
    return bool(colon) and head.strip("*_ \t").lower() in _LINK_LISTS


def _worth_asked(qwords: set[str]) -> tuple[str, ...]:
    """The words of _WORTH a "how much" question asks a size by, for _framed; a worth is said
    as a value too, and a value as a worth ('The new plant is valued at $86.8 million' for 'How
    much is the plant worth?')."""
    worth = qwords & _WORTH
    if worth & {"worth", "value"}:
        worth |= {"worth", "valu"}
    return tuple(sorted(worth))


def _framed(sentence: str, worth: tuple[str, ...]) -> bool:
    """Whether `sentence` says a word of `worth` (or one it begins: 'valued') just before a
    figure, with only _BEFORE_FIGURE words between ('exports worth about $9 million', 'a volume
    of US$ 45 million'). Read word by word: a pattern for it costs a quarter of a millisecond to
    compile in each process that asks."""
    tokens = sentence.lower().split()
    for i, token in enumerate(tokens):
        word = token.lstrip("([{\"'“‘")  # ('(worth about $9 million)')
        if not (word.startswith(worth) and word.replace("_", "").isalnum()):
            continue
        for t in tokens[i + 1:]:
            figure = (t[2:] if t.startswith("us") else t).lstrip("$€£¥₸")  # 'US$', '$'
            if figure[:1].isdecimal():
                return True
            if figure and t not in _BEFORE_FIGURE:
                break
    return False


def _named_by(text: str, frame) -> frozenset:
    """The framing words of a query that end a name with the word before them rather than say
    the kind of answer wanted: written as a name ('Pakistan Day', 'Republic Day'), or in
    keywords that a later framing word ends ('pakistan day expo 2017 date': the date is asked,
    the day is Pakistan's). Not a word that only qualifies ('first', 'current')."""
    tokens = re.findall(r"[\w'’-]+", text)
    out = set()
    for i in range(1, len(tokens)):
        before, word = tokens[i - 1], tokens[i]
        low = word.lower()
        if low not in frame or low in _NOT_NOUNS or not before.isalpha() or \
                before.lower() in STOP or before.lower() in frame:
            continue
        if before[:1].isupper() and word[:1].isupper() and not word.isupper() or any(
                t.lower() in frame and t.lower() not in _NOT_NOUNS for t in tokens[i + 1:]):
            out.add(low)
    return frozenset(out)


_NOT_NOUNS = frozenset("current latest new first last previous next former main key overall exact "
                       "approximate approximately according regarding concerning including known "
                       "recent".split())

_OPERATORS = ("AND", "OR", "NOT", "ANDNOT", "ANDMAYBE")

# the small words a name is written with that its initials skip ('Ministry of Foreign Affairs',
# MFA) and some acronyms count ('MOFA')
_SMALL_WORDS = frozenset("of and for the in on at to".split())

# endings of English that make a word of another of its family ('exhibit' + 'ors'), and as
# the index's stems write them ('statutori' for 'statutory', 'worri' for 'worrying')
_ENGLISH_ENDINGS = frozenset("""e s es ed ing er ers or ors ion ions ation ations ment ments al ive
ist ists ism ance ence ancy ency ant ent ity ory some ful ness less ous i ori iti ition itions
""".split()) | {""}
# the question words a question opens on, which a slip may mistype ('Wen did ...?': _opener_slip)
_OPENERS = ("when", "where", "what", "which", "who", "whom", "whose", "how", "why")
# English prefixes written with a hyphen before a word ('co-hosted', 'non-permanent')
_PREFIXES = frozenset("co ex non pre post re anti pro vice inter intra multi sub self semi "
                      "counter trans mis un under over out mid".split())


def _made_of_english(word: str) -> bool:
    """Whether a word the lexicon may lack is made of English: hyphenated parts each English,
    short or a bound prefix ('op-ed', 'non-recyclable'), the parts written as one
    ('co-ordinating'), two words joined ('warships'), or a bound prefix on a word
    ('redenominated')."""
    from kzpk.question import is_english, joined_words

    return all(is_english(p) or len(p) <= 2 or p in _PREFIXES for p in word.split("-")) or \
        is_english(word.replace("-", "")) or joined_words(word) or any(
            word.startswith(p) and len(word) - len(p) >= 6 and is_english(word[len(p):])
            for p in _PREFIXES)


def _headline_figure(title: str, lead: str, later: str, ask: str, qwords: set[str]) -> bool:
    """Whether a news item's title gives a figure of the kind asked that its first paragraph
    gives and a later paragraph, the best hit, does not: the headline tells the item's main fact
    ('Two dead, 640 injured as tremor shakes Quetta' over '... killing two people and injuring
    640'), the later paragraph another ('Last month a tremor ... injured about 90 people')."""
    from kzpk.question import answers

    if not answers(ask, title, qwords):
        return False
    # (a figure of the thing asked, the word after it the question's: '640 injured' for 'How
    # many people were injured ...?', not '37 memoranda' for the years since a visit)
    stems = tuple(w[:max(4, len(w) - 2)] for w in qwords if len(w) >= 4)
    figures = {m.group(1).replace(",", "") for m in re.finditer(_FIGURE_AND_WORD, title)
               if stems and m.group(2).lower().startswith(stems)}

    def said(text: str) -> set[str]:
        return {m.group(1).replace(",", "") for m in re.finditer(_FIGURE_AND_WORD, text)}

    return bool(figures & said(lead) - said(later))


_FIGURE_AND_WORD = r"(\d[\d,.]*\d|\d)\s*([^\W\d_]*)"  # (compiled by `re` on first use)


def _common_only(rx: re.Pattern, text: str) -> bool:
    """Whether a query word stands in a text only as a common noun for a kind of body ('links
    with institutions in his country'): the text names no such body, and the paragraph naming
    one ('the Kazakh Language Institute') says what it does not."""
    from kzpk.question import _BODY_NOUNS

    words = [re.match(r"[\w'’-]*", text[m.start():]).group() for m in rx.finditer(text)]
    return bool(words) and all(w.lower() in _BODY_NOUNS and not w[:1].isupper() for w in words)


def _figure_siblings(scored: list, matchers) -> None:
    """Facts drawn from one sentence, one for each of its figures, score alike; of those, the
    one whose figure the query's words stand beside comes first ('… and its imports from
    Pakistan $46.8 million' for 'How much did Kazakhstan import from Pakistan?', before '…
    exports to Pakistan were worth $5.7 million')."""
    i = 0
    while i < len(scored) - 1:
        score, _, view, _, _ = scored[i]
        said = view.record.get("statement") if view.kind == "fact" else None
        j = i + 1
        while said and j < len(scored) and abs(scored[j][0] - score) < 1e-9 and \
                scored[j][2].kind == "fact" and scored[j][2].record.get("statement") == said:
            j += 1
        if j - i > 1:
            scored[i:j] = sorted(scored[i:j], key=lambda item: -_beside_figure(item[2].record,
                                                                                matchers))
        i = j


def _beside_figure(record: dict, matchers) -> float:
    """The share of the query a fact's statement holds in the words leading to its figure,
    from the figure before it (or the sentence's start)."""
    from kzpk.extract import figures

    text, start = record.get("statement") or "", 0
    for m, (value, unit, _) in figures(text):
        if value == record.get("value") and unit == record.get("unit"):
            return _share(text[start:m.end()], matchers)
        start = m.end()
    return 0.0


def _earliest_first(scored: list) -> None:
    """For a question about the first of a series, of the dated records that answer nearly as
    well as the best record (FIRST_NEAR of its score, neither weighed for saying 'first'), when
    they are of more than one date, the earliest is the first: it keeps its whole score though
    its text does not say 'first' ('Nazarbayev's state visit to Pakistan', 24 February 1992,
    before Tokayev's of 2026, for 'When did the Kazakh president first go to Pakistan on a state
    visit?')."""
    from kzpk.question import says_first

    records = []  # (score as if no text said 'first', index)
    for i, (score, hit, view, _, _) in enumerate(scored):
        if view.kind in ("event", "fact") and view.date:
            said = says_first(f"{hit['title']} {view.text}")
            records.append((score if said else score / FIRST_ELSE, i, said))
    if not records:
        return
    best = max(score for score, _, _ in records)
    near = [(i, said) for score, i, said in records if score >= FIRST_NEAR * best]
    dates = {scored[i][2].date for i, _ in near}
    if len(dates) < 2:
        return
    earliest = min(dates)
    for i, said in near:
        score, hit, view, start, fit = scored[i]
        if view.date == earliest and not said:
            scored[i] = (score / FIRST_ELSE, hit, view, start, fit)


def syntax_problem(text: str) -> str | None:
    """What is wrong with a query's Whoosh syntax, or None: an unclosed bracket or quote, or an
    operator with nothing on one side ('(trade OR')."""
    depth = 0
    for c in text:
        depth += (c == "(") - (c == ")")
        if depth < 0:
            return "a ')' closes nothing"
    if depth:
        return "an unclosed '('"
    if text.count('"') % 2:
        return "an unclosed '\"'"
    tokens = re.findall(r"\(|\)|[^\s()]+", text)
    for i, tok in enumerate(tokens):
        if tok in _OPERATORS:
            before = tokens[i - 1] if i else "("
            after = tokens[i + 1] if i + 1 < len(tokens) else ")"
            if (tok != "NOT" and (before == "(" or before in _OPERATORS)) or after in (")", *_OPERATORS):
                return f"{tok} without a word on each side"
    return None


# ------------------------------------------------------------------ answers

def word_matchers(wanted: list[tuple[set[str], float]]) -> list[tuple[re.Pattern, float]]:
    """A regex per query word (any of its index forms, as a word prefix) with its rarity. A
    form of three letters or fewer begins no longer word than itself with an ending: 'met' is
    no prefix of 'metres', 'un' none of 'unless'."""
    from kzpk.question import LIGHT_VERBS

    out = []
    for forms, idf in wanted:
        # a form ending in a silent 'e' drops it before '-ing', as the index's stems do
        # ('sharing borders' for 'share borders'), but for a light verb ('making')
        forms = forms | {f[:-1] + "ing" for f in forms if len(f) > 3 and f.endswith("e")
                         and not f.endswith("ee") and f not in LIGHT_VERBS}
        # (and a short one ending in a consonant and 'y' turns it to 'ie': 'flies' of 'fly')
        forms = forms | {f[:-1] + e for f in forms if len(f) <= 3 and re.fullmatch(
            r"[a-z]*[^aeiouy\d]y", f) for e in ("ies", "ied")}
        long = "|".join(sorted((re.escape(f) for f in forms if len(f) > 3), key=longest_first))
        short = "|".join(sorted((re.escape(f) for f in forms if len(f) <= 3 and not f.isdigit()),
                                key=longest_first))
        # (a short number is a whole one: '1' of 'Sina-1' is not the start of '1,380 kg')
        digits = "|".join(sorted((f for f in forms if len(f) <= 3 and f.isdigit()),
                                 key=longest_first))
        parts = ([rf"\b(?:{long})"] if long else []) + \
            ([rf"\b(?:{short})(?:s|es|d|ed|ing)?\b"] if short else []) + \
            ([rf"\b(?:{digits})\b(?![.,]\d)"] if digits else [])
        out.append((re.compile(parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})",
                               re.IGNORECASE), idf))
    return out


def _grouped_figures(matchers, wanted, text: str):
    """The matchers with each group of a figure the question writes with its thousands
    separated ('300,000 tonnes', searched as '300' and '000') read as that figure whole: a text
    holds '300' of it by writing '300,000', never by a '$300-400 million' of something else."""
    figures = re.findall(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)", text)
    if not figures:
        return matchers
    out = []
    for (rx, idf), (forms, _) in zip(matchers, wanted):
        whole = [f for f in figures if len(forms) == 1 and next(iter(forms)) in f.split(",")]
        if whole:
            said = "|".join(r"[,\s]?".join(f.split(",")) for f in whole)
            rx = re.compile(rf"(?<![\d.,])(?:{said})(?!\d|[.,]\d)")
        out.append((rx, idf))
    return out


def _role_phrase(roles: frozenset, matchers) -> re.Pattern | None:
    """The role words a "who" question names ('deputy', 'foreign', 'minister'), in the
    question's order and side by side, as one pattern; None when fewer than two are words the
    query searches."""
    at = sorted({i for w in roles for i, (rx, _) in enumerate(matchers) if rx.match(w)})
    if len(at) < 2:
        return None
    return re.compile(r"\w*[\s-]+".join(f"(?:{matchers[i][0].pattern})" for i in at), re.I)


def _apposed(role: str) -> re.Pattern:
    """A role word said of a person as what they are, after their name and a comma ('Wasiyat
    Khan, a shepherd from ...'): one of many, not a post (a post's holder, 'the CBRC chairman,
    Liu Mingkang', may be another body's: role_of_body and _role_phrase read those)."""
    return re.compile(rf"[A-Z][\w'’.-]+,\s+an?\s+(?:[\w-]+\s+){{0,3}}?"
                      rf"(?i:{re.escape(role)})\w*\b")


def _share(text: str, matchers) -> float:
    total = sum(idf for _, idf in matchers) or 1.0
    return sum(idf for rx, idf in matchers if rx.search(text)) / total


def answer_fit(doc: _Doc, ask: str | None, matchers, qwords: set[str],
               title: str = "", clash=None, roles: frozenset = frozenset(),
               before: str = "", context=(), day: bool = False,
               body: bool = False, role_of: re.Pattern | None = None,
               things: frozenset = frozenset(), acted=None,
               verb: re.Pattern | None = None) -> tuple[float, int]:
    """(how well a hit answers, where in its text the answer starts).

    A text answers when one sentence holds the question's rare words and, for a question, the
    kind of answer asked (a date, a figure, a person, a place). A record gets no credit for
    being a record: an entity answers "who"/"where" through its roles or its being a place,
    and otherwise only a query that is its name. A text about another of an ordinal thing
    than the one asked ('the seventh session' for 'the sixth session'), or about another's
    thing ('Kazakhstan's candidacy' for 'Pakistan's candidacy') answers at half weight
    (`clash`, from kzpk.question.ordinal_clash and possessive_clash). `context`: the query's
    words (as `matchers` entries) that the paragraphs around a passage hold, which count for
    each of its sentences as its title's words do. `day`: a "when" question asks for the day
    (kzpk.question.asks_day), which a month or a year does not answer. A record that does not
    hold the kind of answer asked (or is not the thing a keyword query names) counts at
    RECORD_NOT_ANSWERING: its search score owes much to its boosted title and names fields."""
    fit, start, answers = _fit(doc, ask, matchers, qwords, title, clash, roles, before,
                               beside=context, day=day, body=body, role_of=role_of,
                               things=things, acted=acted, verb=verb)
    if not answers:
        fit *= RECORD_NOT_ANSWERING
    if clash is not None and doc.kind != "passage" and clash(doc.text):
        fit *= RECORD_CLASH
    return fit, start


def _fit(doc: _Doc, ask, matchers, qwords, title, clash, roles, lead,
         beside=(), day=False, body=False, role_of=None, things=frozenset(),
         acted=None, verb=None) -> tuple[float, int]:
    from kzpk.question import (_BODY_BEFORE_NAME, _BODY_NOUNS, _PERCENT_ASKED, CALLED,
                                DATELINE_ASKED, HOW_MANY, HOW_MUCH, PUBLISHED, SAID, SPAN,
                                WEEKDAY, WHEN, WHERE, WHO,
                                answers, body_did, counts, gives_day, gives_span, gives_weekday,
                                names_body, particulars, person_names, sentences)

    years = {w for w in qwords if re.fullmatch(r"(?:1[89]|20)\d\d", w)}
    if doc.kind == "entity":
        share = _share(doc.text, matchers)
        name = doc.record.get("name", "")
        # (the question names the person: by their name or another they go by)
        named = doc.type == "person" and any(
            _named(n, matchers) for n in (name, *(doc.record.get("aliases") or [])) if n)
        if (ask == WHO or ask == WHERE and named) and doc.type == "person":
            # a person in the role asked about ("the director of X"), or where a person the
            # question names works ('Where does Zarmina Baloch teach?'; 'Where could the
            # roundtable be watched live?' is not answered by its moderator's record)
            titles = doc.text.split("Roles: ", 1)[-1] if "Roles: " in doc.text else ""
            posts = " ".join(filter(None, [doc.record.get("description"), titles]))
            if body and not (named and any(re.search(rf"\b{re.escape(w)}", posts, re.I)
                                           for w in qwords if w in _BODY_NOUNS)):
                # 'Which Kazakh institute signed …?': a body is asked for, which no person is;
                # a person the question names answers only through a post at a body of its
                # words ('X works at which institute?': 'expert at the ... Institute for ...'),
                # not for being named ('Which institute hosted the conference on Tokayev's
                # visit?')
                return 0.3 + 0.7 * share * 0.6, 0, False
            asked = [w for w in roles if not re.search(rf"\b{re.escape(w)}", name, re.I)]
            given = ask == WHO and named
            if given and asked:
                # 'Which Kazakh prime minister did Gilani meet?': the person a question names
                # is given, not asked for; the answer is whoever holds the role it asks about
                return 0.3 + 0.7 * share * 0.6, 0, False
            phrase = _role_phrase(roles, matchers) if len(roles) > 1 else None
            roles = posts
            rest = [(rx, idf) for rx, idf in matchers if not rx.search(name)]
            if given and rest and _share(titles, rest) < 0.5 and not particulars(qwords):
                # 'Who did Nazarbayev meet in Tashkent?' gives him and asks for another: his
                # record answers 'Who is Nazarbayev?', his titles or his post, not that
                return 0.3 + 0.7 * share * 0.6, 0, False
            role_share = _share(roles, rest) if rest else 1.0
            fit = 0.3 + 0.7 * share * (0.5 + 0.5 * role_share) * ANSWER_BONUS
            # the role as the question words it ('Deputy Foreign Minister'), not only its words
            # in another title ('Deputy Minister of Foreign Affairs')
            return fit * (ROLE_PHRASE_BONUS if phrase and phrase.search(roles) or
                          role_of is not None and role_of.search(roles) else 1.0), 0, True
        if ask == WHERE and doc.type in ("place", "country"):
            return 0.3 + 0.7 * share, 0, False
        if ask is None and doc.type == "person" and _particulars_asked(doc, matchers, qwords):
            # 'Zarmina Baloch university': the person's roles answer it, as they answer "who"
            return 0.3 + 0.7 * ANSWER_BONUS, 0, True
        # a record about the subject answers only a query that is its name
        names = [doc.record.get("name") or "", *(doc.record.get("aliases") or []),
                 doc.record.get("acronym") or ""]
        if _share(" ".join(names), matchers) > 0.999 and any(
                _named(n, matchers) for n in names if n):
            return 1.15, 0, True  # the query is its name: the record is the answer
        return 0.3 + 0.7 * share * 0.6, 0, False
    if doc.kind in ("event", "fact"):
        share = _share(doc.text, matchers)
        fits = False
        if ask == WHEN:
            fits = bool(doc.date) and (not day or len(doc.date) >= 10)  # a day: 2024-08-14
            if fits and "month" in qwords and len(doc.date) < 7:
                # 'By which month ...?' asks a month: a record dated by its year alone does not
                # say it ('2020: Pakistan starts developing ...')
                fits = False
            if fits and day == SPAN:  # the first and the last day asked: a record of both
                fits = (doc.record.get("end_date") or doc.date) != doc.date
            if fits and day == WEEKDAY:  # the day of the week asked: a record whose words say it
                fits = gives_weekday(doc.text)
            if fits and doc.kind == "fact" and _spans_time(doc.record):
                # a fact counting a span of time ('after 12 years as an observer', dated 2017)
                # is dated when the span was counted up to, not when what it counts began:
                # 'When did Pakistan become an SCO observer?' is 2005, not 2017
                fits = False
            if fits and doc.kind == "event" and doc.record.get("status") == "extracted" and \
                    not _states_date(doc.record):
                # an event kzpk drew from a news item, dated by the item because its words
                # state no date ('Afghanistan's Taliban rulers have ordered ...', dated by the
                # report of the next day): when it was reported, not when it happened
                fits = False
            if fits and doc.kind == "fact" and not _states_date(doc.record):
                # a fact whose words state no date ('EXPO 2017 is expected to be visited by 2.3
                # million people', dated 2017 by its source) tells when it was said, not when
                # anything asked about happened: an event of that day does
                fits = False
        elif ask in (HOW_MUCH, HOW_MANY):
            # "how much" wants an amount ($28 million, 12 percent, 5,000 kg), not a count of
            # goods; "how many" any count
            value = doc.record.get("value") is not None and (
                ask == HOW_MANY or answers(ask, _figure(doc.record), qwords)) and (
                # (a share asked: the figure as its words say it, '77 percent of the vote')
                not qwords & _PERCENT_ASKED or answers(ask, doc.record.get("statement") or
                                                       _figure(doc.record), qwords))
            fits = value or (
                doc.kind == "fact" and answers(ask, doc.record.get("statement") or "", qwords)
                # a percentage asked: a figure of another thing ('33 articles') does not give it
                # for the fraction its statement also says ('more than a third of the text')
                and not (doc.record.get("value") is not None and qwords & _PERCENT_WORDS)
                # a count asked of things ('How many scanners ...?'): a statement counting
                # others ('The two countries have set up ...') does not give it
                and not (ask == HOW_MANY and things and
                         not counts(doc.record.get("statement") or "", things)))
            # "how much was trade" wants the amount, not its growth in percent
            if fits and doc.record.get("unit") == "percent" and not qwords & _SHARE_WORDS:
                fits = False
            if fits and years and not doc.date and not _stated_years(doc.text):
                # a figure asked for a year ('exports worth in 2016') is not given by a record
                # of no date stating no year ('export potential at US$1.7 billion'): figures
                # change from year to year
                fits = False
        elif ask in (SAID, CALLED):
            # someone's words: a fact that gives a speaker's; an event tells what happened
            fits = doc.kind == "fact" and bool(doc.record.get("speaker")) and (
                ask == SAID or answers(ask, doc.record.get("statement") or "", qwords))
        elif ask == WHO:
            # a person answers "who"; an event only lists who took part
            fits = doc.kind == "fact" and answers(ask, doc.record.get("statement") or "", qwords,
                                                  roles)
            if fits and doc.record.get("value") is not None and \
                    doc.record.get("status") == "extracted" and not doc.record.get("speaker"):
                # a figure kzpk drew from a sentence naming a person ('relative humidity of about
                # 25%' beside 'Ayman Ghulam, head of ...') gives that figure, not who: the
                # sentence's passage answers, its line opening on the person
                fits = False
            if fits and role_of is not None and not role_of.search(doc.text):
                # 'Who is the ambassador of Kazakhstan to Pakistan?': a fact naming him by his
                # title alone ('Ambassador Kistafin said ...') tells what he said, not who holds
                # the post the question names with its body
                fits = False
            if body:  # a body asked for: a record naming one answers ('Institute of ... and
                # PIPS sign a memorandum')
                fits = names_body(doc.record.get("title") or doc.record.get("statement") or "",
                                  qwords)
        elif ask == WHERE and doc.record.get("place"):
            # an event's place is the answer to where it happened (not to where a text was
            # filed from: its dateline says that)
            fits = not qwords & DATELINE_ASKED
        elif ask is not None:  # where, how long: the record's own words hold that answer
            fits = answers(ask, doc.record.get("summary") or doc.record.get("statement") or "",
                           qwords)
        if fits and ask == WHEN and verb is not None and \
                doc.record.get("status") == "extracted" and verb.search(doc.text) and not any(
                    _dated_act(doc.text[a:b], verb) for a, b in sentences(doc.text)):
            # an event kzpk drew from a sentence that says the act asked but dates another
            # ('Valkor, ... born in captivity in Kerun, died on Tuesday'): not when it was done
            fits = False
        fit = 0.3 + 0.7 * share * (ANSWER_BONUS if fits else 1.0)
        if ask == PUBLISHED:
            # when a text came out: a record's date is that of what it tells, not the text's
            fit = 0.3 + 0.7 * share * 0.5
        if years and _other_year(doc.date[:4] if doc.date else None, doc.text, years):
            fit *= 0.35  # a record of another year than the one asked about
        return fit, 0, fits and ask != PUBLISHED
    # a passage: its best sentence; its document's title is context for every sentence
    text = doc.text
    doc_year = doc.date[:4] if doc.date else None
    doc_month = int(doc.date[5:7]) if doc.date and len(doc.date) >= 7 else 0
    # a section headed by one year ('## 2019 in figures') speaks of that year where its
    # sentences state none ('On 7-9 May, 231 more were evacuated'), not of the item's date;
    # 'last year' still counts from the date
    headed = set(re.findall(_YEAR, doc.payload.get("section") or "")) if years else set()
    headed_year = headed.pop() if len(headed) == 1 else None
    # the document's title is context for every sentence, and the year of its date for every
    # sentence that states no year of its own
    in_title = [(rx, idf) for rx, idf in matchers if rx.search(title)]
    titled = tuple(in_title)  # (the title's own, not the item's words around it)
    # (and the words its item says around it: _near, _read_on)
    in_title += [m for m in beside if m not in in_title]
    total = sum(idf for _, idf in matchers) or 1.0
    best, best_start, best_pick = -1.0, 0, -1.0
    # the role as the question words it ('Executive Director'), as for a person's record
    phrase = _role_phrase(roles, matchers) if ask == WHO and len(roles) > 1 else None
    # or one role word said of a person beside their name ('Wasiyat Khan, a shepherd from
    # Rawshan'), not only in the sentence ('the spokesman, X, said the shepherd's warning ...')
    apposed = _apposed(next(iter(roles))) if ask == WHO and len(roles) == 1 and \
        role_of is None else None
    # the word a "how much" question asks the size by ('worth', 'value', 'volume'), said just
    # before a figure
    worth = _worth_asked(qwords) if ask == HOW_MUCH else ()
    spans = sentences(text)
    # (the question's rarest word, for a "who" question)
    rarest = max(matchers, key=lambda m: m[1]) if ask == WHO and matchers else None
    held_in = _held_in(text, spans, matchers)  # each sentence's query words, found in one pass
    # (the rarest query word the passage holds, for choosing where line 1 starts)
    # (one far rarer than the verb: twice its weight, as a name beside a common verb is)
    rarest_held = max((m for said in held_in for m in said), key=lambda m: m[1], default=None) \
        if verb is not None else None
    if rarest_held is not None and rarest_held[1] < 2 * max(
            (idf for said in verb.finditer(text) for rx, idf in matchers
             if rx.match(said.group())), default=0.0):
        rarest_held = None
    # the act asked about said with its doer after it, 'was signed by ...', for 'Who signed ...?'
    # ('... was signed at a news conference in the capital by ...': a few words between, no
    # comma, no 'and' that would start another act)
    done_by = re.compile(acted[0].pattern + r"\w*(?:\s+(?!and\b|but\b)[\w'’-]+){0,8}?\s+by\s",
                         re.I) \
        if acted is not None and ask == WHO else None
    # and with its doer named just before it, in the past: '..., K.T. Rama Rao, inaugurated the
    # outlet' (a verb: 'Akhtar, editor-in-chief of the ...' tells no act)
    did_it = re.compile(rf"\b[A-Z][\w.'’-]*[a-z.],?\s+(?:{acted[0].pattern})\w*(?<=ed)\s+"
                        r"(?:the|a|an)\b") if done_by is not None else None
    # or a body named in full just before it ('The ... Board on Thursday ordered the closure')
    body_act = acted[0] if done_by is not None and not roles else None
    for i, (s, e) in enumerate(spans):
        sentence = text[s:e]
        here = held_in[i]
        held = [idf for rx, idf in here]
        if not held and not (ask and in_title and answers(ask, sentence, qwords, roles)):
            continue  # a sentence in no way about the question; one that gives the kind of
            # answer asked in a document whose title names the subject may be the answer
            # ('the journey would take about two hours' under 'Almaty-Lahore flights')
        context, start = in_title, s
        answering = bool(ask) and answers(ask, sentence, qwords, roles)
        if not answering and ask == WHO and body and (
                names_body(sentence, qwords) or re.search(_BODY_BEFORE_NAME, sentence)):
            # 'Which institute is excavating ...?': a body named in full answers, with no
            # acronym beside it ('The Margulan Archaeological Institute is now running ...'),
            # or named after the word for its kind ('sponsored by Italian oil and gas company
            # Eni' for 'Which Italian company sponsors ...?')
            answering = True
        if not answering and ask == WHO and not roles and not body and \
                (rarest in here or acted is not None and acted in here) and \
                person_names(sentence, qwords):
            # a "who" question asking no role: the sentence holding its rarest word, the thing
            # it asks about, answers by naming someone, though the name stands far from the
            # question's words ('One of the medals came in <sport>, a ... from ..., where <name>
            # shared third place'); and so does the sentence saying the act asked about ('Who
            # signed ...?': 'The document was signed ... by the director of KazISS, Dr ...')
            answering = True
        if not answering and done_by is not None and any(
                re.match(r"(?:the\s+)?[A-Z]", sentence[m.end():]) and
                acted[0].fullmatch(m.group().split()[0].lower()) and
                not re.search(r"\b(?:quoted|saying|reported|cited|told|interviewed)\b", m.group())
                for m in done_by.finditer(sentence)):
            # the act asked said with its doer named after 'by', a body as well as a person:
            # '... had been brought by the United Producers Association' (the act's own word,
            # not one it begins: 'headscarf' is no 'head'; and not who reported someone's words:
            # 'the federation chief was quoted as saying by the Fars news agency')
            answering = True
        if not answering and body_act is not None and body_did(sentence, body_act):
            answering = True
        named_count = False
        if answering and things and ask == HOW_MANY:
            answering = counts(sentence, things)  # a count of what is asked, not of anything
            # (the number before the very things counted, 'covered 6,166 sites', says more than
            # one standing alone, 'the most trees planted in a single day, 847,275,')
            # (in figures: 'several thousand traders and visitors' is no count of them)
            named_count = answering and counts(sentence, things, named=True) and any(
                re.search(rf"\b\d[\d,.]*\s+(?:[\w-]+\s+){{0,2}}{re.escape(t)}", sentence, re.I)
                for t in things)
        # (a year a figure is measured against, 'more than in the same month of 2025', is not
        # the one the sentence tells of)
        # (unless it is the year asked: 'trade increase compared to 2016')
        own = re.sub(_COMPARED_YEAR, lambda m: m.group() if m.group(1) in years else " ",
                     sentence, flags=re.I) if years else sentence
        year = _year_of(own, doc_year, doc_month) if years else None
        if headed_year and year == doc_year and not re.search(_RELATIVE_YEAR, sentence, re.I):
            year = headed_year
        if year in years:
            context = context + [(rx, idf) for rx, idf in matchers
                                 if rx.fullmatch(year) and (rx, idf) not in context]
        if (i or lead) and _ANAPHOR.match(sentence):
            # 'He put current trade at $250 million': who 'he' is, the sentence before says,
            # and line 1 then starts there; for a paragraph's first sentence ('The chief guest
            # was ...'), the paragraph before is the context
            before = held_in[i - 1] if i else [m for m in matchers if m[0].search(lead)]
            extra = [m for m in before if m not in here and m not in in_title]
            run = i - 1
            if re.match(r"(?:He|She)\b", sentence):
                # who 'he' is, the nearest sentence before naming someone says, though others
                # stand between ('... Former Federal Secretary, discussed ...', 'The student
                # exchange programs must ...', 'He also talked about ...', 'He suggested that
                # the cricket matches ...')
                while run > 0 and i - run < 5 and \
                        not person_names(text[spans[run][0]:spans[run][1]], qwords):
                    run -= 1
                if not person_names(text[spans[run][0]:spans[run][1]], qwords):
                    run = i - 1
            elif i and answering:
                # (and for a sentence that answers, what 'It' or 'The company' is, after a
                # sentence opening so too, the nearest sentence before them that does not: 'By
                # November the Jiangnan market had passed ... Its refrigerated trucks now reach
                # ... The company has opened offices in Tashkent and Dushanbe')
                while run > 0 and i - run < 4 and \
                        _ANAPHOR.match(text[spans[run][0]:spans[run][1]]):
                    run -= 1
            if run < i - 1:
                extra += [m for m in held_in[run] if m not in here and m not in in_title
                          and m not in extra]
            if extra and not any(m in before for m in extra):
                context = context + extra  # (line 1 starts at the sentence: the run may be long)
            elif extra:
                context, start = context + extra, spans[i - 1][0] if i else s
            elif i and re.match(_THIS_CLAUSE, sentence):
                start = spans[i - 1][0]  # 'This has always posed a challenge': 'this' is what
                # the sentence before says, and line 1 starts there
            # (a sentence opening on someone by age, 'The 21-year-old, standing in for ...,
            # saved three of Celtic's five penalties, from Adam Idah, ...', means the one the
            # sentence before names, whoever else it names)
            aged = ask == WHO and re.match(_AGED, sentence) is not None
            if i and (ask == WHO and not answering or ask is None or aged) and \
                    _PERSON_ANAPHOR.match(sentence) and \
                    start == s and e - spans[i - 1][0] <= SNIPPET and \
                    (aged or not person_names(sentence, qwords)) and \
                    person_names(text[spans[i - 1][0]:spans[i - 1][1]], qwords):
                # '... they met Ashraf Aman, president of the ATP company. Their host ... was the
                # first Pakistani to stand on top of K2.': the sentence that answers a "who"
                # question names no one, and who it means, the sentence before names: line 1
                # starts there, when both fit in it. So for keywords, of a sentence opening on
                # 'He' or 'She' ('He then gave a simultaneous exhibition ...') or on what the
                # sentence before names ('The company is also a licensed FIFA football
                # manufacturer' after '... about BolaGema Pakistan, a Sialkot firm'): a line
                # that says what someone did says who
                start = spans[i - 1][0]
        elif i and answering:
            # the sentence before in the same paragraph says what this one, which answers, goes
            # on about ('... direct flights between Karachi and Almaty.' / 'There will be two a
            # week.'); one that does not answer gains nothing from it ('Kozhym doubled the lead
            # from a penalty corner …' / 'That was the score at half-time …')
            context = context + [m for m in held_in[i - 1] if m not in here and m not in context]
        # (a sentence that answers and opens on the new thing its item's title names, by the
        # title's noun: 'The new plant is valued at $86.8 million' under 'Work starts on third
        # Ghori cement plant in Baghlan' speaks of the title's plant, whose words it holds as if
        # it said them)
        again = _DEFINITE.match(sentence) if titled and answering else None
        again = again is not None and any(rx.match(again.group(1)) for rx, _ in titled)
        share = sum(held) + sum((1.0 if again and m in titled else 0.5) * m[1]
                                for m in context if m not in here)
        share = min(share / total, 1.0)
        if clash is not None and clash(sentence):
            share *= 0.5
        # (a sentence stating other years may say the one asked as 'last year': '29.7 billion
        # tenge in 2021 and 32.8 billion tenge last year')
        # (who held a post is told as of the item's date: 'Prices rose 45 percent in 2021,
        # Atul Ganatra, president of the Cotton Association of India, said' answers who was
        # president in the item's year, whatever other year the sentence states)
        if years and _other_year(None, own, years,
                                 year or _relative_year(own, doc_year, doc_month) or
                                 (doc_year if ask == WHO else None)):
            share *= 0.35  # 'in 2018' answers no question about 2024
        elif ask in (HOW_MANY, HOW_MUCH) and not qwords & _EARLIER_WORDS and (
                _EARLIER.search(sentence) or not qwords & _YEARS_WORDS and
                _YEARS_AGO.match(sentence)):
            # a figure of an earlier time ('more than a thousand students had graduated in
            # earlier years') for a question asking none: of the time the text tells of ('This
            # year 737 graduates ...'), unless the question asks the earlier one
            share *= EARLIER_SHARE
        elif ask in (HOW_MANY, HOW_MUCH) and qwords & _SO_FAR_WORDS and _SO_FAR.search(sentence):
            # a running total for a question asking one ('How many ... since the programme
            # began in 2019?' -> 'So far 193 Pakistani students have been awarded ...')
            share *= SO_FAR_BONUS
        if ask and (answering and (not day or (gives_span(sentence) if day == SPAN
                                               else gives_weekday(sentence) if day == WEEKDAY
                                               else gives_day(sentence)))
                    or ask == PUBLISHED and doc.date):
            # (a dated document's every passage carries when it came out)
            share *= ANSWER_BONUS * (NAMED_COUNT_BONUS if named_count else 1.0)
        elif ask and i + 1 < len(spans) and answers(ask, text[spans[i + 1][0]:spans[i + 1][1]],
                                                     qwords, roles) and not (
                things and ask == HOW_MANY and
                not counts(text[spans[i + 1][0]:spans[i + 1][1]], things)):
            share *= 1.25  # the answer may stand in the next sentence ("... It was signed by X"),
            # a count of the things asked ('217 trucks of relief items' is none of blankets)
        if ask == WHEN and answering and verb is not None and verb.search(sentence):
            if not _dated_act(sentence, verb):
                share *= OTHER_ACT_DATED  # 'born in captivity in Kerun, died on Tuesday'
            elif share >= 0.5 * ANSWER_BONUS:
                # (of a sentence holding half the question's weight: the verb alone is no subject)
                share *= DATED_ACT_BONUS
        if worth and answering and _framed(sentence, worth):
            share *= ROLE_PHRASE_BONUS  # the figure as what the question asks its size by
            # ('exports worth about $9 million' for 'How much are ... exports worth?')
        if phrase is not None and phrase.search(sentence) or \
                role_of is not None and role_of.search(sentence):
            # (or the role with the body it belongs to: 'President of the Institute of …')
            share *= ROLE_PHRASE_BONUS
        elif apposed is not None and answering and apposed.search(sentence):
            share *= APPOSED_BONUS
        elif answering and done_by is not None and done_by.search(sentence) and \
                not (clash is not None and clash(sentence)):
            # 'Who signed ...?': '... was signed at KPT on Thursday by <the signatories>', not
            # of another's act ('The Uzbek delegation was led by ...' for the Kazakh one's)
            share *= DONE_BY_BONUS
        elif answering and did_it is not None and did_it.search(sentence) and \
                person_names(sentence, qwords) and not (clash is not None and clash(sentence)):
            share *= DONE_BY_BONUS  # the doer named before the act: '..., Rama Rao, inaugurated'
        elif answering and body_act is not None and body_did(sentence, body_act) and \
                not (clash is not None and clash(sentence)):
            share *= DONE_BY_BONUS  # a body as the doer: 'The ... Board on Thursday ordered'
        best = max(best, share)
        # line 1 starts at the sentence saying the question's verb, of two that hold its words
        # alike ('On the BSE the stock opened at Rs 867.20' for 'At what price did the shares
        # open on the BSE?', not 'It later climbed to Rs 920 on the BSE')
        # (that holds the passage's rarest query word, as another sentence may: 'Cocoa was the
        # steepest of all, up 35.9%' for cocoa prices, not 'green tea rose by 0.3%')
        pick = share * (VERB_SENTENCE if verb is not None and verb.search(sentence) and (
            rarest_held is None or rarest_held in here or rarest_held in in_title) else 1.0)
        if pick > best_pick + 1e-9:
            best_pick, best_start = pick, start
    best = max(best, 0.0)
    return 0.3 + 0.7 * best, best_start, True


# the endings of a noun of an act in -tion or -sion and of its verb, which the stemmer stems
# apart ('consumption', 'consume'; 'description', 'describe'; 'decision', 'decide')
_NOUN_VERB_ENDINGS = (("umption", "ume"), ("eption", "eive"), ("ription", "ribe"),
                      ("ention", "ain"), ("ension", "end"), ("ansion", "and"), ("ision", "ide"),
                      ("usion", "ude"), ("osion", "ode"), ("asion", "ade"), ("ission", "it"),
                      ("uction", "uce"))


def _uzbek_latin(word: str) -> str | None:
    """A name in Uzbek Latin spelling as Russian romanises it ('toshkent' -> 'tashkent',
    'farghona' -> 'farghana', 'buxoro' -> 'bukhara', 'xonqa' -> 'khonqa'), or None for a word
    with no 'o' or 'x'."""
    if "o" not in word and "x" not in word:
        return None
    return word.replace("o", "a").replace("x", "kh")


def _verb_of_noun(noun: str) -> str | None:
    """The verb of a noun of an act in -tion or -sion ('consumption' -> 'consume', 'decisions'
    -> 'decide') or of one it is done to in -ee ('employees' -> 'employ'), when the lexicon
    knows it as a verb; else None."""
    from kzpk.question import parts_of_speech

    word = noun[:-1] if noun.endswith(("tions", "sions", "ees")) else noun
    if word.endswith("ee") and len(word) > 5:
        # the one an act is done to ('employees' -> 'employ', 'retirees' -> 'retire')
        return next((verb for verb in (word[:-2], word[:-1])
                     if "verb" in parts_of_speech(verb)), None)
    for ending, verb_ending in _NOUN_VERB_ENDINGS:
        if word.endswith(ending):
            verb = word[:-len(ending)] + verb_ending
            return verb if "verb" in parts_of_speech(verb) else None
    return None


# the endings of a town's name its short form leaves off ('Petropavl' for 'Petropavlovsk')
_PLACE_ENDINGS = frozenset("ovsk evsk insk sk ovo abad pur grad gorod kent".split())
# where one clause of a sentence ends and another begins: a comma or a conjunction before a
# word in small letters (', died on Tuesday', ' and in 1992 ...'), not inside a list of names
# ('the leaders of Kazakhstan, Kyrgyzstan and Uzbekistan') or a date ('Wednesday, 13 November')
_CLAUSE_BREAK = r"[;:()]|(?:,|\s(?:and|but|while|who|which|whose))\s+(?=[a-z])"


def _dated_act(sentence: str, verb: re.Pattern) -> bool:
    """Whether a sentence says the act a "when" question asks about with a date in the same
    clause ('The cub ... was born on 30 April 2022 by caesarean section' for 'When was Pirouz
    born?'), not only a date of another act beside it ('Pirouz, ... born in captivity in Iran,
    died on Tuesday')."""
    from kzpk.dates import mentions_date

    for m in verb.finditer(sentence):
        # the clause: from the last break before the verb to the first after it
        head = re.split(_CLAUSE_BREAK, sentence[:m.start()])[-1]
        tail = re.split(_CLAUSE_BREAK, sentence[m.end():])[0]
        if mentions_date(f"{head} {tail}"):
            return True
    return False


_YEAR = r"\b(?:19|20)\d\d\b"  # this and _RELATIVE_YEAR: compiled by `re` when a query names a year


_RELATIVE_YEAR = r"\b(?:(last|previous|past)|(this|current)|(next|coming)) year\b"
# (and a month so said, 'last October', 'next May')
_RELATIVE_MONTH = (r"\b(?:(last|past)|(this)|(next|coming))\s+(january|february|march|april|may|"
                   r"june|july|august|september|october|november|december)\b")
# words that set a figure against another ('up from', 'compared with', 'against')
_COMPARED = (r"\b(?:(?:up|down)\s+from|than|against|compared\s+(?:with|to)|versus|"
             # ('up 4.67 per cent on January 2025')
             r"(?:up|down)\s+[\d.,]+\s*(?:per\s*cent|percent|%)\s+on)(?!\w)")
# (and with a year of its own soon after, no other figure between: 'than in the same month of
# 2025', 'compared with 2024'; or the year a figure is measured since, 'a figure not seen in the
# 15 years since 1991', not a span's first year, 'since 2019-20')
_COMPARED_YEAR = (rf"(?:{_COMPARED}[^.;:,\d]{{0,40}}|\bsince\s+)\b((?:19|20)\d\d)\b"
                  r"(?!\s*[-–]\s*\d)")


def _year_of(sentence: str, doc_year: str | None, doc_month: int = 0) -> str | None:
    """The year a sentence that states none speaks of: its document's (a news item of 2024
    telling of 'the latest situation' tells of 2024), the one before for 'last year', the one
    after for 'next year' (and the year 'last October' or 'next May' is, by the item's month,
    `doc_month`); None when it states a year or its document has no date."""
    if not doc_year or re.search(_YEAR, sentence):
        return None
    return _relative_year(sentence, doc_year, doc_month) or doc_year


def _relative_year(sentence: str, doc_year: str | None, doc_month: int = 0) -> str | None:
    """The year a sentence's 'last year', 'this year' or 'next year' is, counted from its
    document's; None when it says none, or says it of a figure another is measured against.
    With the document's month, 'last October' too: the year before in an item of October or
    an earlier month, the item's own in one of November ('next May': the year after in an item
    of May or later)."""
    m = re.search(_RELATIVE_YEAR, sentence, re.I) if doc_year else None
    if m and re.search(_COMPARED + r"[^.;:]*$", sentence[:m.start()], re.I):
        m = None  # '... 991,000 tons in July–September, up from 596,000 tons in the first
        # quarter of last year': last year's figure is what this year's is measured against
    if m:
        return str(int(doc_year) + (-1 if m.group(1) else 1 if m.group(3) else 0))
    m = re.search(_RELATIVE_MONTH, sentence, re.I) if doc_year and doc_month else None
    if not m or re.search(_COMPARED + r"[^.;:]*$", sentence[:m.start()], re.I):
        return None
    from kzpk.dates import MONTH_NAMES

    month = MONTH_NAMES.index(m.group(4).lower()) + 1
    if m.group(1) and month >= doc_month:  # 'last October' said in October or before it
        return str(int(doc_year) - 1)
    if m.group(3) and month <= doc_month:  # 'next May' said in May or after it
        return str(int(doc_year) + 1)
    return doc_year


# a span of years ('2025–2027', '2021-22', '2019 to 2021'): it speaks of every year in it
_YEAR_SPAN = r"\b((?:19|20)\d\d)\s*(?:-|–|—|to|until|till|through)\s*((?:19|20)?\d\d)\b"


def _stated_years(text: str) -> set[str]:
    """The years a text states, a span of years standing for each year in it."""
    stated = set(re.findall(_YEAR, text))
    if len(stated) > 1 or "-" in text or "–" in text:
        for m in re.finditer(_YEAR_SPAN, text):
            first, last = int(m.group(1)), m.group(2)
            end = int(last) if len(last) == 4 else int(m.group(1)[:2] + last)
            if first < end <= first + 30:
                stated |= {str(y) for y in range(first, end + 1)}
    return stated


def _other_year(date_year: str | None, text: str, years: set[str],
                implied: str | None = None) -> bool:
    """Whether a text is of another year than those a query asks about: by its date, or, when
    it has none, by the years it states (none of them asked), or, when it states none, by the
    year it speaks of (`implied`, from `_year_of`)."""
    if date_year:
        return date_year not in years and not _named_year(text, years)
    stated = _stated_years(text)
    if stated:
        return not stated & years and implied not in years
    return bool(implied) and implied not in years


# words before a year that date something rather than name it ('June 2017', 'Since 2017')
# words before a year that make it a date, not a name ('Spring 2017', 'Fiscal 2017'); months
# are dates.month_number's
_DATE_WORDS = frozenset("""since until till during before after around circa early late mid
spring summer autumn winter fall year fiscal""".split())


def _named_year(text: str, years: set[str]) -> bool:
    """Whether a text writes a year asked about as part of a thing's name ('EXPO-2017', 'Vision
    2030'): a record of another year's act ('Pakistan backs Astana's bid to host EXPO-2017',
    2012) speaks of that thing, which a question names by its year ('the 2017 world's fair')."""
    from kzpk.dates import month_number
    from kzpk.question import FUNCTION_WORDS

    for m in re.finditer(rf"\b([A-Z][A-Za-z]{{2,}})[- ]?({'|'.join(sorted(years))})\b", text):
        word = m.group(1).lower()
        if word not in _DATE_WORDS and word not in FUNCTION_WORDS and not month_number(word):
            return True
    return False


# a sentence whose subject is all that the sentence before it says ('This has always ...')
_THIS_CLAUSE = (r"(?:This|That|These|It)\s+(?:has|have|had|is|are|was|were|will|would|can|"
                r"could|may|might|also|further|only|always|often)\b")  # compiled on first use
# a sentence that goes on about someone or something the sentence before it named; or that
# opens on someone's words and then says who only as 'he said' ('"These days ... are opening
# in Islamabad," he said'), or on someone by their age ('The 21-year-old, standing in for ...'):
# who spoke, the sentence or paragraph before names
# (someone by their age: 'The 21-year-old')
_AGED = r"The \d+-year-old\b"
_ANAPHOR = re.compile(r"(?:He|She|It|They|His|Her|Its|Their|This|These|Both|The (?:[a-z]+(?:['’]s)?))\b"
                      rf"|{_AGED}"
                      r"|[\"“][^\"“”]{3,}[\"”],?\s+(?:he|she|they)\s")
# a sentence opening on a new thing by its noun alone, as one already named ('The new plant is
# ...'; 'The garden', 'The report' may be any of the item's)
_DEFINITE = re.compile(r"The\s+new\s+([a-z]{3,})\b")
# a sentence opening on someone it does not name ('He', 'Their host', 'The envoy')
_PERSON_ANAPHOR = re.compile(rf"(?:He|She|They|His|Her|Their|Both|The [a-z]+)\b|{_AGED}")


def _held_in(text: str, spans: list[tuple[int, int]], matchers) -> list[list]:
    """For each sentence span of `text`, the (regex, idf) matchers found in it, in matcher order.

    One search of the whole text per matcher instead of one per sentence. A matcher is a word
    prefix after a word boundary, and a sentence starts after a space or an end mark, so a
    match starting inside a span is exactly a match of the span on its own."""
    from bisect import bisect_right

    starts = [s for s, _ in spans]
    held: list[list] = [[] for _ in spans]
    for matcher in matchers:
        last = -1
        for m in matcher[0].finditer(text):
            i = bisect_right(starts, m.start()) - 1
            if i > last and m.start() < spans[i][1]:
                held[i].append(matcher)
                last = i
    return held


def _particulars_asked(doc: _Doc, matchers, qwords: set[str]) -> bool:
    """Whether a keyword query names this person and asks only their particulars: their post,
    ministry, university or think tank ('Jam Kamal Khan ministry', 'Usama Nizamani think
    tank'), words the record's roles answer whether or not they say them, and nothing else. A
    query naming a subject of its own beside the person ('Zarmina Baloch mutual trust', 'What
    role for Pakistan did Zaigham highlight?') is about what they said: not this."""
    from kzpk.question import particulars

    asked = particulars(qwords)
    if not asked:
        return False
    r = doc.record
    names = [n for n in (r.get("name"), *(r.get("aliases") or [])) if n]
    if not any(_named(n, matchers) for n in names):
        return False
    held = " ".join(names)
    return all(any(rx.match(w) for w in asked) or rx.search(held) for rx, _ in matchers)


# units of what is measured, not counted: money, shares, weights, lengths, power
_MEASURE_UNITS = frozenset("""usd dollar eur euro pkr rs rupee kzt tenge percent kg kilogram ton tonne
km kilometre kilometer mile mw megawatt kw kilowatt gw gigawatt""".split())


def _count_fit(unit: str, things: frozenset[str], record: dict | None = None,
               qwords=(), measured: bool = True) -> float:
    """How a record's figure answers "how many <things>": a count of those things
    (COUNTED_BONUS), of a time ('3 months' for 'How many visitors') at COUNTED_TIME, else as is.
    A figure its record writes only as an ordinal ('the 30th anniversary') counts nothing but
    the years or times before it: at COUNTED_TIME too, unless those are asked. So does a count
    of another thing the question names ('8 institutes' for 'How many core tasks does the
    institute have?': the institute is whose tasks are counted), and, for 'How many …?' (not
    `measured`, as 'crop size' may be), a sum, a share or a weight ('5,000 kg')."""
    from kzpk.question import DURATION_UNITS, singular

    words = {singular(w) for w in re.findall(r"[a-z]+", unit.lower())}
    if record is not None and _selected(record):
        return COUNTED_TIME  # ('the five most important documents': some of them, chosen)
    if words & things:
        return COUNTED_BONUS
    if words & {singular(w) for w in qwords}:
        return COUNTED_TIME
    if words & DURATION_UNITS and not things & DURATION_UNITS:
        return COUNTED_TIME
    if not measured and words & _MEASURE_UNITS and not things & _MEASURE_UNITS:
        return COUNTED_TIME  # a sum or a weight ('5,000 kg') counts no 'agreements'
    if record is not None and not things & DURATION_UNITS and _ordinal_only(record):
        return COUNTED_TIME

    return 1.0


def _ordinal_only(record: dict) -> bool:
    """Whether a fact's words give its figure only as an ordinal ('30th', not '30')."""
    value = record.get("value")
    if not isinstance(value, int) or isinstance(value, bool):
        return False
    said = " ".join(str(s.get("quote") or "") for s in record.get("sources") or [])
    said = f"{record.get('statement') or ''} {said}"
    return bool(re.search(rf"\b{value}(?:st|nd|rd|th)\b", said)) and not re.search(
        rf"\b{value}\b", said)


def _selected(record: dict) -> bool:
    """Whether a fact's words give its figure as a count of the most or the -est of some
    things ('the five most important documents', 'the 3 largest banks'; question.selects)."""
    from kzpk.question import selects
    from kzpk.text import number_name

    value = record.get("value")
    if not isinstance(value, int) or isinstance(value, bool):
        return False
    said = " ".join(str(s.get("quote") or "") for s in record.get("sources") or ()
                    if isinstance(s, dict))
    said = f"{record.get('statement') or ''} {said}"
    word = number_name(value) if 0 <= value <= 20 else None  # 'zero' to 'twenty'
    for figure in {str(value)} | ({word} if word else set()):
        for m in re.finditer(rf"\b{re.escape(figure)}\s+([a-z]+)", said, re.I):
            if selects(m.group(1)):
                return True
    return False


def _states_date(record: dict) -> bool:
    """Whether a record's statement, its own quote or one of its sources' quotes states a
    date."""
    from kzpk.dates import mentions_date

    return mentions_date(record.get("statement") or "") or \
        mentions_date(record.get("quote") or "") or any(
        mentions_date(s.get("quote") or "") for s in record.get("sources") or ()
        if isinstance(s, dict))


def _spans_time(record: dict) -> bool:
    """Whether a fact's figure is a span of time ('12 years', '3 decades'), not a date's."""
    from kzpk.question import DURATION_UNITS, singular

    unit = (record.get("unit") or "").lower()
    return record.get("value") is not None and unit.isalpha() and singular(unit) in DURATION_UNITS


def _named(name: str, matchers) -> bool:
    """Whether the query says most of a name ('IPRI', 'Nawaz Sharif'), not just one of its
    words ('trade' is not 'Trade development authority')."""
    words = [w for w in _WORD.findall(name) if w.lower() not in STOP]
    held = sum(1 for w in words if any(rx.match(w) for rx, _ in matchers))
    return bool(words) and held * 2 > len(words)


def _figure(record: dict) -> str:
    from kzpk.text import figure

    return figure(record.get("value"), record.get("unit"))


def answer_text(doc: _Doc, ask: str | None, start: int, pattern: re.Pattern | None) -> str:
    """A hit's text with its answer first: a fact's figure and verbatim quote before the
    paraphrase, an event's date and title and then its verbatim quote before the paraphrase, a
    person's role, a passage's answering sentence."""
    from kzpk.question import WHO
    from kzpk.text import quoted

    r = doc.record
    if doc.kind == "fact":
        quote = _quote_asked(r, pattern, ask)
        quote = quoted(quote) if quote else ""
        # 'X said: ' when the text credits the statement so (kzpk.text.attributed); a statement
        # that names its speaker has no such prefix, and the ': ' of its ' Source: ' is none
        said = re.match(r"[^:]+? said: ", doc.text) if r.get("speaker") else None
        speaker = said.group() if said else ""
        figure = _figure(r)
        parts = [p for p in (figure, speaker + quote if quote else "", r.get("statement")) if p]
        return " — ".join(parts)
    if doc.kind == "entity" and ask == WHO and "Roles: " in doc.text:
        roles = [x.strip() for x in doc.text.split("Roles: ", 1)[1].rstrip(".").split("; ")]
        if pattern is not None:
            roles.sort(key=lambda x: -len(pattern.findall(x)))
        # (a role said again in other punctuation, 'Chief Researcher of the Eurasian Studies
        # Program ...' and 'Chief Researcher, Eurasian Studies Program ...', once: the line
        # reaches the quote sooner)
        once: dict[tuple[str, ...], str] = {}
        for role in roles:
            key = tuple(w for w in re.findall(r"\w+", role.lower())
                        if w not in ("of", "the", "and", "at", "in"))
            once.setdefault(key, role)
        roles = list(once.values())
        # then the role told first in its own words, the quote that holds it ('... Chairman,
        # Board of Governors, ISSI ... “Ambassador Khalid Mahmood, Chairman, Board of Governors,
        # ISSI, in his welcome remarks”')
        said = next((x.get("quote") for x in r.get("roles") or () if isinstance(x, dict) and
                     x.get("title") and x.get("quote") and roles[0].startswith(x["title"])), None)
        said = f" {quoted(said)}" if said else ""
        return f"{r.get('name', '')} — {'; '.join(roles)}.{said} {doc.text}"
    if doc.kind == "entity" and r.get("roles"):
        # a person or a body with roles in its own words, the quote that names it, right after
        # its name ('Yevgeny Sysoyev (person). “Yevgeny Sysoyev (Russia)”'): the line says the
        # source's words as a fact's and an event's do
        said = _quote_asked(r, pattern)
        head = re.match(r".+? \([a-z]+\)\. ", doc.text)
        if said and head and said not in doc.text:
            return f"{head.group()}{quoted(said)} — {doc.text[head.end():]}"
    if doc.kind == "passage":
        return doc.text[start:]
    if doc.kind == "event" and ask == WHO and pattern is not None and len(doc.text) > SNIPPET:
        return _who_in_event(doc.text, pattern)
    if doc.kind == "event" and " Source: " in doc.text and r.get("status") != "extracted":
        # a curated event's verbatim quote, the one holding most of the question's words,
        # right after its date and title and before the summary that paraphrases it ('...
        # relations of equal and constructive cooperation' where the summary says 'cooperative
        # relations'); an extracted event's summary is its sentence already
        main = doc.text.partition(" Source: ")[0]
        title = (r.get("title") or "").removesuffix("…").rstrip(" .")
        at = main.find(title) if title else -1
        if at >= 0:
            cut = at + len(title) + 1
            return f"{main[:cut]} {quoted(_quote_asked(r, pattern))} — {main[cut:].strip()}"
    return doc.text


def _quote_asked(record: dict, pattern: re.Pattern | None, ask: str | None = None) -> str:
    """The quote a fact's line shows: its first, the one its record gives first, unless another
    of its quotes holds at least two more of the question's words of English ('They are
    cooperating in military training, particularly in peacekeeping ...' over 'Military
    cooperation is one of the relatively new fields ...' for 'In which areas of military
    training ...?'). The speaker's names are not counted: a quote that only names the speaker
    ('... the welcome remarks by H.E Yerzhan Kistafin') says nothing of what is asked."""
    quotes = [c["quote"] for c in record.get("sources") or ()
              if isinstance(c, dict) and c.get("quote")] or [record.get("quote") or ""]
    if len(quotes) > 1 and ask is not None:
        from kzpk.question import answers

        # the quote giving the kind of answer asked, when the first gives none ('... although
        # this figure may take several years to achieve' for 'How long might it take ...?')
        if not answers(ask, quotes[0], set()):
            quotes.sort(key=lambda q: not answers(ask, q, set()))
    if pattern is None or len(quotes) < 2:
        return quotes[0]

    # (but the words of a name of several words the record is about are: 'the Belt and Road
    # Initiative (BRI) is also very significant ...' for 'What did Asylkhan say about the Belt
    # and Road Initiative?'; not the speaker's, nor a country's, a name of one word)
    subjects = record.get("subject") or []
    named = {w for sid in (subjects if isinstance(subjects, list) else [subjects])
             if isinstance(sid, str) and "-" in sid for w in sid.split("-") if len(w) > 2}
    speaker = set(str(record.get("speaker") or "").lower().split("-")) - {""}
    named -= speaker

    def asked(quote: str) -> int:
        if speaker and speaker <= {w.lower() for w in re.findall(r"[\w'’-]+", quote)}:
            return -1  # the quote naming its speaker, with a title ('Dr. Yasar Ayaz, Chairman,
            # National Center of Artificial Intelligence (NCAI), Pakistan'), says who spoke
        return len({m.lower() for m in pattern.findall(quote)
                    if not m[:1].isupper() or m.lower() in named})

    best = max(quotes, key=asked)
    return best if asked(best) >= asked(quotes[0]) + 2 else quotes[0]


def _who_in_event(text: str, pattern: re.Pattern) -> str:
    """An event's text for a "who" question: its date and title, then, when a sentence of its
    summary holds more of the question's words than the line's first window would show, that
    sentence ('… It opened with Yerzhan Kistafin's welcome remarks, …'), or in a long one the
    clause where those words begin ('… signed for their institutions by PIPS executive director
    Muhammad Anwar'): an event lists who took part, and the one the question asks for stands
    beside its words."""
    from kzpk.question import sentences

    spans = sentences(text)
    if len(spans) < 2:
        return text
    cut = SNIPPET * 3 // 4  # what the line's first window shows of a sentence before this
    unseen = [len(set(m.lower() for m in pattern.findall(text, max(a, cut), b))) if b > cut
              else 0 for a, b in spans]
    best = max(range(1, len(spans)), key=lambda i: (unseen[i], -i))
    shown = len(set(m.lower() for m in pattern.findall(text[spans[1][0]:SNIPPET])))
    a, b = spans[best]
    first = pattern.search(text, max(a, cut), b)
    if unseen[best] <= shown or first is None:
        return text
    start = a
    if first.start() - a > SNIPPET // 2:  # a long sentence: from the clause the words open
        start = max(text.rfind(", ", a, first.start()), text.rfind("; ", a, first.start())) + 2
        start = a if start < a + 2 else start
    return text[:spans[0][1]].rstrip() + " … " + text[start:]


def _near(items: dict[str, dict[int, set]], passage_id: str, wanted, matchers) -> list:
    """The query's words (as `matchers` entries) that a passage's item names in its first
    paragraph, when that paragraph is among the hits. A news item names its subject once, in
    its first paragraph, and the paragraph that answers goes on about it ('the forum ... now
    has 27 member states' a paragraph after 'the Conference on Interaction and
    Confidence-Building Measures in Asia (CICA)'). (Not the paragraph just before: in a long
    text that is as often another subject as the same.)"""
    doc, _, n = passage_id.rpartition("#p")
    lead = items.get(doc, {}).get(1)
    if not lead or n == "1":
        return []
    return [match for (forms, _), match in zip(wanted, matchers) if forms & lead]


def _coverage(hit, wanted: list[tuple[set[str], float]], found: dict,
              titled: bool = True, before: str = "", matchers=(), near=()) -> float:
    """How much of the query a hit holds anywhere, rare words counting more. BM25 alone lets a
    short record that repeats one common word beat a passage holding every word asked for.
    (answer_fit then asks whether one sentence of it answers.) A passage that goes on about
    whom the paragraphs before it name ('The envoy presented ...') holds their words at half
    weight (`before`, with the query's `matchers`, one for each word wanted)."""
    if not wanted:
        return 1.0
    matched, in_title = found[hit.docnum]
    date = hit["date"] or ""
    year = date[:4]
    if year and any(year in forms for forms, _ in wanted):
        matched = matched | {year}  # a text dated in the year asked holds that year
    if date[4:5] == "-" and date[5:7].isdigit() and 1 <= int(date[5:7]) <= 12:
        # and in the month asked ('... met in August 2024' of an item dated 1 August 2024
        # whose text says 'on Thursday'), as the stem of the month's name
        month = _MONTHS[int(date[5:7]) - 1]
        matched = matched | {f for forms, _ in wanted for f in forms
                             if len(f) >= 3 and month.startswith(f)}
    total = sum(idf for _, idf in wanted) or 1.0
    share = sum(idf for forms, idf in wanted if forms & matched) / total
    if before or near:
        share += 0.5 * sum(idf for (forms, idf), match in zip(wanted, matchers)
                           if not forms & matched and (match in near or before and
                                                       match[0].search(before))) / total
    title_share = sum(idf for forms, idf in wanted if forms & in_title) / total if titled else 0.0
    # a title or name that holds the whole question is the surest sign of the answer
    return (0.35 + 0.65 * share) * (1.0 + 0.5 * title_share)


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")


def _other_title(name: str, post: str) -> bool:
    """Whether a name is written after a title that is not the post asked ('General Kidwai' for
    a foreign secretary)."""
    from kzpk.question import TITLE_HEADS

    titles = {t.lower() for t in name.split()[:-1]} & TITLE_HEADS
    return bool(titles) and post.lower() not in titles


def _post_said(said: str, roles) -> str:
    """A post as a text says it, in the words of the post a question asks ('the Taliban
    administration's acting commerce minister' -> 'acting commerce minister')."""
    return " ".join(w for w in re.findall(r"[^\W\d_]+", said.lower()) if w in roles)


# a decade in words, as the documents write it in figures ('the mid-nineties': 'the mid-1990s')
_DECADES = {"fifties": "1950s", "sixties": "1960s", "seventies": "1970s", "eighties": "1980s",
            "nineties": "1990s"}


def _function_slip(word: str, opens: bool = False, leads: bool = False) -> str | None:
    """The function word a lower-case word no document holds is a slip of ('wich', 'wher',
    'whcih'): one letter put in, left out, changed or two swapped; never an English word of its
    own ('wheat' is no 'what') nor a word of three letters ('eas' is no 'was') but by two letters
    swapped ('teh' -> 'the') or the one a question opens with (`opens`), of a question word ('Wat
    priority areas ...?' -> 'What'), or, before the question word (`leads`), of a preposition
    of four letters left out ('Ovr what period ...?' -> 'Over', 'Frm which ...' -> 'From').
    Of two that close, the one a letter put in or left out, or two swapped, make ('wich' is
    'which' before 'with'), and of those a letter left out before one put in ('wher' is 'where',
    not 'her')."""
    from kzpk.question import (_QUESTION_WORDS, FUNCTION_WORDS, edit_distance, is_english,
                               letter_change)

    if leads and word.islower() and len(word) == 3 and not is_english(word):
        lead = next((f for f in sorted(FUNCTION_WORDS | _PREPOSITIONS) if len(f) == 4 and
                     edit_distance(word, f, 1) == 1), None)
        if lead:
            return lead
    short = opens and len(word) == 3
    if word.islower() and len(word) == 3 and not short and not is_english(word):
        # (of three letters, two swapped: 'teh' is 'the', 'adn' 'and')
        return next((f for f in sorted(FUNCTION_WORDS) if len(f) == 3 and
                     letter_change(word, f) == "swap"), None)
    if not word.islower() or len(word) < 4 and not short or is_english(word):
        return None
    close = [f for f in sorted(_QUESTION_WORDS if short else STOP | FUNCTION_WORDS)
             if len(f) >= 3 and abs(len(f) - len(word)) <= 1 and edit_distance(word, f, 1) == 1]
    if not close:
        return None
    return min(close, key=lambda f: (len(f) == len(word) and letter_change(word, f) != "swap",
                                     len(f) < len(word), f))


def word_pattern(stems: set[str]) -> re.Pattern | None:
    """Words that begin with a query stem. Stems are prefixes of their words nearly always, and
    a regex finds them far faster than running the stemming analyzer over every hit."""
    if not stems:
        return None
    alternatives = "|".join(sorted((re.escape(s) for s in stems), key=longest_first))
    return re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)


def verb_pattern(stems: set[str]) -> re.Pattern | None:
    """The forms of a verb from its stems ('play', 'plays', 'played', 'playing', 'stopped'), not
    the nouns that begin with it ('players' is no form of 'play')."""
    if not stems:
        return None
    alternatives = "|".join(sorted((re.escape(s) for s in stems), key=longest_first))
    return re.compile(rf"\b(?:{alternatives})(?:s|es|d|ed|ing|[a-z](?:ed|ing))?\b", re.IGNORECASE)


def _kind_word(kind: str) -> str:
    """The word for a kind of thing as a pattern, its first letter in either case ('court' in
    'the court' and 'The Oktyabr District Court')."""
    return rf"[{kind[0].upper()}{kind[0]}]{re.escape(kind[1:])}"


def _named_kind(kind: str) -> re.Pattern:
    """A thing of the kind a question asks for ('Which court ...?') named in a text, its name in
    the one group that matched: before the word ('the Oktyabr District Court'; a number may lead
    the name, 'at the 255 Combined Arms Range'; a sentence may open with it, 'The Oktyabr District
    Court handed down the ruling') or after it, as an apposition ('the Pakistani textile firm
    Tabani Group') or, in small letters, with 'of' ('the republic of Khakassia', where 'the
    University of Engineering and Technology' is the name of the university a question may call
    UET)."""
    said = _kind_word(kind)
    return re.compile(rf"(?:\b[a-z]+|\bThe)\s+((?:\d+\s+)?(?:[A-Z][\w'’-]*\s+)+){said}(?:s|es)?\b"
                      rf"(?!\s+[A-Z]|-)"
                      rf"|\b{said}\s+((?:[A-Z][\w'’-]*\s?)+)"
                      rf"|\b{re.escape(kind.lower())}\s+of\s+((?:[A-Z][\w'’-]*\s?)+)")


def make_snippet(text: str, words: re.Pattern | None, width: int = SNIPPET, anchor: int = 0,
                 rarity=(), answer: re.Pattern | None = None, named: bool = False):
    """A window of `text` and where the matched words are in it. Without `rarity` the window
    starts at the text's start when the first matched words fit in it (a record's answer, put
    first, stays first), else it is the window with the most matched words. With `rarity`
    (word_matchers' (regex, idf) pairs, for a passage) it is the text's start when the window
    there holds as much of the query as any, else the tightest run of matches holding the most
    of the query's words, each counted once and weighed by its rarity: in a long list of
    guests, the entry naming the query's rare word, not a run of its common ones. A lead that
    does not start the original text (anchor=1) is marked with an ellipsis. `answer`: the
    pattern of the kind of answer asked (kzpk.question.answer_pattern); a window that would end
    in a sentence whose rest holds one ('… wants to lift that figure' / 'to $15bn') moves on to
    end after it."""
    found = list(words.finditer(text)) if words else []
    matches = [m.span() for m in found]
    if len(text) <= width:
        return ("…" if anchor else "") + text, [(s + anchor, e + anchor) for s, e in matches]
    best_start, best_count = 0, -1
    if rarity and matches and not (answer is not None and _answers_first(text, answer)) and \
            not (named and _names_first(text, words)):
        best_start, best_count = _rarest_window(found, rarity, width)
    elif not matches or matches[0][1] <= width * 3 // 4:
        best_start, best_count = 0, 0
    else:
        for i, (start, _) in enumerate(matches):
            count = sum(1 for s, e in matches[i:] if e - start <= width)
            if count > best_count:
                best_start, best_count = start, count
    start = max(0, best_start - width // 4) if best_start else 0
    # begin and end at word boundaries
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < best_start else start
        start = _name_start(text, start, start - width // 5)
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
        end = _name_end(text, end, end + width // 5)
        end = _list_end(text, end, end + width // 5)
        end = _sentence_end(text, end, end + width // 4)
        if answer is not None:
            start, end = _through_answer(text, start, end, width, answer)
    snippet = text[start:end].strip()
    prefix = "…" if start > 0 or anchor else ""
    suffix = "…" if end < len(text) else ""
    offset = start - len(prefix) + (len(text[start:end]) - len(text[start:end].lstrip()))
    spans = [(s - offset, e - offset) for s, e in matches if s >= start and e <= end]
    return prefix + snippet + suffix, spans


def _digraph_otherwise(word: str, name: str) -> bool:
    """Whether two names differ by one vowel inside them beside another ('Ghouri', 'Ghori';
    'Yousaf', 'Yusaf'), as romanisations of one name do; not a vowel at either end ('Ali',
    'Alia'), nor in a name shorter than four letters."""
    a, b = word.lower(), name.lower()
    if len(a) < len(b):
        a, b = b, a
    if len(a) != len(b) + 1 or len(b) < 4:
        return False
    for i in range(1, len(a) - 1):
        if a[:i] + a[i + 1:] == b:
            return a[i] in "aeiou" and (a[i - 1] in "aeiou" or a[i + 1] in "aeiou")
    return False


def _vowel_slip(word: str, english: str) -> bool:
    """Whether a word in small letters is an English word with a vowel heard otherwise or one
    inside it left out ('yeer' for 'year', 'gest' for 'guest'): a slip, whatever its length. Not
    one with its last letter left out ('carg' may be more than 'cargo'), nor a letter changed for
    a consonant ('form' for 'from')."""
    from kzpk.question import letter_change

    return letter_change(word, english) == "vowel" and (
        len(english) == len(word) or len(english) == len(word) + 1 and not english.startswith(word))


def _opens_with(text: str, names: list[str]) -> bool:
    """Whether a paragraph opens with the first of the full names it holds ('Dr. Zarmina Baloch,
    Assistant Professor, ... discussed ...')."""
    return bool(names) and 0 <= text.find(names[0]) <= 12


def _opened_by(text: str, shown: str, pattern: re.Pattern | None) -> str:
    """For a "who" line cut to fit past the start of its paragraph: the person the paragraph
    opens with, said before the line, when the part shown names no one ('… Thus, cultural
    diplomacy and people-to-people contacts must be enhanced.'); '' otherwise."""
    from kzpk.question import person_names

    at = text.find(shown[:60])
    if at <= 0:
        return ""
    asked = {w.lower() for w in pattern.findall(text)} if pattern is not None else set()
    names = [n for n in person_names(text[:at], asked) if len(n.split()) > 1]
    if not _opens_with(text, names) or person_names(shown, asked):
        return ""
    return f"{names[0]} (named earlier in the paragraph): "


def _names_first(text: str, words: re.Pattern | None) -> bool:
    """For a "who" question answered by a paragraph's first sentence: whether that sentence
    says someone did the act by name, with a word of the question ('The panel was convened by
    Nabeel Javed, ...'): the line then starts there, not at a later run of the question's
    words."""
    first = text[:_first_end(text)]
    return words is not None and words.search(first) is not None and re.search(
        r"\bby\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+", first) is not None


def _answers_first(text: str, answer: re.Pattern) -> bool:
    """Whether the first sentence of a text holds the kind of answer asked: a line showing a
    paragraph from its answering sentence then starts there."""
    return answer.search(text, 0, _first_end(text)) is not None


def _first_end(text: str) -> int:
    """Where a text's first sentence ends (its stop, or the text's end)."""
    stop = re.search(r"[.!?](?=[\"'”’)]*\s|$)", text)
    return stop.start() if stop else len(text)


def _through_answer(text: str, start: int, end: int, width: int,
                    answer: re.Pattern) -> tuple[int, int]:
    """(start, end) of a window cut at `end`, moved on to end after the answer the rest of its
    sentence holds (see make_snippet); unchanged when that rest holds none."""
    stop = re.search(r"[.!?](?=[\"'”’)]*\s|$)", text[end:])
    m = answer.search(text, end, end + stop.start() if stop else len(text))
    if not m:
        return start, end
    space = text.find(" ", m.end())
    new_end = len(text) if space < 0 else space
    if new_end - start <= width:
        return start, new_end
    space = text.find(" ", new_end - width)
    new_start = space + 1 if 0 <= space < m.start() else new_end - width
    if answer.search(text, start, new_start):
        return start, end  # moving on would drop an answer the window shows ('A convoy of
        # eight NLC trucks' for 'How many trucks ...?', before '... 4,600 km to Astana')
    return new_start, new_end


# the abbreviation of a title before a name, ending where a cut would fall ('… Prof.')
# (and a name's initial: 'R.' of 'R. Oshakbayev')
_TITLE_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Capt|Sen|Amb|[A-Z])\.$")


def _name_start(text: str, start: int, limit: int) -> int:
    """`start`, or back to the start of a name that a cut there would halve ('…International
    Airlines' of 'the Ukraine International Airlines Boeing'): while the word at the cut and the
    word before it both begin with a capital and no mark ends the one before, that one comes in
    too, back to `limit`."""
    while start > 1 and text[start - 1] == " " and text[start - 2] not in ".,;:!?(\"'“”‘’" and \
            text[start:start + 1].isupper():
        before = text.rfind(" ", 0, start - 1) + 1
        if before < limit or not text[before:before + 1].isupper():
            break
        start = before
    return start


def _name_end(text: str, end: int, limit: int) -> int:
    """`end`, or past the rest of a name that a cut there would halve ('Riphah International…'
    of 'Riphah International University'): while the word before and the word after the cut
    both begin with a capital and no mark ends the one before, the next word comes in too, up
    to `limit`. A title's abbreviation ('Prof.', 'Dr.') or a name's initial ('R.') ends no
    name: the name follows it ('… Women University Prof.' / 'Dr. Razia Sultana')."""
    while end < len(text) and text[end] == " " and (text[end - 1] not in ".,;:!?)\"'”’" or
                                                     _TITLE_ABBREVIATION.search(text, 0, end)):
        before = text.rfind(" ", 0, end) + 1
        after = text.find(" ", end + 1)
        after = len(text) if after < 0 else after
        if after > limit or not (text[before:before + 1].isupper()
                                 and text[end + 1:end + 2].isupper()):
            break
        end = after
    return end


def _list_end(text: str, end: int, limit: int) -> int:
    """`end`, or the end of the list a cut there would halve, when that list ends its sentence
    within `limit`: a cut after 'in commerce and investment, energy,' leaves out the rest of
    the fields named ('connectivity, security and culture.'), which a question asking 'in
    which fields ...' wants whole. Only a cut after a list's comma, and only a rest of the
    sentence made of short items joined by commas and a last 'and' or 'or'."""
    if end >= len(text) or text[end - 1:end] != ",":
        return end
    stop = re.search(r"[.!?;:](?=[\"'”’)]*\s|$)", text[end:limit + 1])
    if not stop:
        return end
    rest = text[end:end + stop.start()]
    items = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", rest.strip())
    if not re.search(r"\b(?:and|or)\b", rest) or \
            not all(0 < len(item.split()) <= 4 for item in items):
        return end
    return end + stop.end()


def _sentence_end(text: str, end: int, limit: int) -> int:
    """`end`, or the end of the sentence a cut there would halve when it ends within `limit`:
    a sentence's last words are often what it says ('... the largest economic bloc in the
    world after the European Community.', '... export potential at US$1.7 billion.')."""
    if end >= len(text) or text[end - 1:end] in ".!?":
        return end
    # (a name's initial ends no sentence: '... and Development R. Oshakbayev.')
    stop = re.search(r"(?<!\b[A-Z])[.!?](?=[\"'”’)]*(?:\s|$))", text[end:limit + 1])
    return end + stop.end() if stop else end


def _rarest_window(found: list[re.Match], rarity, width: int) -> tuple[int, tuple]:
    """(where the window to show starts, its (weight, -span)): see make_snippet."""
    keys = []  # which query word each match is, and its weight
    for m in found:
        j = next((j for j, (rx, _) in enumerate(rarity) if rx.match(m.group())), None)
        keys.append((j, rarity[j][1]) if j is not None else (m.group().lower(), 1.0))
    spans = [m.span() for m in found]
    best_start = 0
    best = (round(sum(w for _, w in {k for k, (s, e) in zip(keys, spans) if e <= width}), 6), 0)
    for i, (start, _) in enumerate(spans):
        # the window shown starts a quarter of its width before its first match
        held: set = set()
        for j in range(i, len(spans)):
            if spans[j][1] - start > width - width // 4:
                break
            held.add(keys[j])
            count = (round(sum(w for _, w in held), 6), start - spans[j][1])
            if count > best:
                best_start, best = start, count
    return best_start, best


# ------------------------------------------------------------------ views for the renderers

SEARCH_COLUMNS = ["rank", "score", "kind", "id", "date", "title", "snippet", "source"]


def _plain_hit(row: dict) -> str:
    prefix = f"{row['query']}\t" if row.get("query") is not None else ""
    if row["kind"] == "none":
        return f"{prefix}{row['snippet']}"
    snippet = row["snippet"]
    date = f" {row['date']}" if row.get("date") and not snippet.startswith(row["date"]) else ""
    # the answer first; a passage's document title after it, for context
    body = snippet if row["title"] in snippet else f"{snippet} — {row['title']}"
    links = "".join(f" · {link['line']}" for link in row.get("links") or [])
    kind = f"extracted {row['kind']}" if row.get("status") == "extracted" else row["kind"]
    return f"{prefix}{row['rank']}. [{kind}]{date} {body} ({row['id']}){links}"


class SearchView:
    name = "search"

    def __init__(self, results: list[SearchResult], batch: bool = False):
        self.results = results
        self.batch = batch
        self.columns = (["query"] if batch else []) + SEARCH_COLUMNS

    def to_dict(self) -> dict:
        if not self.batch:
            return self.results[0].to_dict()
        return {"queries": [{"query": r.query, "total": r.total, "suggestion": r.suggestion,
                             "notes": list(r.notes)} for r in self.results],
                "results": [h.to_dict() for r in self.results for h in r.hits]}

    def rows(self) -> list[dict]:
        """Every hit; in batch mode a query that found nothing has a row saying why, so that
        no query of a batch leaves no trace."""
        out = []
        for r in self.results:
            out += [h.to_dict() for h in r.hits]
            if self.batch and not r.hits:
                why = "; ".join(r.notes) or "no results"
                out.append({"rank": 0, "score": 0.0, "kind": "none", "id": "", "title": "",
                            "text": why, "snippet": f"(nothing found: {why})", "date": None,
                            "source": None, "query": r.query})
        return out

    plain_line = staticmethod(_plain_hit)

    @property
    def found(self) -> bool:
        return any(r.hits for r in self.results)
