"""What kzpk reads out of a document by itself: mentions of known entities, and candidate
records (events, facts, people, organisations) for a person to review.

Every extracted record cites the sentence it stands on, verbatim, and carries
`status: extracted`; its title and summary are that sentence's own words, its date is what
kzpk/dates.py reads in the sentence (with a note when worked out from the document's date), its
actors the known entities the sentence names. Nothing here imports Whoosh or loads a model.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kzpk.dates import (MONTH_NAMES, WEEKDAYS, StatedDate, action_dates, common_date, dateline_end,
                        precision)
from kzpk.sources import Source, split_sentences
from kzpk.text import SCALES, fold, longest_first, number_word, number_words, one_line, slug

if TYPE_CHECKING:
    from kzpk.records import Entity, Record

STATUS = "extracted"
# Entities never linked as mentions: every passage names the two countries.
NO_MENTIONS = ("country",)
_TOKEN = re.compile(r"\w+")
# a sentence that names its actors only by pronoun or description
_LEANS_BACK = re.compile(r"\b(?:he|she|they|his|her|their|its|the (?:minister|ambassador|envoy|"
                         r"delegation|two sides|two ministers|two leaders|president|prime minister|"
                         r"think tank|commission|council|forum|organisation|organization|"
                         r"institute|chamber|company|group|meeting|visit))\b", re.I)
_SENTENCE_OPENERS = {"according", "during", "speaking", "addressing", "both", "earlier", "later",
                     "meanwhile", "however", "besides", "following", "after", "before", "since",
                     "in", "on", "at", "as", "while", "when", "with", "under", "through"}
_ORG_LEAD = {"president", "minister", "ambassador", "head", "chairman", "director", "secretary",
             "professor", "senior", "associate", "assistant", "dean", "lecturer", "chancellor",
             "pro-", "vice-chancellor", "pro-vice-chancellor", "chief", "member", "members",
             "mr", "ms", "dr", "prof", "deputy", "vice", "representatives", "representative",
             "officials", "official"}
_NOT_ORG = {*MONTH_NAMES, *WEEKDAYS, "minister", "president", "ambassador", "prime",
            "chairman", "director", "secretary", "he", "she", "they", "it", "this", "these"}
_TITLE_WORDS = set("""president prime minister premier ambassador envoy senator general dr prof mr
ms mrs madam sir director chairman chairperson secretary governor deputy foreign federal
minister chief his her excellency he h e the of and former late leader marshal field
lieutenant colonel major captain admiral commander speaker consul counsellor adviser advisor
king queen emir sheikh state
""".split())

_TOPIC_WORDS = {
    "defence": "defence military army armed forces defense weapons arms navy air force kadex "
               "ideas exhibition",
    "security": "security terrorism counter-terrorism stability extremism",
    "trade": "trade exports imports exporters traders commerce business chamber tariff goods "
             "market",
    "economy": "economic economy investment investors industry industrial",
    "energy": "energy gas oil pipeline electricity power uranium tapi",
    "transport": "railway rail road cargo freight containers port vessel trucks logistics "
                 "flights airline corridor transit",
    "connectivity": "connectivity corridor route transit",
    "education": "education university universities students alumni academic scholarships",
    "science": "science research scientific technology",
    "multilateral": "sco cica united nations summit shanghai oic council of heads",
    "diplomacy": "ambassador envoy embassy visit foreign minister diplomatic consultations "
                 "talks relations congratulated felicitated",
    "politics": "referendum election constitution parliament reforms president",
    "culture": "culture cultural dramas media tourism",
}


# ------------------------------------------------------------------ names -> entities

@dataclass(frozen=True)
class Found:
    start: int
    end: int
    entity: str
    partial: bool = False  # by the end of a longer name only ('Aleem Khan' for Abdul Aleem Khan)


def entity_forms(r: Entity) -> list[str]:
    """An entity's name, aliases and acronym, each once."""
    return [f for f in dict.fromkeys(f.strip() for f in r.names) if f]


@lru_cache(maxsize=200_000)
def _fold_word(word: str) -> str:
    return fold(word)


