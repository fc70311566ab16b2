"""What goes into the index: its schema, one document per passage and per record, the text a
result displays for a record, the alias table used to expand names in queries, and the table
of the initials of the names the documents write out.

Plain functions from sources and records to dicts; nothing here touches the disk (the generations
on disk are kzpk/index_store.py's job).
"""

from __future__ import annotations

import json
import re
from itertools import chain
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kzpk.dates import date_in_words, day_span, human_date

if TYPE_CHECKING:
    from kzpk.corpus import Corpus
    from kzpk.records import Record
    from kzpk.sources import Passage, Source


# ------------------------------------------------------------------ schema

def _analyzers():
    from whoosh.analysis import (CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter,
                                 StopFilter)
    from whoosh.support.charset import accent_map

    from kzpk.tokens import WORD, JoinedCodes

    # Whoosh's StemmingAnalyzer, its codes kept whole ('M-2' -> 'm2': kzpk.tokens)
    words = RegexTokenizer(WORD) | JoinedCodes() | LowercaseFilter() | StopFilter() | \
        StemFilter() | CharsetFilter(accent_map)
    names = RegexTokenizer(WORD) | JoinedCodes() | LowercaseFilter() | CharsetFilter(accent_map)
    return words, names


def make_schema():
    from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

    words, names = _analyzers()
    return Schema(
        id=ID(stored=True, unique=True),
        kind=ID(stored=True),
        type=ID(stored=True),
        source=ID(stored=True),
        title=TEXT(analyzer=words, stored=True, field_boost=1.5),
        names=TEXT(analyzer=names, field_boost=2.0),
        text=TEXT(analyzer=words, stored=True),
        # Unstemmed words of the records, for spelling suggestions. Passages stay out of it:
        # a spelling field over every passage costs a third of the build time at scale.
        vocab=TEXT(analyzer=names),
        date=ID(stored=True),
        day_from=NUMERIC(int, bits=32),
        day_to=NUMERIC(int, bits=32),
        actors=KEYWORD(commas=True, stored=True, lowercase=True),
        topics=KEYWORD(commas=True, stored=True, lowercase=True),
        payload=STORED,
    )


# ------------------------------------------------------------------ documents

def passage_document(p: Passage, src: Source) -> dict:
    lo, hi = day_span(src.date)
    return dict(id=p.id, kind="passage", type="passage", source=src.id,
                title=f"{src.title} · {p.section}" if p.section and p.section != src.title else src.title,
                names="", text=p.text, vocab="", date=src.date or "", day_from=lo, day_to=hi,
                actors="", topics="",
                payload=json.dumps({"n": p.n, "section": p.section,
                                    "source": {"id": src.id, "title": src.title, "date": src.date,
                                               "date_from": src.meta.get("date_from")}}))


def record_texts(r: Record, names: dict[str, str]) -> tuple[str, str, str]:
    """(title, names, display text) of a record for the index and for results."""
    from kzpk.records import Entity, Event, Fact
    from kzpk.text import attributed, quoted

    quote = quoted(r.sources[0].quote) if r.sources else ""
    if isinstance(r, Entity):
        title = r.name
        alias_text = " ".join([r.name, *r.aliases, r.acronym or ""])
        roles = "; ".join(dict.fromkeys(
            role.title + (f" ({names.get(role.organization, '')})" if role.organization else "")
            for role in r.roles))
        parts = [f"{r.name} ({r.type})"]
        if r.aliases:
            parts.append("also: " + ", ".join(r.aliases))
        if r.description:
            parts.append(r.description)
        if roles:
            parts.append("Roles: " + roles)
        if not roles and quote:
            parts.append(quote)
        return title, alias_text, " ".join(p if p[-1:] in ".!?”\"" else p + "." for p in parts)
    if isinstance(r, Event):
        actors = ", ".join(names.get(a, a) for a in r.actors)
        # an extracted event's title is its sentence cut short, and its summary the sentence
        # itself, often its quote too: say each once, so line 1 reaches the answer
        cut = r.title.removesuffix("…").rstrip(" .")
        said = r.summary if cut and r.summary.startswith(cut) else f"{r.title}. {r.summary}"
        text = f"{date_in_words(r.date, r.end_date)}: {said}"
        if actors:
            text += f" With: {actors}."
        if quote and quote.strip("“”\"' ") != r.summary.strip():
            text += f" Source: {quote}"
        return r.title, actors, text
    assert isinstance(r, Fact)
    subjects = ", ".join(names.get(s, s) for s in r.subject)
    speaker = names.get(r.speaker or "", "")
    text = attributed(r.statement, speaker)
    if quote:
        text += f" Source: {quote}"
    return r.statement, " ".join(filter(None, [subjects, speaker])), text


