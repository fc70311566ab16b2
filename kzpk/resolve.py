"""One name resolver for profile, compare and --actor.

Order: exact id -> exact name or alias (case-, accent- and word-order-insensitive) -> every word
of the query inside a name (a surname, an event's title words) -> fuzzy (typos, transliterations).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from kzpk.errors import NOT_FOUND, USAGE, KzpkError
from kzpk.text import ORDINAL_WORDS, fold

if TYPE_CHECKING:
    from kzpk.records import Record

_HONORIFICS = {"dr", "prof", "professor", "mr", "ms", "mrs", "h.e", "he", "his", "her",
               "excellency", "ambassador", "engineer", "engr", "president", "prime", "minister",
               "the", "of", "and", "on", "in", "for", "a", "an", "&"}
_LINKING = {"the", "of", "and", "on", "in", "for", "a", "an", "&", "to"}
FUZZY_MIN = 0.82
TIE = 0.03
# Ordinals written three ways ("2nd", "second", "II") are one word: the digits. The words are
# text.ORDINAL_WORDS up to 'fiftieth'.
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
ORDINALS = {**{w: str(n) for w, n in ORDINAL_WORDS.items() if n <= 50},
            **{w: str(n) for n, w in enumerate(_ROMAN, 1)}}
_NUMBERED = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


@dataclass(frozen=True)
class Match:
    record: Record
    how: str  # id, name, words, title, role, fuzzy
    score: float
    roles: tuple = ()  # how == "role": the (title, date) of each role the query names


def _ordinal(w: str) -> str:
    m = _NUMBERED.match(w)
    return m.group(1) if m else ORDINALS.get(w, w)


def words(text: str) -> list[str]:
    return [_ordinal(w) for w in re.split(r"[^\w.&]+|(?<=\w)\.(?=\s|$)", fold(text).replace("-", " "))
            if w and w.strip(".")]


def ordinals(text: str) -> set[str]:
    """The ordinals a name or query holds, as numbers: "2nd", "Second" and "II" are all "2"."""
    raw = re.split(r"[^\w]+", fold(text).replace("-", " "))
    return {_ordinal(w) for w in raw if _NUMBERED.match(w) or w in ORDINALS}


def _title_words(text: str) -> list[str]:
    """A role title's words, in any order, without articles and prepositions."""
    return sorted(w.strip(".") for w in words(text) if w.strip(".") not in _LINKING)


def _content(ws: list[str]) -> list[str]:
    return [w.strip(".") for w in ws if w.strip(".") not in _HONORIFICS]


def _names(record: Record) -> tuple[str, ...]:
    if record.kind == "entity":
        return record.names
    if record.kind == "event":
        return (record.title,)
    return ()


_NOT_INITIALS = {"of", "the", "and", "for", "in", "on", "under", "&", "a", "an"}


def _initials(ws: list[str]) -> str:
    return "".join(w[0] for w in ws if w not in _NOT_INITIALS and w[0].isalpha())


def _stem(w: str) -> str:
    return w[:6] if len(w) > 6 else w


def candidates(records: list[Record], query: str, fuzzy: bool = True) -> list[Match]:
    """Every record the query could mean, best first (`fuzzy=False`: without typo matching,
    which costs most of the time and scores at most 1.0)."""
    q = fold(query)
    qwords = _content(words(query)) or words(query)
    qset = sorted(qwords)
    qords = ordinals(query)
    # a query written as an acronym ("FPRI") also means a name with those initials
    acronym = q if re.fullmatch(r"[A-Z]{2,8}", query.strip()) else None
    scored: dict[str, Match] = {}

    def offer(record: Record, how: str, score: float) -> None:
        old = scored.get(record.id)
        if old is None or score > old.score:
            scored[record.id] = Match(record, how, score)

    for r in records:
        if r.kind == "fact":
            continue
        if fold(r.id) == q:
            offer(r, "id", 4.0)
            continue
        # A role title the query is, word for word ("President of Kazakhstan"): a person, not the
        # country its other words name. Whose it was depends on the date: several may hold it.
        held = tuple((role.title, role.date) for role in (r.roles if r.kind == "entity" else ())
                     if _title_words(role.title) == _title_words(query))
        if held:
            scored[r.id] = Match(r, "role", 3.05, held)
        for name in _names(r):
            nwords = words(name)
            ncontent = _content(nwords) or nwords
            if fold(name) == q or (sorted(ncontent) == qset and qset):
                offer(r, "name", 3.0)
                continue
            if acronym and r.kind == "entity" and _initials(nwords) == acronym:
                offer(r, "initials", 2.6)  # "FPRI": Foreign Policy Research Institute
            if not qwords:
                continue
            nords = ordinals(name)
            if qords and nords and not qords & nords:
                continue  # "2nd CICA summit" is not the one whose title says "First"
            nstems = {_stem(w) for w in ncontent}
            hit = sum(1 for w in qwords if _stem(w) in nstems)
            if hit == len(qwords):
                # All words of the query inside this name. Prefer names with few extra words
                # ("Riphah" is the university, not its department), except for people: a
                # surname that several people share ("Khan") is ambiguous.
                # (a word the query repeats counts once: never fewer extra words than none)
                extra = 0 if r.type == "person" else \
                    len(nstems) - len({_stem(w) for w in qwords})
                offer(r, "words" if r.kind == "entity" else "title",
                      2.0 + 0.5 / (1 + extra) + (0.05 if r.kind == "entity" else 0))
            elif r.kind == "event" and len(qwords) >= 2 and hit / len(qwords) >= 0.6:
                offer(r, "title", 1.0 + hit / len(qwords) - 0.01 * (len(nstems) - hit))
            if not fuzzy:
                continue
            # fuzzy: the whole name, or word by word
            ratio = SequenceMatcher(None, q, fold(name)).ratio()
            if len(qwords) <= len(ncontent):
                per_word = [max((SequenceMatcher(None, w, n).ratio() for n in ncontent), default=0)
                            for w in qwords]
                # a typo of one word of a longer name ('Kazakstan' in 'Kazakhstan becomes
                # independent') counts for less than the same typo of a name that is that word
                extra = len(ncontent) - len(qwords)
                ratio = max(ratio, (min(per_word) if per_word else 0) * (1 - 0.04 * extra))
            if ratio >= FUZZY_MIN:
                offer(r, "fuzzy", ratio)
    return sorted(scored.values(), key=lambda m: (-m.score, m.record.id))