def _tokens(text: str) -> list[tuple[str, int, int, str]]:
    """(folded token, start, end, original) of each word."""
    return [(_fold_word(m.group()), m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


class NameMatcher:
    """Finds known entities in text by their names, aliases and acronyms, whole words only.

    A one-word form must be capitalised in the text; a short all-capitals form (an acronym)
    must match exactly; a form two entities share names neither."""

    def __init__(self, entities: Iterable):
        owners: dict[tuple[str, ...], set[str]] = {}
        exact: dict[tuple[str, ...], str] = {}
        self.types: dict[str, str] = {}
        for r in entities:
            rid, rtype = r.id, r.type
            if rtype in ("event", "fact"):
                continue
            self.types[rid] = rtype
            for form in entity_forms(r):
                toks = tuple(t for t, *_ in _tokens(form))
                if not toks or (len(toks) == 1 and len(toks[0]) < 3):
                    continue
                owners.setdefault(toks, set()).add(rid)
                if len(toks) == 1 and form.isupper() and len(form) <= 8:
                    exact[toks] = form
        # a person of three names or more is also named by the last ones in other stories
        # ('Aleem Khan'): good enough to link a mention, never to make an actor of them
        tails: dict[tuple[str, ...], set[str]] = {}
        for toks, ids in list(owners.items()):
            for rid in ids:
                if self.types.get(rid) == "person" and len(toks) >= 3 and \
                        toks[1:] not in owners and len(toks[-1]) > 2:
                    tails.setdefault(toks[1:], set()).add(rid)
        self.partial = {toks for toks, ids in tails.items() if len(ids) == 1}
        owners.update({toks: tails[toks] for toks in self.partial})
        self.first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for toks, ids in owners.items():
            if len(ids) != 1:
                continue
            self.first.setdefault(toks[0], []).append((toks, next(iter(ids))))
        for options in self.first.values():
            options.sort(key=lambda o: -len(o[0]))
        self.exact = exact
        self.variants: dict[tuple[str, ...], tuple[str, str]] = {}  # misspelt form -> (id, name)

    def near_person(self, name: str) -> tuple[str, str] | None:
        """The one known person a new name is a misspelling of ('Yerzhan Kistanfin' for Yerzhan
        Kistafin, 'Shehbaz Sharif' for Shahbaz Sharif): as many words, one of them the same, each
        other one a long word one slip off (_one_slip). (id, the name as known), or None."""
        toks = tuple(t for t, *_ in _tokens(name))
        found = set()
        for options in self.first.values():
            for form, rid in options:
                if self.types.get(rid) != "person" or len(form) != len(toks) or form == toks:
                    continue
                same = sum(a == b for a, b in zip(form, toks))
                if same and all(a == b or _one_slip(a, b) for a, b in zip(form, toks)):
                    found.add((rid, form))
        rids = {rid for rid, _ in found}
        if len(rids) != 1:
            return None
        rid, form = min(found)
        return rid, " ".join(form)

    def add_variant(self, rid: str, name: str, known: str) -> None:
        """Find a misspelt name as the person it stands for, and remember it, for a note."""
        self.add(rid, self.types[rid], [name])
        self.variants[tuple(t for t, *_ in _tokens(name))] = (rid, known)

    def add(self, rid: str, rtype: str, forms: list[str]) -> None:
        self.types[rid] = rtype
        for form in forms:
            toks = tuple(t for t, *_ in _tokens(form))
            if toks and not any(o[0] == toks for o in self.first.get(toks[0], [])):
                self.first.setdefault(toks[0], []).append((toks, rid))
                self.first[toks[0]].sort(key=lambda o: -len(o[0]))

    @staticmethod
    def _inside_longer_name(text: str, toks: list, i: int) -> bool:
        """A capitalised word right before or after a one-word form makes it part of a name
        kzpk does not know, unless the word before is a title ('President Tokayev')."""
        if i > 0:
            prev = toks[i - 1]
            gap = text[prev[2]:toks[i][1]]
            if gap in (" ", "  ") and prev[3][0].isupper() and prev[0] not in _TITLE_WORDS:
                return True
        if i + 1 < len(toks):
            nxt = toks[i + 1]
            gap = text[toks[i][2]:nxt[1]]
            if gap in (" ", "  ") and nxt[3][0].isupper() and not nxt[3].isupper():
                return True
        return False

    def find(self, text: str) -> list[Found]:
        toks = _tokens(text)
        out: list[Found] = []
        i = 0
        while i < len(toks):
            options = self.first.get(toks[i][0])
            hit = None
            if options:
                for form, rid in options:
                    n = len(form)
                    if tuple(t[0] for t in toks[i:i + n]) != form:
                        continue
                    original = toks[i][3]
                    if n > 1 and form[0] in _TITLE_WORDS and i + n < len(toks) and \
                            toks[i + n][3][0].isupper() and \
                            text[toks[i + n - 1][2]:toks[i + n][1]] == " ":
                        continue  # 'President of Kazakhstan Nursultan Nazarbayev': a title
                    if n == 1:
                        if form in self.exact and original != self.exact[form]:
                            continue
                        if not original[0].isupper():
                            continue
                        if self._inside_longer_name(text, toks, i):
                            continue  # 'Shehbaz Sharif' is not the Sharif known as 'Sharif'

                    hit = Found(toks[i][1], toks[i + n - 1][2], rid, form in self.partial)
                    i += n
                    break
            if hit:
                out.append(hit)
            else:
                i += 1
        return out


# ------------------------------------------------------------------ mentions

def mentions(sources: Iterable[Source], matcher: NameMatcher) -> list[dict]:
    """Each known entity named in a passage: {entity, source, passage, quote (the sentence),
    date (the document's)}, one per entity and sentence."""
    out: list[dict] = []
    words = {w for w, options in matcher.first.items()
             if any(matcher.types.get(rid) not in NO_MENTIONS for _, rid in options)}
    if not words:
        return out
    # one C-speed scan per passage first: most passages name no entity that is linked
    maybe = re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, words),
                                                        key=longest_first))
                       + r")(?!\w)", re.I)
    for src in sources:
        for p in src.passages:
            if not maybe.search(p.text):
                continue
            for sentence in split_sentences(p.text):
                seen: set[str] = set()
                for f in matcher.find(sentence):
                    if f.entity in seen or matcher.types.get(f.entity) in NO_MENTIONS:
                        continue
                    seen.add(f.entity)
                    out.append({"entity": f.entity, "source": src.id, "passage": p.id,
                                "quote": sentence.strip(), "date": src.date,
                                "title": src.title})
    return out


