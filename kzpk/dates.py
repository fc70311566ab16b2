"""Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD): validation and the days they cover.

Kept apart from records.py so that a query with --since imports nothing heavy.
"""

from __future__ import annotations

import re

PRECISIONS = ("year", "month", "day")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_days(year: int, month: int) -> int:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _DAYS[month - 1]


def parse_date(text: str) -> tuple[str, str] | None:
    """'2022', '2022-06' or '2022-06-09' -> (text, precision), or None if it is not a real date."""
    m = _DATE.match(text)
    if not m:
        return None
    year, month, day = m.groups()
    if month is not None and not 1 <= int(month) <= 12:
        return None
    if day is not None and not 1 <= int(day) <= _month_days(int(year), int(month)):
        return None
    return text, PRECISIONS[(month is not None) + (day is not None)]


def date_bounds(text: str, end: str | None = None) -> tuple[str, str]:
    """First and last day an (ISO, partial) date or range covers, as YYYY-MM-DD strings."""
    first = text.split("-")
    first = "-".join(first + ["01"] * (3 - len(first)))
    last = (end or text).split("-")
    if len(last) == 1:
        last = f"{last[0]}-12-31"
    elif len(last) == 2:
        last = f"{last[0]}-{last[1]}-{_month_days(int(last[0]), int(last[1])):02d}"
    else:
        last = "-".join(last)
    return first, last


# ------------------------------------------------------------------ dates in a document's text
#
# Every rule that reads a date out of prose lives below: a document's own date (front matter,
# dateline, HTML metadata, PDF/DOCX properties, a date near the top), and the dates its
# sentences state, absolute or relative to the document's date. Patterns are compiled on first
# use, so `--since` on the search path pays nothing for them.

import datetime as _dt
from functools import lru_cache
from typing import NamedTuple

MONTH_NAMES = ("january february march april may june july august september october november "
               "december").split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                      "eighty": 80, "ninety": 90, "a hundred": 100, "hundred": 100})
_M = (r"(?P<M>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
      r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DASH = r"\s*(?:-|–|—|to|and|&)\s*"
_FUTURE = ("will ", "would ", "is to ", "are to ", "is due", "are due", "scheduled", "next ",
           "expected to", "plans to", "planned", "upcoming", "is set to", "are set to", "shall ")


def human_date(date: str | None) -> str:
    """'2022-05-09' -> '9 May 2022': the words a reader types and a source writes."""
    if not date:
        return ""
    parts = date.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTH_NAMES[int(parts[1]) - 1].title()} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTH_NAMES[int(parts[1]) - 1].title()} {parts[0]}"
    return parts[0]


def month_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    for i, name in enumerate(MONTH_NAMES, 1):
        if w == name or (len(w) >= 3 and name.startswith(w)) or (w == "sept" and i == 9):
            return i
    return None


def _valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= _month_days(y, m)


class StatedDate(NamedTuple):
    """A date a sentence states: ISO text at its honest precision, the words it stands on, and
    a note when it was worked out rather than read (a relative day, a year taken from the
    document)."""
    date: str
    end: str | None
    precision: str
    words: str
    start: int
    note: str | None = None


class DocumentDate(NamedTuple):
    date: str
    how: str  # front matter, dateline, html metadata, pdf properties, docx properties, text
    note: str | None = None