def nearest_names(records: list[Record], query: str, n: int = 5) -> list[str]:
    q = fold(query)
    scored = []
    for r in records:
        for name in _names(r)[:1]:
            scored.append((SequenceMatcher(None, q, fold(name)).ratio(), name))
    return [name for _, name in sorted(scored, reverse=True)[:n]]


def _held_during(m: Match, since: str, until: str) -> bool:
    """A role match whose role is dated outside the period is not who the query means then."""
    from kzpk.dates import overlaps

    if m.how != "role":
        return True
    dates = [d for _, d in m.roles if d]
    return not dates or any(overlaps(d, None, since, until) for d in dates)


def resolve(records: list[Record], query: str, what: str = "name",
            when: tuple[str, str] | None = None) -> Match:
    """The one record `query` means; KzpkError 2 when ambiguous, 1 when nothing is close.
    `when` (since, until): a role title held by several people means the one who held it then."""
    query = query.strip()
    if not query:
        raise KzpkError(f"empty {what}", USAGE)
    def matches(fuzzy: bool) -> list[Match]:
        found = candidates(records, query, fuzzy)
        return [m for m in found if _held_during(m, *when)] if when is not None else found

    found = matches(fuzzy=False)
    if not found or found[0].score <= 1.0 + TIE:  # a typo match could rival it: look for them too
        found = matches(fuzzy=True)
    if not found:
        near = nearest_names(records, query)
        raise KzpkError(f"no record matches {query!r}", NOT_FOUND,
                        hint=("did you mean: " + "; ".join(near)) if near else None)
    occasion = _whole_occasion(found)
    if occasion is not None:
        return occasion
    best = found[0]
    rivals = [m for m in found if m is not best and best.how != "id" and (
        best.score - m.score <= TIE
        # a title's holders and the body of that exact name ("Prime Minister of Pakistan", the
        # office): without a period to say whose time is meant, the user chooses
        or (best.how == "role" and when is None and m.how == "name"
            and any(fold(n) == fold(query) for n in _names(m.record))))]
    if rivals:
        shown = [best, *rivals]
        listed = "; ".join(f"{m.record.id} ({label(m.record, m)})" for m in shown[:5]) + \
            (f"; and {len(shown) - 5} more" if len(shown) > 5 else "")
        raise KzpkError(f"{query!r} could mean several records: {listed}", USAGE,
                        hint="pass the id, or more of the name")
    return best


def _whole_occasion(found: list[Match]) -> Match | None:
    """When every full match is an event of one date (a conference and its sessions), the user
    means the occasion as a whole: the one with the most participants."""
    full = [m for m in found if m.score >= 2.0 and m.how in ("title", "words")]
    if len(full) < 2 or any(m.record.kind != "event" for m in full):
        return None
    if len({m.record.date for m in full}) != 1:
        return None
    ranked = sorted(full, key=lambda m: -len(m.record.actors))
    if len(ranked[0].record.actors) == len(ranked[1].record.actors):
        return None
    return ranked[0]


def label(record: Record, match: Match | None = None) -> str:
    if match is not None and match.roles:
        held = "; ".join(f"{t} {d}" if d else t for t, d in match.roles)
        return f"{record.name}, {record.type}: {held}"
    if record.kind == "event":
        return f"{record.date} {record.title}"
    return f"{record.headline}, {record.type}"