def record_document(r: Record, names: dict[str, str], source_info: dict[str, dict],
                    by_id: dict[str, Record] | None = None) -> dict:
    """`by_id`: the records this one links to, to show what each says beside it."""
    from kzpk.records import Entity, Event, Fact
    from kzpk.snapshot import link_items

    title, name_text, text = record_texts(r, names)
    extra = ""
    date = None
    end = None
    actors: list[str] = []
    topics: list[str] = []
    if isinstance(r, Event):
        date, end, actors, topics = r.date, r.end_date, r.actors + r.organizers, r.topics
        extra = human_date(r.date) + " " + human_date(r.end_date)
        if r.place:
            extra += " " + names.get(r.place, "")
    elif isinstance(r, Fact):
        date, topics = r.date, r.topics
        actors = list(r.subject) + ([r.speaker] if r.speaker else [])
        extra = human_date(r.date)
    elif isinstance(r, Entity):
        actors = [r.id]
    lo, hi = day_span(date, end)
    first = r.sources[0] if r.sources else None
    data = r.to_dict()
    data["source"] = source_info.get(first.source) if first else None
    data["quote"] = first.quote if first else None
    data["passage"] = first.passage if first else None
    data["links"] = [link.to_dict() for link in link_items(by_id or {}, r)]
    # Quotes are indexed too: they hold the source's own words for what the record says.
    quotes = " ".join(c.quote for c in r.sources)
    if isinstance(r, Entity):
        quotes += " " + " ".join(role.citation.quote for role in r.roles)
    return dict(id=r.id, kind=r.kind, type=r.type, source=first.source if first else "",
                title=title, names=name_text, text=f"{text} {extra} {quotes}",
                vocab=f"{name_text} {text} {quotes}", date=date or "",
                day_from=lo, day_to=hi, actors=",".join(actors), topics=",".join(topics),
                payload=json.dumps({"display": text, "record": data}))


def alias_table(records: Iterable[Record]) -> dict[str, list[str]]:
    """Folded alias or name -> the other names of that entity (for query expansion)."""
    from kzpk.records import Entity
    from kzpk.text import fold

    table: dict[str, list[str]] = {}
    for r in records:
        if not isinstance(r, Entity):
            continue
        forms = list(dict.fromkeys([r.name, *r.aliases, *([r.acronym] if r.acronym else [])]))
        for f in forms:
            others = [o for o in forms if fold(o) != fold(f)]
            if others:
                table.setdefault(fold(f), [])
                table[fold(f)].extend(o for o in others if o not in table[fold(f)])
    return table


# A name written out: capitalised words, joined by at most a few short words ('Shanghai
# Cooperation Organisation', 'Trade Development Authority of Pakistan', 'Center for Global &
# Strategic Studies'), on one line.
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|and|for|the|on|in|&)[ \t]+){0,2}"
                       r"[A-Z][\w'’-]*)+")
# words a run of capitals may open with that are no part of the name ('The', 'On', a title)
_NOT_NAME = frozenset("""the a an this that these those on in at for by from with as and but or
his her its their our when while after before during under over mr ms mrs dr prof""".split())


def _with_place_cut(run: str) -> list[str]:
    """A run of capitalised words, and when it goes on 'in' a place or 'on' a subject, the name
    before that too: 'Army Public School in Peshawar' is also the 'Army Public School' (APS),
    'Joint Working Group on IT' the 'Joint Working Group' (JWG)."""
    head = re.split(r"[ \t]+(?:in|on)[ \t]+", run, maxsplit=1)[0]
    return [run, head] if head != run else [run]


