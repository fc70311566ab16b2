"""Does every field of a record stand in one of its own quotes? Each check reports file:line.

The rule (README, Records): a date at its stated precision, each actor, place, organiser, subject
and speaker, a value and its unit, each role's title, organisation and date are found in the
record's own quotes, or a note says how the field was inferred and from where. Aliases are names
some source spells. Two events with the same date, participants and a similar title are one event.

Everything here works on folded text (case, accents, quote marks and dashes aside); names match
whole words only, so "Pakistan" is not found in "Pakistani".
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations

from kzpk.dates import missing_date_parts, note_contradicts, within
from kzpk.records import Entity, Event, Fact, Record
from kzpk.text import NUMBER_WORDS, ORDINAL_WORDS, SCALES, TIMES_WORDS, fold

# (a sum written after its currency's abbreviation, 'Rs17 billion', 'KZT400', is a number too)
_NUMBER = re.compile(r"(?:(?<![\w.])|(?<=\brs)|(?<=\brs\.)|(?<=\bpkr)|(?<=\bkzt)|(?<=\busd)|(?<=\bus\$))"
                     r"(\d+(?:,\d{3})*(?:\.\d+)?)(?:st|nd|rd|th)?(?:\s*(%|[a-z]+))?")
_WORD = re.compile(r"[a-z]+")

# Unit words and the other ways a quote writes them.
_UNIT_FORMS = {"usd": ("$", "usd", "dollar"), "kg": ("kg", "kilogram", "kilo"),
               "percent": ("%", "percent", "per cent"), "km": ("km", "kilomet"),
               "tons": ("ton",), "tonnes": ("ton",), "pkr": ("pkr", "rs", "rupee"),
               "kzt": ("kzt", "tenge", "₸"), "eur": ("eur", "€", "euro"),
               "gbp": ("gbp", "£", "pound")}
_UNIT_FILLER = {"per", "a", "an", "the", "of", "in"}
_STOP = {"the", "of", "and", "a", "an", "in", "on", "at", "for", "to", "with", "by", "from", "&",
         "between", "its", "their", "s"}


@lru_cache(maxsize=65536)  # the same quotes are looked up for each of a record's fields
def words_of(text: str) -> str:
    """' word word … ': folded words with single spaces, punctuation dropped, for name lookups."""
    return " " + " ".join(re.findall(r"\w+", fold(text))) + " "


def _has_name(words: str, name: str) -> bool:
    """Whole words in order, in a text made by words_of (a substring test: fast on a corpus)."""
    name = words_of(name)
    return name != "  " and name in words


def _has_word(text: str, word: str) -> bool:
    """A word, or for a long word its first five letters (moderator ~ moderated)."""
    if len(word) > 5:
        return re.search(rf"(?<!\w){re.escape(word[:5])}", text) is not None
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def names_of(entity: Entity) -> list[str]:
    return [entity.name, *entity.aliases, *([entity.acronym] if entity.acronym else [])]


# ------------------------------------------------------------------ numbers and units

@lru_cache(maxsize=1)
def _number_words() -> dict[str, float]:
    """The words numbers_in reads as numbers: every cardinal and 'once'..'thrice' (text.py), the
    ordinals up to 'fifteenth' and 'twentieth', 'thirtieth', and a few more."""
    return {**NUMBER_WORDS, **TIMES_WORDS, "single": 1, "both": 2, "dozen": 12,
            **{w: n for w, n in ORDINAL_WORDS.items() if n <= 15 or n in (20, 30)},
            "half": 0.5, "quarter": 0.25}


def numbers_in(text: str) -> set[float]:
    """Every number a folded text states: digits, '28 million', 'five', 'fifth', '12%'."""
    out: set[float] = set()
    for m in _NUMBER.finditer(text):
        n = float(m.group(1).replace(",", ""))
        out.add(n)
        if m.group(2) in SCALES:
            out.add(n * SCALES[m.group(2)])
    number_words = _number_words()
    words = _WORD.findall(text.replace("-", " "))
    for i, w in enumerate(words):
        if w in number_words:
            n = number_words[w]
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if n >= 20 and n % 10 == 0 and nxt in number_words and number_words[nxt] < 10:
                n += number_words[nxt]  # twenty five, twenty-five
            out.add(n)
            if nxt in SCALES:
                out.add(n * SCALES[nxt])
            if nxt == "hundred":
                out.add(n * 100)
    return out


def value_in(value: float, quotes: list[str]) -> bool:
    found = set().union(*(numbers_in(fold(q)) for q in quotes)) if quotes else set()
    return any(abs(n - value) <= 1e-9 + 1e-12 * abs(value) for n in found)


def unit_words_missing(unit: str, quotes: list[str]) -> list[str]:
    text = " ".join(fold(q) for q in quotes)
    missing = []
    for word in re.findall(r"[\w%$]+", fold(unit)):
        if word in _UNIT_FILLER:
            continue
        forms = _UNIT_FORMS.get(word, (word[:4] if len(word) > 4 else word,))
        if not any((f in text) if not f.isalnum() else
                   re.search(rf"(?<!\w){re.escape(f)}", text) for f in forms):
            missing.append(word)
    return missing


# ------------------------------------------------------------------ the checks

def _note_names(note: str | None, target: Record) -> bool:
    """A record's note explains an inferred field when it names the record or one of its names."""
    if not note:
        return False
    if target.id in fold(note):
        return True
    text = words_of(note)
    return isinstance(target, Entity) and any(_has_name(text, n) for n in names_of(target))