MENTIONS_FILE = "mentions.jsonl"


def write_mentions(gen_dir, sources: list[Source], records: Iterable) -> int:
    """A build's mentions.jsonl: one line per entity named in a sentence of a passage."""
    import json
    import os

    rows = mentions(sources, NameMatcher(r for r in records if r.kind == "entity"))
    with open(os.path.join(gen_dir, MENTIONS_FILE), "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


def add_mentions(gen_dir, sources: list[Source], records: list[Record]) -> None:
    """Append the mentions of newly added sources, of the entities among `records`."""
    if sources:
        append_mentions(gen_dir, mentions(sources, NameMatcher(
            r for r in records if r.kind == "entity")))


def append_mentions(gen_dir, rows: list[dict]) -> None:
    import json
    import os

    with open(os.path.join(gen_dir, MENTIONS_FILE), "a", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_mentions(gen_dir, entity_id: str) -> list[dict]:
    """Where one entity is mentioned, as the last build and adds wrote it."""
    import json
    import os

    needle = json.dumps(entity_id, ensure_ascii=False)
    out = []
    try:
        with open(os.path.join(gen_dir, MENTIONS_FILE), encoding="utf-8") as fh:
            for line in fh:
                if needle in line:
                    row = json.loads(line)
                    if row.get("entity") == entity_id:
                        out.append(row)
    except OSError:
        return []
    return out


# ------------------------------------------------------------------ candidate records

_NAME_WORD = r"(?:[A-Z]\.\s?)?[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*"
# name words, with the particles names carry ('Anwar ul-Haq', 'Moin ul Haque', 'Ibn Saud')
_NAME = (rf"{_NAME_WORD}(?:[ \t]+(?:(?:ul|ud|al|ur|bin|ibn|van|von|de|da|e)[- ])?{_NAME_WORD})"
         r"{1,4}")
_PAST = re.compile(r"\b(?:\w+ed|met|held|took|spent|signed|said|told|called|visited|led|gave|"
                   r"made|went|came|arrived|reached|agreed|discussed|opened|launched|paid|"
                   r"began|left|sent|saw|won|became|attended|hosted)\b", re.I)
_CORE = (r"(?:Prime Minister|Minister|President|Ambassador|Envoy|High Commissioner|Commissioner|"
         r"Director[- ]General|Managing Director|Director|Chairman|Chairperson|Chairwoman|"
         r"Secretary[- ]General|Secretary|Premier|Governor|Senator|Counsellor|Counselor|"
         r"Consul[- ]General|Consul|Adviser|Advisor|Special Assistant|Vice[- ]Chancellor|"
         r"Chancellor|Speaker|Coordinator[- ]General|Coordinator|Mayor|Rector|Dean|CEO|"
         r"Spokesperson|Spokesman|Lieutenant General|Major General|General|Admiral|"
         r"Chief Executive|Head|Professor|Assistant Professor|Associate Professor|Researcher|"
         r"Chief Researcher|Research Associate|Research Fellow|Research Officer|Fellow|Expert|"
         r"Lead Expert|Analyst|Lecturer|Editor|Founder|Vice President|Executive Director|"
         r"Attach[eé]|Deputy Head|Officer)")
_MODS = r"(?:(?:[A-Z][A-Za-z-]*|of|and|&)\s+){0,6}"
# atomic: a title's clause takes every capitalised word it can ('Chairman of the Punjab Higher
# Education Commission'), never gives some back to make a name of them
_CLAUSE = r"(?>(?:\s+(?:of|for|to|at|on)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:and|of|for|the|&|[A-Z][\w&'’-]*))*)?)"
_ORG_WORDS = {"organisation", "organization", "corporation", "council", "commission", "institute",
              "university", "centre", "center", "chamber", "chambers", "federation", "authority",
              "ministry", "bank", "company", "agency", "forum", "association", "committee",
              "foundation", "party", "office", "department", "board", "academy", "service",
              "fund", "society", "union", "group", "alliance", "conference", "assembly",
              "industry", "industries", "studies", "development", "zholy", "technology",
              "force", "forces", "army", "navy", "exchange", "college", "school", "network"}
_NOT_NAME = {"the", "of", "and", "for", "in", "on", "at", "to", "a", "an", "his", "her",
             "pakistan", "kazakhstan", "islamabad", "astana", "almaty", "kazakh", "pakistani",
             "mr", "ms", "mrs", "dr", "prof", "h", "e", "he", "she", "they", "it", "this",
             *WEEKDAYS, *MONTH_NAMES, "state", "republic", "federal",
             "minister", "president", "ambassador", "general", "prime", "deputy", "chairman",
             "director", "secretary", "foreign", "affairs", "defence", "defense", "trade",
             "government", "national", "international", "council", "university", "islamic",
             "united", "nations", "central", "asia", "asian", "south", "north", "east", "west",
             "higher", "education", "science", "technology", "production", "water", "power",
             "investment", "communications", "privatization", "commerce", "industry",
             "economic", "affairs", "planning", "information", "broadcasting", "interior",
             "finance", "revenue", "energy", "petroleum", "railways", "culture", "health",
             "human", "rights", "law", "justice", "agriculture", "food", "security", "media",
             "sciences", "engineering", "women", "college", "royal", "joint", "working"}


_HONORIFIC = r"(?:Mr|Ms|Mrs|Dr|Prof|Engr|Engineer|H\.\s?E)\.?"
_ORG_HEADS = {"university", "institute", "centre", "center", "council", "commission", "ministry",
              "embassy", "chamber", "federation", "corporation", "authority", "bank", "agency",
              "foundation", "academy", "association", "organisation", "organization",
              "committee", "company", "secretariat", "department", "exchange", "museum",
              "theatre", "court", "parliament", "assembly", "forum"}
_CONNECTORS = {"of", "for", "and", "on", "the", "&"}
_RUN = re.compile(r"(?:[A-Z][\w'’.&-]*|of|for|and|on|the|&)(?:[ \t]+(?:[A-Z][\w'’.&-]*|of|for|and|"
                  r"on|the|&))+")


@lru_cache(maxsize=1)
def _people_patterns():
    before = re.compile(rf"(?<![\w'’])(?P<title>{_MODS}{_CORE}{_CLAUSE}),?[ \t]+(?P<name>{_NAME})"
                        r"(?=\s*[,.;:)]|\s+[a-z(]|\s*$)")
    # 'President of the Pakistan Pervez Musharraf attended': the name right after the clause
    run_on = re.compile(rf"(?<![\w'’])(?P<title>{_MODS}{_CORE}(?:\s+(?:of|for|to)\s+(?:the\s+)?"
                        rf"[A-Z][\w&'’-]*(?:\s+(?:and|of|the|&)\s+[A-Z][\w&'’-]*)*?))[ \t]+"
                        rf"(?P<name>{_NAME})(?=\s*[,.;:)]|\s+[a-z(]|\s*$)")
    honorific = re.compile(rf"(?<![\w.])(?P<title>{_HONORIFIC})[ \t]+(?:(?:Dr|Prof)\.?[ \t]+)?"
                           rf"(?P<name>{_NAME})")
    after = re.compile(rf"(?<![\w'’])(?P<name>{_NAME}),[ \t]+(?:the[ \t]+)?"
                       rf"(?P<title>{_MODS}{_CORE}(?:\s+(?:of|for|at|to|on)\s+(?:the\s+)?"
                       r"[A-Z][\w&'’.-]*(?:\s+(?:and|of|for|the|&|[A-Z][\w&'’.-]*))*)?)")
    org = re.compile(r"(?P<org>(?:[A-Z][\w&'’.-]*|of|for|and|the|on|&)(?:[ \t]+(?:[A-Z][\w&'’.-]*|"
                     r"of|for|and|the|on|&)){1,9})[ \t]+\((?P<acr>[A-Z][A-Za-z&]{1,9})\)")
    return before, after, org, run_on, honorific


def _clean_name(name: str) -> str | None:
    words = re.sub(r"\s+", " ", name).strip().split(" ")
    while words and fold(words[0]).strip(".") in _TITLE_WORDS:
        words = words[1:]
    if len(words) < 2 or len(words) > 5:
        return None
    if any(fold(w).strip(".") in _NOT_NAME or fold(w).strip(".") in _ORG_WORDS for w in words):
        return None
    return " ".join(words)


def _clean_org(text: str, acronym: str) -> str | None:
    words = re.sub(r"\s+", " ", text).strip().split(" ")
    # cut at a possessive ("Pakistan's National Logistics Corporation") and leading connectors
    for i in range(len(words) - 1, -1, -1):
        if words[i].endswith(("'s", "’s")):
            words = words[i + 1:]
            break
    # ... and a title before the name ('Chairman of the Capital Development Authority (CDA)')
    while words and (words[0].lower() in ("of", "for", "and", "the", "on", "&") or
                     words[0] in ("The", "A", "An") or fold(words[0]) in _ORG_LEAD):
        words = words[1:]
    if len(words) < 2:
        return None
    capitals = [w for w in words if w[0].isupper()]
    initials = "".join(w[0] for w in capitals).upper()
    keyword = any(w.lower().strip(".,") in _ORG_WORDS for w in words)
    # the acronym spells the name's capitals, or the name ends like an organisation's
    fits = acronym.upper().replace("&", "") in initials or initials.startswith(acronym[:2].upper())
    if not (fits and keyword):
        return None
    # keep from the word whose initial starts the acronym
    for i, w in enumerate(words):
        if w[0].upper() == acronym[0].upper() and w[0].isupper():
            words = words[i:]
            break
    return " ".join(words) if len(words) >= 2 else None


def _org_run(text: str) -> str | None:
    """A run of capitalised words naming an organisation by its head noun: 'Shaheed Benazir
    Bhutto Women University', 'Ministry of Foreign Affairs of the Republic of Kazakhstan'."""
    text = re.split(r"\s+and\s+the\s+", text)[-1]  # 'the Hermitage and the Louvre': the last
    words = re.sub(r"\s+", " ", text).strip().split(" ")
    for i in range(len(words) - 1, -1, -1):
        if words[i].endswith(("'s", "’s")):
            words = words[i + 1:]
            break
    for i, w in enumerate(words):  # 'University Prof. Dr. Razia Sultana': the name is not part
        if re.fullmatch(r"(?:Mr|Ms|Mrs|Dr|Prof|Engr)\.?", w):
            words = words[:i]
            break
    while words and (words[0] in _CONNECTORS or words[0] in ("The", "A", "An") or
                     fold(words[0]) in _ORG_LEAD or fold(words[0]) in _SENTENCE_OPENERS):
        words = words[1:]
    while words and (words[-1] in _CONNECTORS or words[-1].endswith(".")):
        if len(words[-1]) > 4 and words[-1][-2].islower():  # 'Ministers.' ends the sentence
            words[-1] = words[-1][:-1]
            break
        words = words[:-1]  # 'Dr.', 'St.': an abbreviation that begins the next name
    if len(words) < 2 or len(words) > 10:
        return None
    if not any(fold(w) in _ORG_HEADS for w in words):
        return None
    if any(fold(w) in _NOT_ORG for w in words):
        return None
    return " ".join(words)


def _own_title(title: str) -> str:
    """'President Asif Ali Zardari and Prime Minister' -> 'Prime Minister'; no possessive lead,
    no closing punctuation."""
    parts = re.split(r"\s+and\s+", title)
    for i in range(len(parts) - 1, 0, -1):
        words = [w for w in parts[i - 1].split() if w[0].isupper()]
        if sum(1 for w in words if fold(w).strip(".") not in _TITLE_WORDS) >= 2 and \
                re.search(_CORE, parts[i - 1]) and re.search(_CORE, " and ".join(parts[i:])):
            if any(fold(w) in _TITLE_WORDS for w in words[:1]) and not re.search(
                    r"\b(?:of|for|to)\b", parts[i - 1]):
                title = " and ".join(parts[i:])
                break
    title = re.sub(r"^(?:[A-Z][a-z]+['’]s\s+)", "", title)
    return title.strip(" .,;:")


def _one_slip(a: str, b: str) -> bool:
    """Two long spellings of one name: a letter more or less ('Kistanfin'), two letters swapped,
    or one vowel for another ('Shehbaz', 'Ahmad'); never one consonant for another ('Karbova'
    and 'Karaova' are two people)."""
    if min(len(a), len(b)) < 5:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return a[diff[0]] in "aeiouy" and b[diff[0]] in "aeiouy"
        return len(diff) == 2 and diff[1] == diff[0] + 1 and \
            a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and any(long_[:i] + long_[i + 1:] == short
                                                for i in range(len(long_)))


def _clauses(sentence: str, dates: list[StatedDate]) -> list[str]:
    """The words of a sentence each of its dates stands for, as an event's title: the whole
    sentence for one date; for several, the clause around each, cut where the first ', ', ';'
    or ' and ' after a date comes ('On June 1 the containers sailed from Karachi' and 'reached
    Jebel Ali on June 3'), so that no title says more happened on a day than its clause does.
    Where a clause would be a date and little else, every date keeps the whole sentence."""
    if len(dates) < 2:
        return [sentence] * len(dates)
    cuts = []
    for a, b in zip(dates, dates[1:]):
        gap = sentence[a.start + len(a.words):b.start]
        m = re.search(r",\s|;\s|\s(?:and|but|while|whereas)\s", gap)
        if not m:
            return [sentence] * len(dates)
        cuts.append((a.start + len(a.words) + m.start(), a.start + len(a.words) + m.end()))
    lead = max(sentence.rfind(": ", 0, dates[0].start), sentence.rfind("; ", 0, dates[0].start))
    starts = [lead + 2 if lead >= 0 else 0] + [end for _, end in cuts]
    ends = [start for start, _ in cuts] + [len(sentence)]
    out = [sentence[a:b].strip(" ,;.") for a, b in zip(starts, ends)]
    if any(len(re.findall(r"\w+", c)) - len(re.findall(r"\w+", d.words)) < 3
           for c, d in zip(out, dates)):
        return [sentence] * len(dates)
    return out


def _misspelt(quote: str, ids: list[str], matcher: NameMatcher) -> str | None:
    """A note for the people a quote names by a misspelling of their name, or None."""
    toks = _tokens(quote)
    folded = [t for t, *_ in toks]
    said = []
    for form, (rid, _) in matcher.variants.items():
        if rid not in ids:
            continue
        for i in range(len(folded) - len(form) + 1):
            if tuple(folded[i:i + len(form)]) == form:
                written = quote[toks[i][1]:toks[i + len(form) - 1][2]]
                said.append(f"{written!r} is read as {rid}, its name with a letter off")
                break
    return "; ".join(said) + "." if said else None


def _rid(kind: str, source_id: str, *parts: str) -> str:
    digest = zlib.crc32("\x1f".join(parts).encode()) & 0xFFFFFFFF
    return f"{source_id}.{kind}-{digest:08x}"


def _short(sentence: str, limit: int = 90) -> str:
    text = re.sub(r"\s+", " ", sentence).strip()
    if len(text) <= limit:
        return text.rstrip(".")
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def topics_of(sentence: str) -> list[str]:
    words = " " + re.sub(r"[^a-z0-9-]+", " ", sentence.lower()) + " "  # the keywords are ASCII
    return [t for t, keys in _TOPIC_WORDS.items()
            if any(f" {k} " in words for k in keys.split())]


_SCALE_WORDS = sorted(SCALES, key=longest_first)  # longest first: 'mln' before 'm'
_FIGURE = re.compile(
    r"(?P<qual>\b(?:about|around|nearly|almost|over|more than|less than|fewer than|up to|"
    r"at least|some|roughly|approximately)\s+)?"
    # (a currency's letters begin a word: 'rivers 12' is no sum in rupees)
    r"(?:(?P<cur>(?<!\w)(?:US\s?\$|USD\s?|Rs\.?\s?|PKR\s?|KZT\s?)|\$|€|£)\s?(?P<n1>\d[\d,]*(?:\.\d+)?)"
    rf"(?:\s*(?P<m1>{'|'.join(_SCALE_WORDS)})\b)?"
    rf"|(?P<n2>\d[\d,]*(?:\.\d+)?|{'|'.join(number_words(1, 10))})"
    rf"(?:[\s-]*(?P<m2>{'|'.join(w for w in _SCALE_WORDS if len(w) > 2)})\b)?[\s-]*"
    r"(?P<unit>%|per ?cent\b|dollars\b|tons\b|tonnes\b|tons?\b|km\b|kilomet(?:re|er)s?\b|"
    r"cubic met(?:re|er)s\b|containers\b|companies\b|countries\b|universities\b|members\b|"
    r"alumni\b|MoUs\b|agreements\b|documents\b|students\b|flights\b|projects\b|delegates\b|"
    r"participants\b|people\b|days\b|trucks\b|vehicles\b|MW\b|megawatts\b))", re.I)


def figures(text: str) -> Iterable[tuple[re.Match, tuple[float | int, str, str | None]]]:
    """Each figure a text states ('$46.8 million', 'more than 30 memorandums'): where it stands
    and its (value, unit, qualifier)."""
    for m in _FIGURE.finditer(text):
        fig = _figure(m)
        if fig is not None:
            yield m, fig


def _word_number(word: str) -> int | None:
    """A figure's number word, zero to ten ('five'); None for any other word."""
    n = number_word(word)
    return n if n is not None and n <= 10 else None


def _figure(m: re.Match) -> tuple[float | int, str, str | None] | None:
    raw = m["n1"] or m["n2"]
    if not raw[0].isdigit() and not m["m2"]:
        return None  # 'the two countries' is not a figure; 'one million dollars' is
    if raw[0].isdigit():
        try:
            value = float(raw.replace(",", ""))
        except ValueError:
            return None
    else:
        word = _word_number(raw)
        if word is None:
            return None
        value = float(word)
    mult = (m["m1"] or m["m2"] or "").lower()
    value *= SCALES.get(mult, 1)
    if m["cur"]:
        cur = m["cur"].strip().upper().rstrip(".")
        # ('Rs' stays as written: Pakistan's rupee, India's, Sri Lanka's and Nepal's are all
        # 'Rs', and a user's pile holds them all; a record says no more than its quote)
        unit = {"$": "USD", "US$": "USD", "US $": "USD", "€": "EUR", "£": "GBP", "RS": "Rs"}.get(
            cur.replace(" ", ""), cur.replace(" ", ""))
    else:
        u = m["unit"].lower()
        unit = ("percent" if u in ("%", "per cent", "percent") else "USD" if u == "dollars" else
                "km" if u.startswith("kilomet") else "tons" if u.startswith("ton") else
                re.sub(r"\s+", " ", u))
        if unit != "percent" and 1900 <= value <= 2100 and not mult and unit in ("days",):
            return None
    value = int(value) if value == int(value) else value
    qual = (m["qual"] or "").strip().lower() or None
    return value, unit, qual


@dataclass
class Extraction:
    records: list[dict]  # YAML-ready, in file order: entities, then events, then facts
    mentions: list[dict]


def _citation(src: Source, pid: str, quote: str) -> dict:
    return {"source": src.id, "passage": pid, "quote": quote}


def extract(src: Source, matcher: NameMatcher, known_ids: set[str],
            rejected: set[str] = frozenset(), step=None) -> Extraction:
    """Candidate records from one source; `matcher` knows the entities so far (new people and
    organisations found here are added to it, so later documents link to them). `step(f)` hears
    the share of the work done (0 to 1) now and then: a long document takes a while."""
    before, after, org_re, run_on, honorific = _people_patterns()
    doc_date = src.date if precision(src.date) == "day" else None
    how = str(src.meta.get("date_from") or ("front matter" if src.date else ""))
    entities: dict[str, dict] = {}
    sentences = [(p, s.strip()) for p in src.passages for s in split_sentences(p.text)]
    previous: dict[int, str] = {}  # sentence index -> the passage's words from the sentence before
    for i in range(1, len(sentences)):
        (p0, s0), (p1, s1) = sentences[i - 1], sentences[i]
        if p0.id == p1.id:
            a = p1.text.find(s0)
            b = p1.text.find(s1, a + len(s0)) if a >= 0 else -1
            if a >= 0 and b >= 0:
                previous[i] = p1.text[a:b + len(s1)]

    def new_entity(rid: str, rtype: str, name: str, pid: str, sentence: str, **extra) -> dict | None:
        if rid in known_ids or rid in rejected:
            return None
        if rid not in entities:
            entities[rid] = {"id": rid, "type": rtype, "name": name, "status": STATUS, **extra,
                             "sources": [_citation(src, pid, sentence)]}
            matcher.add(rid, rtype, [name, *extra.get("aliases", [])])
        return entities[rid]

    for k, (p, sentence) in enumerate(sentences):
        if step and k % 500 == 0:
            step(k / (2 * len(sentences)))
        for m in org_re.finditer(sentence):
            name = _clean_org(m["org"], m["acr"])
            if not name:
                continue
            span = f"{name} ({m['acr']})"
            if span not in sentence:
                continue
            hits = matcher.find(span)
            if hits and (hits[0].end - hits[0].start) >= len(name) // 2:
                continue  # already known
            if matcher.find(m["acr"]):
                continue  # the acronym names a known entity
            new_entity(slug(name), "organization", name, p.id, sentence, acronym=m["acr"],
                       aliases=[m["acr"]])
        for run in _RUN.finditer(sentence):
            name = _org_run(run.group())
            if not name or name not in sentence:
                continue
            hits = matcher.find(name)
            if hits and sum(f.end - f.start for f in hits) >= len(name) // 2:
                continue  # already known, or mostly a known name
            new_entity(slug(name), "organization", name, p.id, sentence)
        for pattern in (before, run_on, after, honorific):
            for m in pattern.finditer(sentence):
                name = _clean_name(m["name"])
                if not name:
                    continue
                hits = matcher.find(name)
                if hits:
                    continue  # a known person (or a name that is an organisation's)
                near = matcher.near_person(name)
                if near:  # a known person's name misspelt: that person, said in a note
                    matcher.add_variant(near[0], name, near[1])
                    continue
                title = one_line(m["title"])
                title = _own_title(title)
                honour = pattern is honorific
                title = re.sub(r"\s+(?:at|of|for|to|on)\s+[A-Z][a-z]+['’]s$", "", title)
                record = new_entity(slug(name), "person", name, p.id, sentence)
                if record is None:
                    continue
                role = {"title": title, "source": src.id, "passage": p.id,
                        "quote": m.group(0).strip()}
                orgs = [f.entity for f in matcher.find(m["title"])
                        if matcher.types.get(f.entity) in ("organization", "programme")]
                if orgs:
                    role["organization"] = orgs[0]
                if doc_date:
                    role["date"] = doc_date
                    role["note"] = (f"The date is the document's ({doc_date}, from its "
                                    f"{how or 'text'}): the title is the one it gives on that day.")
                if honour:
                    continue  # 'Dr.' names a person, not an office
                roles = record.setdefault("roles", [])
                if all(r["title"] != title for r in roles):
                    roles.append(role)

    events: list[dict] = []
    facts: list[dict] = []
    # the lead: the first sentence of the first passage that is not the title repeated
    lead = next((i for i, (p, s) in enumerate(sentences)
                 if fold(s).rstrip(".") != fold(src.title).rstrip(".") and len(s) >= 40), -1)
    for i, (p, sentence) in enumerate(sentences):
        if step and i % 500 == 0:
            step(0.5 + i / (2 * len(sentences)))
        cut = dateline_end(sentence) if p.n <= 3 else 0
        said = sentence[cut:]  # the dateline dates the story, it is not what the sentence says
        found = [f for f in matcher.find(said) if not f.partial]
        quote = sentence
        if i in previous and not [f for f in found if matcher.types.get(f.entity) != "country"] \
                and _LEANS_BACK.search(said):
            # 'On Friday his delegation met the think tank…': who is meant stands in the
            # sentence before, so the quote takes both
            quote = previous[i]
            found = [f for f in matcher.find(quote[:len(quote) - len(sentence)])
                     if not f.partial] + found
        actor_ids = list(dict.fromkeys(f.entity for f in found))
        misspelt = _misspelt(quote, actor_ids, matcher)
        place = next((a for a in actor_ids if matcher.types.get(a) == "place"), None)
        actors = [a for a in actor_ids if a != place]
        topics = topics_of(sentence)
        dates, named = action_dates(said, doc_date, how)
        if len(sentence) < 25 or len(sentence) > 900:
            dates, named = [], []
        if not dates and i == lead and doc_date and _PAST.search(said) and \
                [a for a in actors if matcher.types.get(a) != "country"]:
            # a news item's lead reports its news: undated there, it is the document's day
            dates = [StatedDate(doc_date, None, "day", "", 0,
                                f"The lead sentence reports the story's news undated; the event "
                                f"is dated by the document ({doc_date}, from its "
                                f"{how or 'text'}), the day it reports.")]
        titles = _clauses(said, dates)
        things = {}  # 'Sunday's referendum' beside the day of the sentence's action dates the
        # thing it names, under its own words as the title, with only the actors they name
        for d, thing in named:
            dates, titles = dates + [d], titles + [thing]
            things[len(dates) - 1] = [f.entity for f in matcher.find(thing) if not f.partial
                                      and f.entity != place]
        for k, (d, title) in enumerate(zip(dates, titles)):
            if d.precision == "year" and not [a for a in actors
                                              if matcher.types.get(a) != "country"]:
                continue  # 'in 1991' alone dates a background fact, not an event
            rid = _rid("ev", src.id, d.date, sentence)
            if rid in rejected or any(e["id"] == rid for e in events):
                continue
            if re.search(r"day['’]s$", d.words) and any(e["date"] == d.date for e in events):
                continue  # 'Thursday's trip' names the item's event of that day again
            event = {"id": rid, "type": "event", "status": STATUS, "date": d.date,
                     "date_precision": d.precision}
            if d.end:
                event["end_date"] = d.end
            if d.note:
                event["date_note"] = d.note
            elif d.end:
                event["date_note"] = f"{d.words!r} gives the span from {d.date} to {d.end}."
            # kzpk's words from the sentence: no control character of the document's (the quote
            # keeps them, verbatim)
            event.update({"title": _short(one_line(title)), "summary": one_line(said),
                          "actors": list(dict.fromkeys(things.get(k, actors))), "topics": topics})
            if place:
                event["place"] = place
            if misspelt:
                event["note"] = misspelt
            event["sources"] = [_citation(src, p.id, quote)]
            events.append(event)
        for m, (value, unit, qual) in figures(said):
            rid = _rid("fact", src.id, m.group(0), sentence)
            if rid in rejected or any(f["id"] == rid for f in facts):
                continue
            fact = {"id": rid, "type": "fact", "status": STATUS,
                    "subject": [a for a in actor_ids if a != place] or [],
                    "statement": one_line(said), "value": value, "unit": unit}
            if qual:
                fact["qualifier"] = qual
            day = dates[0] if dates else None
            # a fact has one date: a span's ('January–March 2025') is what its ends share
            date = common_date(day.date, day.end) if day and day.end else day and day.date
            if date:
                fact["date"] = date
                if day.note:
                    fact["date_note"] = day.note
            if topics:
                fact["topics"] = topics
            if misspelt:
                fact["note"] = misspelt
            fact["sources"] = [_citation(src, p.id, quote)]
            facts.append(fact)
    return Extraction(list(entities.values()) + events + facts, mentions([src], matcher))