# three to six capitalised words joined by hyphens or dashes, as a route or a pipeline through
# the countries it names is written ('Turkmenistan–Afghanistan–Pakistan–India', TAPI)
_DASHED = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:[-–][A-Z][a-z]+){2,5}(?![\w'’-])")


# three to five small words joined by hyphens, a term the news writes as its initials too
# ('build-operate-transfer', BOT)
_HYPHENED = re.compile(r"(?<![\w'’-])[a-z]+(?:-[a-z]+){2,4}(?![\w'’-])")


def name_initials(text: str) -> Iterable[tuple[str, str]]:
    """(acronym, name) for each name of three or more capitalised words a text writes out, or of
    two joined by 'of' ('Proof of Registration' -> 'por'), and
    for the name its last words make when it opens with a qualifier ('Pakistan Civil Aviation
    Authority' is also the 'Civil Aviation Authority', CAA): the initials of its capitalised
    words, lower-cased ('Organisation of Islamic Cooperation' -> 'oic'), both letters of a
    country's it opens with ('US Geological Survey' -> 'usgs'). A name that holds an acronym of
    its own ('SCO Heads of State Council') is skipped: it is written as one. And for
    capitalised words joined by dashes, a route's or a pipeline's countries (_DASHED); and for small
    words joined by hyphens, a term ('build-operate-transfer', _HYPHENED)."""
    from kzpk.index_store import INITIALS_LONGEST, INITIALS_SHORTEST

    runs = (run for m in _NAME_RUN.finditer(text) for run in _with_place_cut(m.group()))
    for run in runs:
        words = [re.sub(r"['’]s$", "", w) for w in run.split()]
        while words and words[0].lower() in _NOT_NAME:
            words.pop(0)
        while words and not words[-1][:1].isupper():
            words.pop()
        capitals = [i for i, w in enumerate(words) if w[:1].isupper()]
        if len(words) == 3 and capitals == [0, 2] and words[1] == "of" and \
                words[0][1:].islower() and words[2][1:].islower():
            # (a name of two capitalised words joined by 'of', whose acronym writes the 'of'
            # too: 'Proof of Registration' is the PoR card, 'Ministry of Defence' the MoD)
            yield (words[0][0] + "o" + words[2][0]).lower(), " ".join(words)
            continue
        # (a name may open on a country's or a union's two letters, each an initial: 'US
        # Geological Survey' is the USGS, 'UN Development Programme' the UNDP)
        lead = words[0] if words and re.fullmatch(r"[A-Z]{2}", words[0]) else ""
        if any(w.isupper() and len(w) > 1 for w in words[1 if lead else 0:]):
            continue
        # (a word of capitalised parts joined by hyphens gives each part's initial too, its
        # small particles none: 'Pakistan Tehreek-e-Insaf' is the PTI, 'Jamaat-e-Islami' the JI)
        parted = {i: "".join(p[0] for p in words[i].split("-") if p[:1].isupper())
                  for i in capitals}
        for first in capitals:
            said = [i for i in capitals if i >= first]
            by_word = "".join(words[i] if i == 0 and lead else words[i][0] for i in said).lower()
            by_part = "".join(words[i] if i == 0 and lead else parted[i] for i in said).lower()
            for letters in dict.fromkeys((by_word, by_part)):
                if INITIALS_SHORTEST <= len(letters) <= INITIALS_LONGEST:
                    yield letters, " ".join(words[first:])
    for m in _DASHED.finditer(text):
        yield "".join(w[0] for w in re.split(r"[-–]", m.group())).lower(), m.group()
    for m in _HYPHENED.finditer(text):
        yield "".join(w[0] for w in m.group().split("-")), m.group()


# two capitalised words side by side, or joined by a hyphen ('Vice-Chancellor')
_WORD_PAIR = re.compile(r"(?<![\w'’-])(?=([A-Z][a-z]+)[ \t-]([A-Z][a-z]+)(?![\w'’-]))")


# a capitalised word just before a pair, or one just after it (perhaps after 'of'): the pair is
# then two words of a longer name
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t-]$")
_CAPITAL_AFTER = re.compile(r"[ \t-](?:of[ \t]+)?[A-Z]")


def title_initials(text: str) -> Iterable[tuple[str, str]]:
    """(two letters, title or name) for each title of two English words a text writes out, the
    last a title someone holds ('Vice President' -> 'vp', 'Director General' -> 'dg', 'Foreign
    Minister' -> 'fm', also inside 'Deputy Foreign Minister'), and each name of just two
    capitalised words ('Supreme Court' -> 'sc', 'Khyber Pakhtunkhwa' -> 'kp'): a query may write
    it as its initials."""
    from kzpk.question import TITLE_HEADS, is_english

    for m in _WORD_PAIR.finditer(text):
        first, last = m.group(1), m.group(2)
        if first.lower() in _NOT_NAME:
            continue
        if last.lower() in TITLE_HEADS and is_english(first) and is_english(last):
            yield (first[0] + last[0]).lower(), f"{first} {last}"
        elif not _CAPITAL_BEFORE.search(text, max(0, m.start(1) - 64), m.start(1)) and \
                not _CAPITAL_AFTER.match(text, m.end(2)):
            # a name of just two capitalised words, no more on either side ('the Supreme
            # Court', 'Khyber Pakhtunkhwa'), which the news writes as its initials too ('SC',
            # 'KP'); not two words of a longer name ('Civil Aviation' of 'Pakistan Civil
            # Aviation Authority')
            yield (first[0] + last[0]).lower(), f"{first} {last}"


def initials_table(texts: Iterable[str], table: dict | None = None) -> dict[str, dict[str, int]]:
    """Acronym -> {name written out: how many times}, of every name the texts write out (added
    to `table`, an earlier one, when given). A search reads it only for an acronym no document
    writes ('CAA' where the texts say 'Civil Aviation Authority')."""
    table = {} if table is None else table
    for text in texts:
        for letters, name in chain(name_initials(text), title_initials(text)):
            names = table.setdefault(letters, {})
            names[name] = names.get(name, 0) + 1
    return table


def document_texts(docs: Iterable[dict]) -> Iterable[str]:
    """The title and text of each index document, as `initials_table` reads them."""
    for d in docs:
        yield d.get("title") or ""
        yield d.get("text") or ""


def corpus_documents(corpus: Corpus) -> list[dict]:
    from kzpk.records import Entity

    names = {r.id: r.name for r in corpus.records if isinstance(r, Entity)}
    info = {s.id: {"id": s.id, "title": s.title, "date": s.date} for s in corpus.sources}
    docs = [passage_document(p, s) for s in corpus.sources for p in s.passages]
    linked = {link.id for r in corpus.records for link in r.links}
    by_id = {r.id: r for r in corpus.records if r.id in linked}
    docs += [record_document(r, names, info, by_id) for r in corpus.records]
    return docs