def check_support(records: list[Record], passages: dict[str, str], problems: list[str]) -> None:
    by_id = {r.id: r for r in records}
    corpus = " ".join(words_of(t) for t in passages.values())

    def quotes_of(r: Record) -> list[str]:
        return [c.quote for c in r.sources]

    # Who took part in an event, by their own cited records: a role at it, or words said at it.
    took_part: set[tuple[str, str]] = set()
    for r in records:
        if isinstance(r, Entity):
            took_part |= {(r.id, role.event) for role in r.roles if role.event}
        elif isinstance(r, Fact) and r.speaker and r.event:
            took_part.add((r.speaker, r.event))

    def named(r: Record, key: str, ids: list[str], what: str, quotes: list[str],
              note: str | None) -> None:
        text = " ".join(words_of(q) for q in quotes)
        for target_id in ids:
            target = by_id.get(target_id)
            if not isinstance(target, Entity):
                continue  # unknown ids are reported elsewhere; an event is not named by a quote
            if any(_has_name(text, n) for n in names_of(target)) or _note_names(note, target):
                continue
            if isinstance(r, Event) and key == "actors" and (target_id, r.id) in took_part:
                continue  # the actor's own role (or words) at this event is cited there
            problems.append(f"{r.at(key)}: {r.id}: {what} {target_id} ({target.name!r}) is not named "
                            f"in the record's quotes by its name or an alias (add the quote that "
                            f"names it, or a note saying where it comes from)")

    def dated(r: Record, date: str | None, precision: str | None, date_note: str | None,
              quotes: list[str], key: str = "date") -> None:
        if not date:
            return
        missing = missing_date_parts(date, quotes)
        if missing and date_note:  # the note explains the inference, unless it denies the precision
            why = note_contradicts(precision, date_note)
            if why:
                problems.append(f"{r.at('date_note')}: {r.id}: date_note {why}, but date {date} "
                                f"has {precision} precision and its quotes do not give "
                                f"{', '.join(missing)}")
        elif missing:
            problems.append(f"{r.at(key)}: {r.id}: {key} {date}: {', '.join(missing)} not in the "
                            f"record's quotes (quote it, lower the precision, or add a date_note "
                            f"saying how it was inferred)")

    for r in records:
        quotes = quotes_of(r)
        if isinstance(r, Event):
            dated(r, r.date, r.date_precision, r.date_note, quotes)
            if r.end_date and not r.date_note:
                dated(r, r.end_date, None, None, quotes, "end_date")
            named(r, "actors", r.actors, "actor", quotes, r.note)
            named(r, "organizers", r.organizers, "organiser", quotes, r.note)
            named(r, "place", [r.place] if r.place else [], "place", quotes, r.note)
        elif isinstance(r, Fact):
            event = by_id.get(r.event) if r.event else None
            same_as_event = isinstance(event, Event) and event.date == r.date
            if not same_as_event:
                dated(r, r.date, r.date_precision, r.date_note, quotes)
            named(r, "subject", r.subject, "subject", quotes, r.note)
            named(r, "speaker", [r.speaker] if r.speaker else [], "speaker", quotes, r.note)
            if r.value is not None and not value_in(float(r.value), quotes):
                said = f"{r.value:,.0f}" if float(r.value).is_integer() else f"{r.value:g}"
                problems.append(f"{r.at('value')}: {r.id}: value {said} is not in the "
                                f"record's quotes (read as digits, as words, or with a scale word: "
                                f"'28 million' is 28000000)")
            if r.unit:
                missing = unit_words_missing(r.unit, quotes)
                if missing:
                    problems.append(f"{r.at('unit')}: {r.id}: unit {r.unit!r}: "
                                    f"{', '.join(missing)} not in the record's quotes")
        elif isinstance(r, Entity):
            dated(r, r.date, r.date_precision, r.date_note, quotes)
            for role in r.roles:
                rq = [role.citation.quote]
                if not any(_has_name(words_of(rq[0]), n) for n in names_of(r)) \
                        and not _note_names(role.note, r):
                    problems.append(f"{r.at('roles')}: {r.id}: role {role.title!r}: its quote does not "
                                    f"name {r.name!r} (quote the words that do, or a role note "
                                    f"saying who holds it and where the text says so)")
                event = by_id.get(role.event) if role.event else None
                if role.date and not role.note and not (isinstance(event, Event)
                                                        and event.date == role.date):
                    missing = missing_date_parts(role.date, rq)
                    if missing:
                        problems.append(f"{r.at('roles')}: {r.id}: role {role.title!r} date "
                                        f"{role.date}: {', '.join(missing)} not in the role's "
                                        f"quote (its event's date, or a note, may stand instead)")
                if role.organization:
                    named(r, "roles", [role.organization], f"role {role.title!r}: organisation",
                          rq, role.note)
                qtext = fold(role.citation.quote)
                absent = [w for w in re.findall(r"\w+", fold(role.title))
                          if w not in _STOP and not _has_word(qtext, w)]
                if absent and not role.note:
                    problems.append(f"{r.at('roles')}: {r.id}: role title {role.title!r}: "
                                    f"{', '.join(absent)} not in the role's quote")
            spelled = set(r.transliterations)
            for alias in dict.fromkeys([*r.aliases, *([r.acronym] if r.acronym else [])]):
                if alias not in spelled and not _has_name(corpus, alias):
                    problems.append(f"{r.at('aliases' if alias in r.aliases else 'acronym')}: "
                                    f"{r.id}: alias {alias!r} is in no source (drop it, or mark a "
                                    f"transliteration as {{name: ..., transliteration: true}})")
    _near_duplicates([r for r in records if isinstance(r, Event)], problems)