@lru_cache(maxsize=1)
def _patterns():
    import re

    day = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    day2 = r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?"
    year = r"(?P<y>(?:1[89]|20)\d{2})(?![\d-])"
    return {
        "iso": re.compile(r"\b(?P<y>(?:1[89]|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
        # 18–20 April 2007, 23-25 August 1995, 9th May 2022, 1January 2016, 24 April
        "dmy": re.compile(rf"(?<![\w.]){day}(?:{_DASH}{day2})?\s*(?:of\s+)?{_M}(?![a-z])(?:,?\s+{year})?",
                          re.I),
        # October 15–16, 2024 · September 16, 2010 · June 1
        "mdy": re.compile(rf"(?<![\w]){_M}\s+{day}(?:{_DASH}{day2})?(?![\d:])(?:,?\s+{year})?(?!\s*(?:-|–)\s*\d)",
                          re.I),
        # April 2007, the February 2026 visit
        "my": re.compile(rf"(?<![\w]){_M}\s*,?\s+{year}", re.I),
        # in 2016, in early 2019 (a year alone: only after 'in')
        "y": re.compile(r"\b(?:in|In)\s+(?:(?:early|late|mid|mid-)\s*)?(?P<y>(?:1[89]|20)\d{2})(?![\d-])(?!\s*(?:-|–)\s*\d)"),
        "weekday": re.compile(r"\b(?P<pre>(?:on|On|last|Last|next|Next|this|This)\s+)?"
                              r"(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                              r"(?P<pos>[’']s)?(?:\s+and\s+(?P<w2>Monday|Tuesday|Wednesday|"
                              r"Thursday|Friday|Saturday|Sunday))?\b"),
        "rel": re.compile(r"\b(?P<rel>yesterday|today|last month|this month|next month|last year|"
                          r"this year|next year|earlier this month|earlier this year|"
                          r"later this month|later this year)\b", re.I),
        "dateline": re.compile(
            rf"^\s*(?P<place>[A-Z][A-Za-z.'’ -]{{1,40}}?)\s*,\s*(?:(?:{_M}\s+{day})|(?:(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+{_M.replace('(?P<M>', '(?P<M2>')}))"
            rf"(?:,?\s+{year})?\s*(?:\((?P<agency>[^)\n]{{1,40}})\))?\s*(?:[:.–—-]|$)", re.I),
        "year_any": re.compile(r"(?<![\d$£€.,])(?P<y>(?:19|20)\d{2})(?![\d%])"),
        "years_ago": re.compile(
            r"\b(?P<n>\d{1,3}|[a-z]+(?:[- ][a-z]+)?) years? (?P<dir>ago|from now|earlier|later|before)\b",
            re.I),
    }


def _number(text: str) -> int | None:
    t = text.lower().replace("-", " ").strip()
    if t.isdigit():
        return int(t)
    if t in _NUMBER_WORDS:
        return _NUMBER_WORDS[t]
    parts = t.split()
    if len(parts) == 2 and parts[0] in _NUMBER_WORDS and parts[1] in _NUMBER_WORDS:
        return _NUMBER_WORDS[parts[0]] + _NUMBER_WORDS[parts[1]]
    return None


def iso_from_stamp(value: str) -> str | None:
    """A metadata time stamp -> ISO date: '2021-11-01T18:40:00+05:00', '2021-11-01',
    'D:20240816110500+05'00'' (PDF), '2024/08/16', 'Fri, 16 Aug 2024 11:05:00 +0500'."""
    import re

    value = (value or "").strip()
    m = re.match(r"^(?:D:)?((?:1[89]|20)\d{2})[-/]?(\d{2})[-/]?(\d{2})", value)
    if m and _valid_day(int(m.group(1)), int(m.group(2)), int(m.group(3))):
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    found = stated_dates(value, None)
    for f in found:
        if f.precision == "day":
            return f.date
    return None


def html_date(pairs: list[tuple[str, str]]) -> str | None:
    """The publication date among an html page's metadata (name or property, content), in the
    order publishers mean them: published before any other stamp, modified last."""
    order = ("article:published_time", "og:published_time", "datepublished", "published_time",
             "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued",
             "dc.date", "dcterms.date", "sailthru.date", "parsely-pub-date", "time",
             "datecreated", "article:modified_time", "datemodified", "og:updated_time")
    found: dict[str, str] = {}
    for key, value in pairs:
        key = key.strip().lower()
        if key in order and key not in found:
            iso = iso_from_stamp(value)
            if iso:
                found[key] = iso
    for key in order:
        if key in found:
            return found[key]
    return None


def _candidate_years(text: str, month: int, day: int) -> dict[int, float]:
    """Years a dateline without one may belong to, each with a score from the text: years
    stated, years worked out ('thirty years ago … in 1992', '2022, two years from now'), a
    month-and-year next to the dateline's month, a weekday that fits."""
    p = _patterns()
    scores: dict[int, float] = {}
    for m in p["year_any"].finditer(text):
        y = int(m.group("y"))
        scores[y] = scores.get(y, 0) + 1
    for m in p["years_ago"].finditer(text):
        n = _number(m.group("n"))
        if not n or n > 200:
            continue
        window = text[max(0, m.start() - 200): m.end() + 200]
        sign = -1 if m.group("dir").lower() in ("from now", "later") else 1
        for y in p["year_any"].finditer(window):
            derived = int(y.group("y")) + sign * n
            scores[derived] = scores.get(derived, 0) + 4
            # the stated year is the other end of the span, not the document's
            scores[int(y.group("y"))] = scores.get(int(y.group("y")), 0) - 1
    for m in p["my"].finditer(text):
        mm = month_number(m.group("M"))
        if mm in (month, month - 1, month + 1, 12 if month == 1 else 0):
            y = int(m.group("y"))
            if mm == 12 and month == 1:
                y += 1
            scores[y] = scores.get(y, 0) + 2
    weekdays = {w.lower() for w in p["weekday"].findall(text[:1500]) for w in w[1:2]}
    for y in list(scores):
        if not _valid_day(y, month, day):
            del scores[y]
            continue
        wd = WEEKDAYS[_dt.date(y, month, day).weekday()]
        before = WEEKDAYS[(_dt.date(y, month, day).weekday() - 1) % 7]
        if wd in weekdays:
            scores[y] += 2
        elif before in weekdays:
            scores[y] += 1
    return scores


def dateline_date(body: str) -> DocumentDate | None:
    """A news dateline at the head of the text: 'ISLAMABAD, Feb 12 (APP):', 'ASTANA, June 3
    (APP):', 'Islamabad, 2 November 2022.'. Without a year there, the year comes from the text."""
    p = _patterns()
    paragraphs = [b for b in body.split("\n") if b.strip()][:4]
    for para in paragraphs:
        m = p["dateline"].match(para)
        if not m:
            continue
        place = m.group("place").strip()
        if place.split()[0].lower() in WEEKDAYS or month_number(place.split()[0]) or \
                len(place.split()) > 4:
            continue
        month = month_number(m.group("M") or m.group("M2"))
        day = int(m.group("d") or m.group("dd"))
        if not month:
            continue
        words = m.group(0).strip()
        if m.group("y"):
            y = int(m.group("y"))
            if _valid_day(y, month, day):
                return DocumentDate(f"{y}-{month:02d}-{day:02d}", "dateline")
            continue
        scores = _candidate_years(body, month, day)
        if not scores:
            continue
        best = max(scores.values())
        if best <= 0:
            continue
        year = max(y for y, s in scores.items() if s == best)
        return DocumentDate(f"{year}-{month:02d}-{day:02d}", "dateline",
                            f"dateline {words!r} gives no year; {year} is the year the text "
                            f"points to")
    return None


def top_date(text: str) -> str | None:
    """A full date stated near the top, e.g. 'Islamabad, 2 November 2022' -> '2022-11-02'."""
    for f in stated_dates(text[:600], None):
        if f.precision == "day" and "document's" not in (f.note or ""):
            return f.date
    return None


def document_date(body: str, front_matter: str | None = None,
                  html_meta: list[tuple[str, str]] | None = None,
                  properties: tuple[str, str | None] | None = None) -> DocumentDate | None:
    """A document's own date, in this order: front matter, a news dateline, the html page's
    metadata, the PDF or DOCX properties ((kind, stamp)), a full date near the top."""
    if front_matter:
        text = str(front_matter)
        iso = text if parse_date(text) else iso_from_stamp(text)
        if iso:
            return DocumentDate(iso, "front matter")
    found = dateline_date(body)
    if found:
        return found
    if html_meta:
        iso = html_date(html_meta)
        if iso:
            return DocumentDate(iso, "html metadata")
    if properties and properties[1]:
        iso = iso_from_stamp(properties[1])
        if iso:
            return DocumentDate(iso, f"{properties[0]} properties")
    iso = top_date(body)
    if iso:
        return DocumentDate(iso, "text")
    return None


def _future(sentence: str, at: int | None = None) -> bool:
    """Does the clause before position `at` (the whole sentence without it) speak of the future?"""
    low = sentence.lower() if at is None else sentence[max(0, at - 60):at].lower()
    return any(cue in low for cue in _FUTURE)


def dateline_end(text: str) -> int:
    """Where a news dateline ('ISLAMABAD, Feb 29 (DNA):', 'ISLAMABAD:') at the head of a
    paragraph ends, 0 if there is none: it dates the story, not what the sentence says."""
    import re

    m = _patterns()["dateline"].match(text)
    if m:
        return m.end()
    m = re.match(r"^\s*[A-Z][A-Z .'’-]{2,30}(?:\s*\([^)\n]{1,30}\))?\s*:\s", text)
    return m.end() if m else 0


def _year_for(month: int, day: int | None, doc: _dt.date | None, sentence: str,
              at: int | None = None) -> int | None:
    """The year of a day or month stated without one: the document's, or the year before when
    that would put a past event well after the document was written."""
    if doc is None:
        return None
    year = doc.year
    if not _future(sentence, at):
        probe = _dt.date(year, month, min(day or 1, _month_days(year, month)))
        if (probe - doc).days > 45:
            year -= 1
    elif day is not None and _valid_day(year, month, day) and (_dt.date(year, month, day) - doc).days < -45:
        year += 1
    return year


def stated_dates(sentence: str, doc_date: str | None, doc_how: str = "") -> list[StatedDate]:
    """Every date one sentence states, as precise as it states it. Days and months without a
    year, weekdays and 'last month' are read against the document's date (when it is known to
    the day), with a note saying so."""
    p = _patterns()
    doc = None
    if doc_date and parse_date(doc_date) and len(doc_date) == 10:
        doc = _dt.date.fromisoformat(doc_date)
    whence = f"the document's date ({doc_date}{', ' + doc_how if doc_how else ''})"
    out: list[StatedDate] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def put(m, date: str, end: str | None, precision: str, note: str | None = None) -> None:
        taken.append((m.start(), m.end()))
        out.append(StatedDate(date, end if end != date else None, precision, m.group(0).strip(),
                              m.start(), note))

    for m in p["iso"].finditer(sentence):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if _valid_day(y, mo, d):
            put(m, f"{y}-{mo:02d}-{d:02d}", None, "day")
    for key in ("dmy", "mdy"):
        for m in p[key].finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            month = month_number(m["M"])
            if month is None or (m["M"].lower() == "may" and key == "mdy" and not m["y"]
                                 and m.start() > 0 and sentence[m.start() - 1:m.start()] != " "):
                continue
            if m["M"].lower() in ("mar", "may") and key == "mdy" and not m["y"] and \
                    not sentence[m.start()].isupper():
                continue
            d, d2 = int(m["d"]), int(m["d2"]) if m["d2"] else None
            note = None
            if m["y"]:
                y = int(m["y"])
            else:
                y = _year_for(month, d, doc, sentence, m.start())
                if y is None:
                    continue
                note = f"year {y} taken from {whence}"
            if not _valid_day(y, month, d) or (d2 is not None and (not _valid_day(y, month, d2) or d2 <= d)):
                continue
            start = f"{y}-{month:02d}-{d:02d}"
            end = f"{y}-{month:02d}-{d2:02d}" if d2 else None
            put(m, start, end, "day", note)
    for m in p["my"].finditer(sentence):
        if not free(m.start(), m.end()):
            continue
        month = month_number(m["M"])
        if month is None or (m["M"].lower() in ("may", "mar") and not m["M"][0].isupper()):
            continue
        put(m, f"{int(m['y'])}-{month:02d}", None, "month")
    for m in p["y"].finditer(sentence):
        if free(m.start(), m.end()):
            put(m, m["y"], None, "year")
    if doc is not None:
        for m in p["weekday"].finditer(sentence):
            if not free(m.start(), m.end()) or not free(m.end(), m.end() + 3):
                continue  # 'Tuesday, October 15': the date itself was read already
            pre = (m["pre"] or "").strip().lower()
            if not pre and not m["pos"]:
                continue  # a bare weekday name ('Friday prayers') is not a date
            wd = WEEKDAYS.index(m["w"].lower())
            ahead = pre == "next" or (_future(sentence, m.start()) and pre != "last")
            if ahead:
                delta = (wd - doc.weekday()) % 7 or (7 if pre == "next" else 0)
                day = doc + _dt.timedelta(days=delta)
                how = f"the {m['w']} on or after {whence}"
            else:
                delta = (doc.weekday() - wd) % 7 or (7 if pre == "last" else 0)
                day = doc - _dt.timedelta(days=delta)
                how = f"the {m['w']} on or before {whence}"
            end = None
            if m["w2"]:
                end = day + _dt.timedelta(days=(WEEKDAYS.index(m["w2"].lower()) - wd) % 7)
                end = end.isoformat() if end > day else None
            put(m, day.isoformat(), end, "day", f"{m.group(0).strip()!r} read as {how}")
        for m in p["rel"].finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            rel = m["rel"].lower()
            if rel == "yesterday":
                date, prec = (doc - _dt.timedelta(days=1)).isoformat(), "day"
            elif rel == "today":
                date, prec = doc.isoformat(), "day"
            elif rel.endswith("month"):
                shift = -1 if rel.startswith("last") else 1 if rel.startswith("next") else 0
                y, mo = doc.year, doc.month + shift
                if mo == 0:
                    y, mo = y - 1, 12
                elif mo == 13:
                    y, mo = y + 1, 1
                date, prec = f"{y}-{mo:02d}", "month"
            else:
                shift = -1 if rel.startswith("last") else 1 if rel.startswith("next") else 0
                date, prec = str(doc.year + shift), "year"
            put(m, date, None, prec, f"{m['rel']!r} read against {whence}")
    out.sort(key=lambda s: s.start)
    return _join_ranges(sentence, out)


def _join_ranges(sentence: str, found: list[StatedDate]) -> list[StatedDate]:
    """'from June 10 to Sept. 10' is one span, not two days."""
    import re

    out: list[StatedDate] = []
    for f in found:
        prev = out[-1] if out else None
        if prev and prev.precision == f.precision == "day" and not prev.end and not f.end and \
                re.fullmatch(r"\s*(?:to|until|till|through|-|–|—)\s*",
                             sentence[prev.start + len(prev.words):f.start]):
            end = f.date
            if end < prev.date and f.note:  # a year read from the document: the span runs on
                end = f"{int(end[:4]) + 1}{end[4:]}"
            if end > prev.date:
                words = sentence[prev.start:f.start + len(f.words)]
                out[-1] = prev._replace(end=end, words=words, note=prev.note)
                continue
        out.append(f)
    return out