def _title_words(title: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold(title)) if w not in _STOP}


def _near_duplicates(events: list[Event], problems: list[str]) -> None:
    """Same date, same participants, similar titles: one event recorded twice."""
    groups: dict[str, list[Event]] = {}
    for e in events:
        groups.setdefault(e.date[:4], []).append(e)
    for same_year in groups.values():
        for a, b in combinations(same_year, 2):
            if any(link.id == b.id for link in a.links):
                continue  # a disagreement or a changing story, said so
            if not within(b.date, b.end_date, a.date, a.end_date) and \
                    not within(a.date, a.end_date, b.date, b.end_date):
                continue  # one date must contain the other
            pa, pb = set(a.actors) | set(a.organizers), set(b.actors) | set(b.organizers)
            if pa != pb:
                continue
            wa, wb = _title_words(a.title), _title_words(b.title)
            jaccard = len(wa & wb) / max(1, len(wa | wb))
            ratio = SequenceMatcher(None, fold(a.title), fold(b.title)).ratio()
            if jaccard >= 0.5 or ratio >= 0.75:
                problems.append(f"{b.at()}: {b.id}: looks like the same event as {a.id} "
                                f"({a.at()}): same date and participants, similar title; merge "
                                f"them into one record with both citations, or link them "
                                f"(links: kind disagrees or story)")
