"""Every date rule of kzpk, in one place.

- ISO dates as records and options write them (YYYY, YYYY-MM, YYYY-MM-DD): validity, the days
  they cover, overlap with a period, periods (`2011..2016`), the day numbers the index filters on;
- how a date is shown (`9 May 2022`, `1995-08-23–25`);
- month and weekday words, and what dates a quote states (the quote-support checks);
- the dates a document's prose states, and a document's own date (extraction, `add`).

Plain functions; the prose patterns are compiled on first use, so that a query with --since pays
only for the few lines it runs.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from kzpk.tuples import named_tuple

PRECISIONS = ("year", "month", "day")
_DATE = r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$"  # compiled by re on first use, as _PERIOD
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


# ------------------------------------------------------------------ ISO dates and periods

def _month_days(year: int, month: int) -> int:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _DAYS[month - 1]


def _valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= _month_days(y, m)


def parse_date(text: str) -> tuple[str, str] | None:
    """'2022', '2022-06' or '2022-06-09' -> (text, precision), or None if it is not a real date."""
    m = re.match(_DATE, text)
    if not m:
        return None
    year, month, day = m.groups()
    if month is not None and not 1 <= int(month) <= 12:
        return None
    if day is not None and not 1 <= int(day) <= _month_days(int(year), int(month)):
        return None
    return text, PRECISIONS[(month is not None) + (day is not None)]


def precision(date: str | None) -> str | None:
    """'year', 'month' or 'day' for a valid date, None for anything else."""
    parsed = parse_date(date) if date else None
    return parsed[1] if parsed else None


def date_text(value) -> str | None:
    """A date as YAML gives it (text, a number, a date, a time stamp) -> its text to check, None
    if empty. A time stamp stands for its day, in front matter and in records alike."""
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return None if value is None else str(value).strip() or None


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


def days_covered(text: str, end: str | None = None) -> int:
    """How many days an (ISO, partial) date or range covers: 1 for a day, 31 for May."""
    first, last = date_bounds(text, end)
    return (_dt.date.fromisoformat(last) - _dt.date.fromisoformat(first)).days + 1


def ends_before(end: str, start: str) -> bool:
    """Does `end` finish before `start` begins ('2011' before '2012-03'; '2012' not before
    '2012-06': a year holds its months)? A range that does is backwards."""
    return date_bounds(end)[1] < date_bounds(start)[0]


def within(date: str, end: str | None, outer: str, outer_end: str | None) -> bool:
    """Do all the days of date[..end] fall inside outer[..outer_end]?"""
    first, last = date_bounds(date, end)
    ofirst, olast = date_bounds(outer, outer_end)
    return ofirst <= first and last <= olast


def day_span(date: str | None, end: str | None = None) -> tuple[int, int]:
    """The first and last day a date (or range) covers as numbers (20220609) for the index's
    range filters; (0, 0) when there is no date or it is not one."""
    if not date or parse_date(date) is None:
        return 0, 0
    if end and parse_date(end) is None:
        end = None
    first, last = date_bounds(date, end)
    return int(first.replace("-", "")), int(last.replace("-", ""))


def overlaps(date: str | None, end: str | None, since: str | None, until: str | None) -> bool:
    """A dated item overlaps a period if any of it falls inside, at the precision it is known;
    an undated one never does."""
    if not date:
        return False
    first, last = date_bounds(date, end)
    if since and last < date_bounds(since)[0]:
        return False
    if until and first > date_bounds(until)[1]:
        return False
    return True


_PERIOD = r"^\s*(\d{4}(?:-\d{2}){0,2})\s*(?:(?:\.\.|–|—|to)\s*(\d{4}(?:-\d{2}){0,2}))?\s*$"


@named_tuple
class Period:
    """A stretch of time a user names: '2018', '2022-05', '2011..2016' (also 2011–2016, 2011 to 2016)."""
    start: str
    end: str

    @property
    def label(self) -> str:
        return self.start if self.start == self.end else f"{self.start}..{self.end}"


def parse_period(text: str) -> Period | None:
    """A period, or None if the text is not one; one that ends before it starts is an error."""
    m = re.match(_PERIOD, text)
    if not m:
        return None
    start, end = m.group(1), m.group(2) or m.group(1)
    if parse_date(start) is None or parse_date(end) is None:
        return None
    if ends_before(end, start):
        from kzpk.errors import USAGE, KzpkError

        raise KzpkError(f"period {text!r} ends before it starts", USAGE)
    return Period(start, end)


# ------------------------------------------------------------------ showing a date

MONTH_NAMES = ("january february march april may june july august september october november "
               "december").split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
# a day of the week as a text writes it, for patterns ('on Thursday')
WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# a day of the month as a text writes it before the month, or a span of days as one mention
# ('14th', '5-6', 'from 29 to 31 May': no '29' left standing as a count), for patterns
DAY_OF_MONTH = (r"\d{1,2}(?:st|nd|rd|th)?(?:(?:\s*[-–]\s*|\s+(?:to|and|&)\s+)\d{1,2}"
                r"(?:st|nd|rd|th)?)?")


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


def date_in_words(date: str, end: str | None = None) -> str:
    """'1992-02-24 (24 February 1992)', '1991-12 (December 1991)', '2016' (a year says itself
    once), '2017-06-10 to 2017-09-10 (10 June – 10 September 2017)': the ISO form a reader
    filters on and the words a source writes, each once."""
    iso = date + (f" to {end}" if end else "")
    words = human_date(date) + (f" – {human_date(end)}" if end else "")
    if end and len(date) == len(end) == 10 and date[:4] == end[:4]:
        # (a span within one year as a source writes it: '8–9 December 2003', '10 June – 10
        # September 2017')
        first, last = human_date(date).split(" "), human_date(end).split(" ")
        words = f"{first[0]}–{' '.join(last)}" if date[:7] == end[:7] else \
            f"{' '.join(first[:2])} – {' '.join(last)}"
    return iso if words == iso.replace(" to ", " – ") else f"{iso} ({words})"


def display_span(date: str | None, end: str | None = None) -> str:
    """'1995-08-23–25', '2022-06', '2017-06-10 – 2017-09-10': as precise as known, no more."""
    date = date or ""
    if not end or end == date:
        return date
    if len(date) == len(end) == 10 and date[:7] == end[:7]:
        return f"{date}–{end[8:]}"
    if len(date) == len(end) == 10 and date[:4] == end[:4]:
        return f"{date}–{end[5:]}"
    return f"{date} – {end}"


# ------------------------------------------------------------------ month words

# Every way kzpk reads a month written as a word: its name, its first three letters, 'sept'.
MONTH_WORDS = {**{m: i for i, m in enumerate(MONTH_NAMES, 1)},
               **{m[:3]: i for i, m in enumerate(MONTH_NAMES, 1)}, "sept": 9}
_MONTH_ALTERNATION = "|".join(sorted(MONTH_WORDS, key=len, reverse=True))


def month_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    for i, name in enumerate(MONTH_NAMES, 1):
        if w == name or (len(w) >= 3 and name.startswith(w)) or (w == "sept" and i == 9):
            return i
    return None


# ------------------------------------------------------------------ dates a quote states
#
# The quote-support checks (kzpk/quote_support.py): a record's date must stand in its quotes at
# its precision, and a note saying the day is not known cannot go with a date to the day.

_DAY_RE = r"(\d{1,2})(?:st|nd|rd|th)?"
_MONTH_RE = rf"({_MONTH_ALTERNATION})\.?"


@lru_cache(maxsize=1)
def _quote_patterns() -> dict[str, re.Pattern]:
    return {
        "month": re.compile(rf"(?<!\w){_MONTH_RE}(?!\w)"),
        "day month": re.compile(rf"(?<!\d){_DAY_RE}(?:\s*(?:-|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?)?"
                                rf"(?:\s+of)?\s*{_MONTH_RE}(?!\w)"),
        "month day": re.compile(rf"(?<!\w){_MONTH_RE}\s+{_DAY_RE}(?!\d)"),
        "range's second day": re.compile(rf"(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|to|and)\s*"
                                         rf"{_DAY_RE}(?:\s+of)?\s*{_MONTH_RE}(?!\w)"),
        "iso": re.compile(r"(?<!\d)(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?!\d)"),
        "d/m/y": re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)"),
        # A note that says the day (or the month) is not known cannot go with a date that states it.
        "no day": re.compile(r"\b(?:exact )?(?:day|days|date)\b(?: (?:is|are|was|were))? not "
                             r"(?:given|stated|specified|known|printed)|\bno (?:exact |separate )?"
                             r"(?:day|date)\b|\bmonth only\b|\bonly the month\b|\bmonth precision\b"),
        "no month": re.compile(r"\bmonth (?:is |was )?not (?:given|stated|specified|known)|\bno month\b"
                               r"|\byear only\b|\bonly the year\b|\byear precision\b"),
    }


def date_parts_in(quote: str) -> tuple[set[str], set[tuple[int, int | None]], set[tuple[int, int]]]:
    """Years, (month, year-or-None) and (month, day) a quote states."""
    from kzpk.text import fold

    p = _quote_patterns()
    text = fold(quote)
    years = set(re.findall(r"(?<!\d)(\d{4})(?!\d)", text))
    months: set[tuple[int, int | None]] = set()
    days: set[tuple[int, int]] = set()
    for m in p["month"].finditer(text):
        word = m.group(1)
        if word in ("may", "mar") and not _is_month_word(quote, word):
            continue  # "they may meet", "to mar": ordinary words
        months.add((MONTH_WORDS[word], None))
    for key, d, mo in (("day month", 1, 2), ("month day", 2, 1), ("range's second day", 1, 2)):
        for m in p[key].finditer(text):
            days.add((MONTH_WORDS[m.group(mo)], int(m.group(d))))
    for m in p["iso"].finditer(text):
        years.add(m.group(1))
        months.add((int(m.group(2)), int(m.group(1))))
        if m.group(3):
            days.add((int(m.group(2)), int(m.group(3))))
    for m in p["d/m/y"].finditer(text):
        years.add(m.group(3))
        months.add((int(m.group(2)), int(m.group(3))))
        days.add((int(m.group(2)), int(m.group(1))))
    return years, months, days


def _is_month_word(quote: str, word: str) -> bool:
    """'May' or 'Mar' capitalised mid-sentence, or beside a number."""
    for m in re.finditer(rf"\b{word.title()}\b", quote):
        before, after = quote[:m.start()].rstrip(), quote[m.end():m.end() + 4]
        if re.match(r"\.?\s*\d", after) or re.search(r"\d(?:st|nd|rd|th)?$", before):
            return True
        if before and before[-1] not in ".!?\"“”'‘’":
            return True
    return False


def missing_date_parts(date: str, quotes: list[str]) -> list[str]:
    """The parts of a YYYY[-MM[-DD]] date that none of the quotes states."""
    parts = date.split("-")
    year = parts[0]
    month = int(parts[1]) if len(parts) > 1 else None
    day = int(parts[2]) if len(parts) > 2 else None
    years: set[str] = set()
    months: set[int] = set()
    days: set[tuple[int, int]] = set()
    for q in quotes:
        y, mo, d = date_parts_in(q)
        years |= y
        months |= {m for m, _ in mo}
        days |= d
    missing = []
    if year not in years:
        missing.append(f"year {year}")
    if month is not None and month not in months and not any(m == month for m, _ in days):
        missing.append(f"month {MONTH_NAMES[month - 1].title()}")
    if day is not None and (month, day) not in days:
        missing.append(f"day {day}")
    return missing


def note_contradicts(precision: str | None, note: str) -> str | None:
    """Why a date note cannot go with a date at this precision, or None."""
    from kzpk.text import fold

    text = fold(note)
    if precision == "day" and _quote_patterns()["no day"].search(text):
        return "says the day is not given"
    if precision in ("day", "month") and _quote_patterns()["no month"].search(text):
        return "says only the year is given"
    return None


# ------------------------------------------------------------------ does a sentence state a date
#
# The quick test a 'when' question puts to a candidate answer (kzpk/question.py), and the dates
# a 'how many' question strips before it looks for a count. Capitalised month words only.

@lru_cache(maxsize=1)
def date_mention() -> re.Pattern:
    # each month list once per branch: compiling this is most of what a 'when' question's
    # first candidate costs
    month = "(?:" + "|".join(w.title() for w in sorted(MONTH_WORDS, key=len, reverse=True)) + ")"
    return re.compile(
        rf"\b{DAY_OF_MONTH}(?:\s+of)?\s+{month}\b|"
        rf"\b{month}(?:\.?\s+\d{{1,2}}\b|\s+(?:19|20)\d\d\b)|"
        # ('2024-08', '2024-08-14', and a span of years: '2019-20', 'for 2026-2027', '2026/2027')
        r"\b(?:19|20)\d\d[-–/](?:\d\d){1,2}(?:-\d\d)?\b|"
        r"\b(?i:in|since|from|until|by|of|between|during) (?:19|20)\d\d\b|"
        # (an earlier year after 'in' too, not a count of things: 'put up by Babur in 1510',
        # not 'in 1500 villages')
        r"\b(?i:in|since|until|by|between) 1[0-8]\d\d\b(?![,.]?\d|\s+[a-z]+s\b)|"
        # (a year a name's possessive gives its thing: "Yunus Malik's 1979 cult classic")
        r"\b[A-Z][\w-]*['’]s (?:19|20)\d\d\b(?!\s*(?:%|per\b))|"
        rf"\b(?:on|last|this|next) {WEEKDAY_NAME}\b|"
        # (a month of a year told from the text's own: 'since August last year', 'last March')
        rf"\b{month}\s+(?:of\s+)?(?:last|this|next|the\s+previous)\s+year\b|"
        rf"\b(?:last|this|next)\s+{month}\b|"
        # (a part of a month alone, the year the text's own: 'at the end of November', 'from end
        # November', 'in early March'; not 'in November', as often a plan's month as a day's)
        rf"\b(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of|end|early|late|mid-?)\s+"
        rf"{month}\b(?!\s+\d)|"
        # (and a time from the text's own day: 'would start within a couple of months')
        r"\bwithin\s+(?:a|an|one|two|three|four|five|six|a\s+couple\s+of|a\s+few|the\s+next"
        r"|\d+)\s+(?:days?|weeks?|months?|years?)\b")


def mentions_date(sentence: str) -> bool:
    # Every form but 'on Tuesday', 'August last year' and 'within two weeks' holds a digit;
    # most sentences hold none of them, and saying so is a fraction of the cost of trying the
    # month names at every word.
    # ('the end of November', 'in early March': a part of a month alone)
    return re.search(r"\d|day\b|year\b|\b(?:last|this|next|of|end|early|late|mid)[ -][A-Z]"
                     r"|\bwithin\b", sentence) is not None and \
        date_mention().search(sentence) is not None


def strip_dates(sentence: str) -> str:
    return date_mention().sub(" ", sentence)


# ------------------------------------------------------------------ dates in a document's text
#
# Every rule that reads a date out of prose lives below: a document's own date (front matter,
# dateline, HTML metadata, PDF/DOCX properties, a date near the top), and the dates its
# sentences state, absolute or relative to the document's date. Patterns are compiled on first
# use, so `--since` on the search path pays nothing for them.

_M = rf"(?P<M>{_MONTH_ALTERNATION})\.?"
_DASH = r"\s*(?:-|–|—|to|and|&)\s*"


@named_tuple
class StatedDate:
    """A date a sentence states: ISO text at its honest precision, the words it stands on, and
    a note when it was worked out rather than read (a relative day, a year taken from the
    document)."""
    date: str
    end: str | None
    precision: str
    words: str
    start: int
    note: str | None = None


@named_tuple
class DocumentDate:
    date: str
    how: str  # front matter, dateline, html metadata, pdf properties, docx properties, text
    note: str | None = None


@lru_cache(maxsize=1)
def _patterns():
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
        # January–March 2025, between April and June 2024
        "mm": re.compile(rf"(?<![\w]){_M}{_DASH}{_M.replace('(?P<M>', '(?P<M2>')}\s*,?\s+{year}",
                         re.I),
        # in 2016, in early 2019 (a year alone: only after 'in')
        "y": re.compile(r"\b(?:in|In)\s+(?:(?:early|late|mid|mid-)\s*)?(?P<y>(?:1[89]|20)\d{2})(?![\d-])(?!\s*(?:-|–)\s*\d)"),
        "weekday": re.compile(r"\b(?P<pre>(?:on|On|last|Last|next|Next|this|This)\s+)?"
                              r"(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                              r"(?P<pos>[’']s)?(?:\s+and\s+(?P<w2>Monday|Tuesday|Wednesday|"
                              r"Thursday|Friday|Saturday|Sunday))?\b"),
        "rel": re.compile(r"\b(?P<rel>yesterday|today|tonight|tomorrow|(?:(?:earlier|later)\s+)?"
                          r"this\s+(?:week|month|year)|(?:last|next)\s+(?:week|month|year))\b",
                          re.I),
        "dateline": re.compile(
            rf"^\s*(?P<place>[A-Z][A-Za-z.'’ -]{{1,40}}?)\s*,\s*(?:(?P<country>[A-Z][A-Za-z.'’ -]{{1,30}}?)\s*,\s*)?(?:(?:{_M}\s+{day})|(?:(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+{_M.replace('(?P<M>', '(?P<M2>')}))"
            rf"(?:,?\s+{year})?\s*(?:\((?P<agency>[^)\n]{{1,40}})\))?\s*(?:[:.–—-]|$)", re.I),
        # (a decade, 'in the 1950s', is no year)
        "year_any": re.compile(r"(?<![\d$£€.,])(?P<y>(?:19|20)\d{2})(?![\d%]|['’]?s\b)"),
        "years_ago": re.compile(
            r"(?<!\bevery )\b(?P<n>\d{1,3}|[a-z]+(?:[- ][a-z]+)?) years? "
            r"(?P<dir>ago|from now|earlier|later|before|since)\b"
            # an anniversary counts years too ('their 34th Independence Day')
            r"|\b(?P<nth>\d{1,3})(?:st|nd|rd|th)\s+(?:anniversary|independence\s+day)\b",
            re.I),
    }


def _number(text: str) -> int | None:
    """A count of years in digits or number words ('30', 'thirty', 'twenty-five', 'a hundred';
    the cardinals of text.NUMBER_WORDS)."""
    from kzpk.text import number_word

    t = text.lower().replace("-", " ").strip()
    if t.isdigit():
        return int(t)
    if t == "a hundred":
        return 100
    n = number_word(t)
    if n is not None:
        return n
    parts = t.split()
    if len(parts) == 2:
        first, second = number_word(parts[0]), number_word(parts[1])
        if first is not None and second is not None:
            return first + second
    return None


def iso_from_stamp(value: str) -> str | None:
    """A metadata time stamp -> ISO date: '2021-11-01T18:40:00+05:00', '2021-11-01',
    'D:20240816110500+05'00'' (PDF), '2024/08/16', 'Fri, 16 Aug 2024 11:05:00 +0500'."""
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


# a clause about what is still to come: its weekday is not the day the story was written
_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|is due|are due|is expected to|are expected to|"
                     r"is scheduled|are scheduled|plans to|is set to|are set to)\b", re.I)


_SINCE = r"\bsince\s+(?:(?:early|late|mid-?)\s*)?$"  # (compiled by `re` on first use)
_FOUNDED = r"\b(?:founded|established|set up|built|born|formed)\s+in\s+$"
# a law's or a treaty's year, part of its name ('the Mines Act of 1923', 'the Companies Ordinance
# 1984'): the story is no earlier, and tells it as its past
_LAW_YEAR = (r"\b(?:Act|Acts|Law|Ordinance|Code|Rules|Regulations|Treaty|Convention|Constitution)"
             r"(?:\s+of)?,?\s+$")


def _candidate_years(text: str, month: int, day: int) -> dict[int, float]:
    """Years a dateline without one may belong to, each with a score from the text: years
    stated, years worked out ('thirty years ago … in 1992', '2022, two years from now'), a
    month-and-year next to the dateline's month, a weekday that fits. A year the text only
    mentions once, on a weekday that does not fit, is none, and so is a year still to come:
    the story is then left undated."""
    p = _patterns()
    scores: dict[int, float] = {}
    # a year things have gone on since ('have lived in the country since 2016') is one the
    # story is no earlier than, not its year
    since_floor = 0
    for m in p["year_any"].finditer(text):
        y = int(m.group("y"))
        if re.search(_SINCE, text[max(0, m.start() - 20):m.start()], re.I) or \
                re.search(_FOUNDED, text[max(0, m.start() - 30):m.start()], re.I) or \
                re.search(_LAW_YEAR, text[max(0, m.start() - 30):m.start()]):
            # (and the year something was founded, 'INION ... was founded in 1918', is one the
            # story tells as its past)
            since_floor = max(since_floor, y)
            continue
        scores[y] = scores.get(y, 0) + 1
    for m in p["years_ago"].finditer(text):
        # (the count is the words' last when the first is none: 'to mark twenty years since')
        n = int(m.group("nth")) if m.group("nth") else \
            _number(m.group("n")) or _number(m.group("n").split()[-1])
        if not n or n > 200:
            continue
        # (the year an anniversary counts from may stand anywhere in the story: 'their 34th
        # Independence Day' above '... the adoption in 1991 of the Law on Independence')
        window = text if m.group("nth") else text[max(0, m.start() - 200): m.end() + 200]
        sign = -1 if (m.group("dir") or "").lower() in ("from now", "later") else 1
        for y in p["year_any"].finditer(window):
            derived = int(y.group("y")) + sign * n
            scores[derived] = scores.get(derived, 0) + 4
            # the stated year is the other end of the span, not the document's
            scores[int(y.group("y"))] = scores.get(int(y.group("y")), 0) - 1
    # a month and year ('February 2026', 'September 1, 2023') next to the dateline's month
    for m in (*p["my"].finditer(text), *p["dmy"].finditer(text), *p["mdy"].finditer(text)):
        if not m.group("y"):
            continue
        mm = month_number(m.group("M"))
        if mm in (month, month - 1, month + 1, 12 if month == 1 else 0):
            y = int(m.group("y"))
            if mm == 12 and month == 1:
                y += 1
            scores[y] = scores.get(y, 0) + 2
    # the weekdays things were done or said on; one a future clause names ('will fly to
    # Tajikistan on Sunday') is a day after the story's and dates nothing
    head = text[:1500]
    weekdays = {m.group("w").lower() for m in p["weekday"].finditer(head)
                if not (m.group("pre") or "").lower().startswith("next")
                and not _FUTURE.search(head[max(head.rfind(".", 0, m.start()) + 1,
                                                m.start() - 120):m.start()])}
    out: dict[int, float] = {}
    today = _dt.date.today()
    # the story is no earlier than a year it says something happened in ('Rybakina ... switched
    # to Kazakhstan in 2018'): a background year that fits the weekday ('since Petra Kvitova in
    # 2011') is then not its year
    floor = since_floor
    floor_month = 0  # and of that year, no earlier than the month it names ('in August 2021')
    # ('in 2018', not a span's end, 'an action plan for 2025-2026', nor 'fiscal year 2025')
    for m in re.finditer(r"\bin (?:(?P<M>[A-Z][a-z]+) )?(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)",
                         text):
        y = int(m.group("y"))
        said_month = month_number(m.group("M")) if m.group("M") else None
        if m.group("M") and not said_month:
            continue  # ('in Kabul 2019' is no date)
        if floor < y <= today.year or y == floor and (said_month or 0) > floor_month:
            # (the verb just before it says so: 'switched to Kazakhstan in 2018'; not one far
            # off, 'has approved a quota of ... permits for road freight in 2026')
            # ('started out as a business-jet operator in 1999': six words back)
            near = " ".join(text[:m.start()].rsplit(". ", 1)[-1].split()[-7:])
            # (or a clause from 'since': 'since the Taliban returned to power in August 2021')
            if re.search(r"\bsince\b", near, re.I) or \
                    tense_at(near + " " + m.group(0), len(near) + 1,
                             len(near) + 1 + len(m.group(0)))[0] == "back":
                floor, floor_month = y, said_month or 0
    for y, said in scores.items():
        if not _valid_day(y, month, day) or _dt.date(y, month, day) > today:
            continue  # (a story is not written on a day still to come: 'tax-free until 2030')
        if y < floor or y == floor and month < floor_month:
            continue  # (a July story of a year whose August it tells of as past is of a later one)
        wd = WEEKDAYS[_dt.date(y, month, day).weekday()]
        before = WEEKDAYS[(_dt.date(y, month, day).weekday() - 1) % 7]
        # a year the text states once (a background '1992') dates the story only if the
        # weekday it names falls on the dateline's day in that year
        if said >= 2 or (said >= 1 and wd in weekdays):
            out[y] = said + (2 if wd in weekdays else 1 if before in weekdays else 0)
    return out


def _dateline(body: str) -> re.Match | None:
    """The news dateline heading one of a text's first paragraphs ('ISLAMABAD, Feb 12 (APP):'),
    with or without a year; None when there is none."""
    p = _patterns()
    for para in [b for b in body.split("\n") if b.strip()][:4]:
        m = p["dateline"].match(para)
        if not m:
            continue
        place = m.group("place").strip()
        if place.split()[0].lower() in WEEKDAYS or month_number(place.split()[0]) or \
                len(place.split()) > 4:
            continue
        if month_number(m.group("M") or m.group("M2")):
            return m
    return None


def dateline_date(body: str) -> DocumentDate | None:
    """A news dateline at the head of the text: 'ISLAMABAD, Feb 12 (APP):', 'ASTANA, June 3
    (APP):', 'Islamabad, 2 November 2022.'. Without a year there, the year comes from the text;
    None when it points to none."""
    m = _dateline(body)
    if not m:
        return None
    month = month_number(m.group("M") or m.group("M2"))
    day = int(m.group("d") or m.group("dd"))
    if m.group("y"):
        y = int(m.group("y"))
        return DocumentDate(f"{y}-{month:02d}-{day:02d}", "dateline") \
            if _valid_day(y, month, day) else None
    scores = _candidate_years(body, month, day)
    best = max(scores.values(), default=0)
    if best <= 0:
        return None
    year = max(y for y, s in scores.items() if s == best)
    return DocumentDate(f"{year}-{month:02d}-{day:02d}", "dateline",
                        f"dateline {m.group(0).strip()!r} gives no year; {year} is the year the "
                        f"text points to")


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
    # (not under a dateline of no year that the text gives no year for: its day taken with a
    # year the text names for another thing, 'KABUL, July 25 ... returned in August 2021', or
    # the next full date, that of what the story looks back on, is no date of the story)
    iso = top_date(body) if _dateline(body) is None else None
    if iso:
        return DocumentDate(iso, "text")
    return None


# ------------------------------------------------------------------ which way a relative date points
#
# 'on Tuesday' in an item dated Monday is the Tuesday after when its verb speaks of what is to
# come ('will fly', 'is due to', 'flies', 'is visiting') and the Tuesday before when it reports
# ('flew', 'was held', 'said'). The verb read is the nearest one before the date's words (after
# them when the clause opens with the date). Where no verb says which way, the reading is the
# conservative one, the past (an item reports what has happened by its date), and the note says so.

_MODALS = {"will", "shall", "'ll", "’ll", "would", "won't", "won’t", "wouldn't", "wouldn’t"}
_BE_NOW = {"is", "are", "am", "isn't", "isn’t", "aren't", "aren’t"}
_BE_PAST = {"was", "were", "wasn't", "wasn’t", "weren't", "weren’t"}
_HAVE = {"has", "have", "had", "hasn't", "hasn’t", "haven't", "haven’t", "hadn't", "hadn’t"}
# words before a bare verb that leave its time to the words before them
_LEAVE = {"to", "not", "never", "also", "then", "jointly", "formally", "officially", "be", "been",
          "being", "do", "does", "don't", "don’t", "doesn't", "doesn’t"}
# words that say an event is still to come: 'is due to', 'the planned visit', 'plans to'
_AHEAD = {"due", "expected", "scheduled", "slated", "planned", "planning", "plans", "intends",
          "aims", "upcoming", "forthcoming", "poised", "hopes", "proposed", "tentatively"}
_AHEAD_BEFORE_TO = {"set", "going", "likely", "about", "plan", "intend", "want", "wants",
                    "seeks", "seek", "hope", "ready", "aim"}
# verbs of a schedule, said in the present: 'flies to Astana on Tuesday', 'the forum opens'
_SCHEDULED = set("""flies arrives leaves departs travels heads visits meets hosts holds opens
begins starts ends closes launches signs embarks returns attends addresses chairs inaugurates
kicks tours joins leads concludes wraps convenes resumes lands goes comes takes sits runs""".split())
_BARE = set("""fly arrive leave depart travel head visit meet host hold open begin start end
close launch sign embark return attend address chair inaugurate kick tour join lead conclude wrap
convene resume land go come take sit hold discuss talk review run""".split())
# present-tense verbs that report ('the ministry says', 'the statement notes'): looking back
_REPORTING = set("says tells notes adds announces reports states writes claims confirms recalls "
                 "told said".split())
_PAST = set("""met held took spent signed told called visited led gave made went came arrived
reached agreed discussed opened launched paid began left sent saw won became attended hosted
flew did didn't didn’t spoke wrote thought brought bought sought felt kept found stood ran rode
drove sat shook struck understood withdrew overtook undertook got broke chose drew fell forgot
grew knew lost meant rose sold shot spent taught threw wore""".split())
_NOT_INFINITIVE = {"the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those",
                   "our", "my", "your", "some", "all", "both", "each", "every", "which", "whom",
                   "what", "them", "him", "us", "me", "it"}
_NOT_VERB = {"need", "needed", "speed", "feed", "seed", "hundred", "creed", "bred", "shed", "wed",
             "united", "based", "related", "limited", "advanced", "interested", "detailed",
             "dedicated", "sophisticated", "concerned", "indeed", "sacred", "naked", "armed",
             "landlocked", "renewed", "improved", "increased", "enhanced", "expanded",
             "combined", "joint", "listed", "registered", "talked"}


# a word as the tense rule reads it: 'co-chaired' and 'extended-format' are one word each
_TENSE_WORD = r"[A-Za-z]+(?:['’-][A-Za-z]+)*"


def _verb_at(words: list[str], i: int):
    """What words[i] says of its clause's time: ('ahead' | 'back' | None (not which way), the
    words that say it); 'defer' when the words before it decide ('be held', 'will fly'); None
    when it is no verb."""
    w = words[i].lower()
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    nxt2 = words[i + 2].lower() if i + 2 < len(words) else ""
    prev = words[i - 1].lower() if i > 0 else ""
    pair = " ".join(words[i:i + 2])
    if w in _MODALS:
        return "ahead", words[i]
    if w in _BE_NOW:
        if nxt == "to" or (nxt in _AHEAD | _AHEAD_BEFORE_TO and nxt2 in ("to", "for", "on")) \
                or nxt.endswith("ing"):
            return "ahead", pair
        return None, words[i]  # 'the visit is the first': a copula does not say which way
    if w in _BE_PAST:
        if nxt == "to" or (nxt in _AHEAD | _AHEAD_BEFORE_TO and nxt2 in ("to", "for")):
            return None, pair  # what was to come on a past day: which way is not said
        return "back", words[i]
    if w in _HAVE:
        return ("ahead", pair) if nxt == "to" and w in ("has", "have") else ("back", words[i])
    if w == "to":
        if nxt not in _BARE and (not nxt or nxt in _NOT_INFINITIVE or words[i + 1][0].isupper()
                                 or nxt.endswith("s")):
            return None  # 'flies to Astana', 'to the talks': a preposition
        if prev in _AHEAD or prev in _AHEAD_BEFORE_TO or prev in _BE_NOW:
            if i > 1 and words[i - 2].lower() in _BE_PAST:  # 'was due to': what was to come
                return None, " ".join(words[i - 2:i + 1])
            return "ahead", f"{words[i - 1]} to"
        if prev in _BE_PAST:
            return None, f"{words[i - 1]} to"
        governing = _verb_at(words, i - 1) if i > 0 and prev not in _LEAVE else None
        if isinstance(governing, tuple) and governing[0] == "back":
            return None, f"{words[i - 1]} to"  # 'agreed to meet on Tuesday': which way is not said
        if isinstance(governing, tuple):
            return governing
        return "defer"  # 'came to Islamabad to attend talks': the verb before decides
    if w in _AHEAD:
        return "ahead", words[i]
    if w in _AHEAD_BEFORE_TO and nxt == "to":
        return "ahead", pair
    if w in _REPORTING:
        return "back", words[i]
    if w in _SCHEDULED:
        return "ahead", words[i]
    if w in _BARE:
        if prev in _MODALS or prev in _LEAVE or prev in _BE_NOW | _BE_PAST | _HAVE or \
                prev in ("did", "didn't", "didn’t"):
            return "defer"
        return "ahead", words[i]  # 'the two leaders meet on Tuesday'
    if w in _PAST or (w.endswith("ed") and len(w) > 4 and w not in _NOT_VERB
                      and not (i > 0 and words[i][0].isupper())):
        if prev in ("be", "been", "being", "to") or prev in _BE_NOW | _BE_PAST | _HAVE:
            return "defer"  # 'was held', 'will be held', 'is expected to be held'
        return "back", words[i]
    return None


def tense_at(sentence: str, start: int, end: int) -> tuple[str | None, str]:
    """Which way from the document's date the date words at sentence[start:end] point, by the
    verb of their clause: ('ahead', 'will'), ('back', 'flew'), or (None, words) where the verb
    does not say ('' when there is none)."""
    before = re.split(r"[.;:!?](?:\s|$)|\s[—–]\s", sentence[:start])[-1]
    words = re.findall(_TENSE_WORD, before)
    headline = None
    for i in range(len(words) - 1, max(-1, len(words) - 14), -1):
        found = _verb_at(words, i)
        if found is not None and found != "defer":
            return found
        if found == "defer" and words[i].lower() == "to" and i > 0 and \
                _verb_at(words, i - 1) is None and words[i - 1].lower() not in _LEAVE:
            headline = " ".join(words[i:i + 2])
    if headline:
        return "ahead", headline  # 'PM Gilani to begin visit on Tuesday': a headline's future
    if any(_verb_at(words, i) is not None for i in range(len(words))):
        return None, ""
    after = re.split(r"[.;:!?](?:\s|$)|\s[—–]\s", sentence[end:])[0]
    words = re.findall(_TENSE_WORD, after)
    for i in range(min(len(words), 14)):
        found = _verb_at(words, i)
        if found is not None and found != "defer":
            return found
    return None, ""


def _which_way(sentence: str, start: int, end: int) -> tuple[str, str]:
    """'ahead' or 'back' for a weekday without 'next' or 'last', and why, for its note."""
    way, words = tense_at(sentence, start, end)
    if way == "ahead":
        return way, f"{words!r} speaks of what is still to come"
    if way == "back":
        return way, f"{words!r} reports what has happened"
    said = f"{words!r} does not say" if words else "no verb says"
    return "back", f"{said} whether before or after, so the past is taken (an item reports what " \
                   f"has happened by its date)"


def dateline_end(text: str) -> int:
    """Where a news dateline ('ISLAMABAD, Feb 29 (DNA):', 'ISLAMABAD:') at the head of a
    paragraph ends, 0 if there is none: it dates the story, not what the sentence says."""
    m = _patterns()["dateline"].match(text)
    if m:
        return m.end()
    m = re.match(r"^\s*[A-Z][A-Z .'’-]{2,30}(?:\s*\([^)\n]{1,30}\))?\s*:\s", text)
    return m.end() if m else 0


_ASIDE_OPENERS = {"which", "who", "whom", "whose", "where", "founded", "established", "set",
                  "built", "born", "held", "made", "begun", "given", "taken", "written", "known",
                  "seen", "opened", "launched", "signed", "created", "formed", "adopted",
                  "delivered", "inaugurated", "dated", "completed"}


def action_dates(sentence: str, doc_date: str | None,
                 doc_how: str = "") -> tuple[list[StatedDate], list[tuple[StatedDate, str]]]:
    """The dates a sentence gives what it reports: those it states (stated_dates), less a date
    in an aside (in_aside) and a weekday that names a thing beside another date ('spoke on
    Tuesday and congratulated him on Sunday's constitutional referendum, calling the vote
    historic'). That weekday dates the thing it names instead: the second list pairs it with
    the words naming it, up to the next mark ("Sunday's constitutional referendum")."""
    found = [d for d in stated_dates(sentence, doc_date, doc_how) if not in_aside(sentence, d)]
    named = [d for d in found if re.search(r"day['’]s$", d.words)]
    if not named or len(named) == len(found):
        return found, []
    things = []
    for d in named:
        day = d.start + re.search(r"\w+day['’]s$", d.words).start()  # not 'on' before it
        rest = re.match(r"[^,;:.!?()“”\"]*", sentence[day:]).group().strip()
        if len(re.findall(r"\w+", rest)) >= 3:  # the weekday and at least a word of the thing
            things.append((d, rest))
    return [d for d in found if d not in named], things


def common_date(date: str, end: str) -> str | None:
    """What a span's two ends share, as a date: '2025-01'..'2025-03' -> '2025', '2007-04-18'..
    '2007-04-20' -> '2007-04'; None when not even the year."""
    shared = []
    for a, b in zip(date.split("-"), end.split("-")):
        if a != b:
            break
        shared.append(a)
    return "-".join(shared) or None


def in_aside(sentence: str, found: StatedDate) -> bool:
    """Does a date stand in an aside ('the NJV School, founded in October 1855, …', '…, whom he
    briefed on the address delivered on September 8') while the rest of the sentence reports an
    action of its own ('went', 'called')? Then it dates the aside, not what the sentence says."""
    before = sentence[:found.start]
    cut = max(before.rfind(","), before.rfind("("), before.rfind(" — "), before.rfind(" – "))
    if cut < 0:
        return False
    words = re.findall(_TENSE_WORD, before[cut:])
    lead = [w.lower() for w in words[:2]]
    opens = lead and (lead[0] in _ASIDE_OPENERS or
                      (lead[0] in ("for", "in", "at", "during", "of", "by", "on") and
                       lead[1:] == ["which"]) or
                      (lead[0].endswith("ed") and len(lead[0]) > 4 and words[0].islower()))
    if not opens:
        return False
    after = sentence[found.start + len(found.words):]
    close = min([i for i in (after.find(","), after.find(")"), after.find(" — "),
                             after.find(" – ")) if i >= 0] or [len(after)])
    rest = re.findall(_TENSE_WORD, sentence[:cut] + " " + after[close:])
    return any(isinstance(_verb_at(rest, i), tuple) and _verb_at(rest, i)[0]
               for i in range(len(rest)))


def _year_for(month: int, day: int | None, doc: _dt.date | None, sentence: str,
              at: int, end: int) -> int | None:
    """The year of a day or month stated without one: the document's, or the year before when
    that would put a past event well after the document was written (the year after, for one
    still to come well before it)."""
    if doc is None:
        return None
    year = doc.year
    if tense_at(sentence, at, end)[0] != "ahead":
        probe = _dt.date(year, month, min(day or 1, _month_days(year, month)))
        if (probe - doc).days > 45:
            year -= 1
    elif day is not None and _valid_day(year, month, day) and (_dt.date(year, month, day) - doc).days < -45:
        year += 1
    return year


def _year_from_sentence(sentence: str, m: re.Match, month: int, day: int,
                        years_here: list[tuple[int, str, int, int]],
                        doc: _dt.date | None) -> tuple[int, str] | None:
    """The year a day stated without one takes from a date its sentence states with one ('on 20
    December 1991, four days after it declared independence on 16 December'), with the words
    it comes from; None to read it against the document's date instead. With the document's
    date known, only a date tied to this one ('four days after', 'from … to …') lends its year,
    and only a year that puts a reported day before the document (one still to come after)."""
    if not years_here:
        return None
    at, said, y, mo = min(years_here, key=lambda t: abs(t[0] - m.start()))
    if month - mo > 6 and m.start() < at:
        y -= 1  # 'from 30 December to 2 January 2024'
    elif mo - month > 6 and m.start() > at:
        y += 1  # 'talks on 20 December 2023 and again on 5 January'
    if not _valid_day(y, month, day):
        return None
    if doc is not None:
        gap = sentence[min(at, m.end()):max(at, m.start())]
        if len(gap) > 80 or not re.search(r"\b(?:to|until|till|through|after|before|later|"
                                          r"earlier|since)\b|[-–—]", gap):
            return None
        way = tense_at(sentence, m.start(), m.end())[0]
        after = _dt.date(y, month, day) > doc
        if (way == "back" and after) or (way == "ahead" and not after):
            return None
    return y, said


def stated_dates(sentence: str, doc_date: str | None, doc_how: str = "") -> list[StatedDate]:
    """Every date one sentence states, as precise as it states it. Days and months without a
    year, weekdays and 'last month' are read against the document's date (when it is known to
    the day), with a note saying so."""
    p = _patterns()
    doc = None
    if precision(doc_date) == "day":
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
    years_here: list[tuple[int, str, int, int]] = []  # (where, words, year, month) stated
    spans: list[tuple[int, int]] = []
    for key in ("dmy", "mdy", "my"):
        for m in p[key].finditer(sentence):
            if m["y"] and month_number(m["M"]) and \
                    not any(a <= m.start() < b for a, b in spans):  # 'December 1991' of '20 …'
                spans.append((m.start(), m.end()))
                years_here.append((m.start(), m.group(0).strip(), int(m["y"]), month_number(m["M"])))
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
                y = _year_from_sentence(sentence, m, month, d, years_here, doc)
                if y is not None:
                    note = f"year {y[0]} taken from {y[1]!r} in the same sentence"
                    y = y[0]
                else:
                    y = _year_for(month, d, doc, sentence, m.start(), m.end())
                    if y is None:
                        continue
                    note = f"year {y} taken from {whence}"
            if not _valid_day(y, month, d) or (d2 is not None and (not _valid_day(y, month, d2) or d2 <= d)):
                continue
            start = f"{y}-{month:02d}-{d:02d}"
            end = f"{y}-{month:02d}-{d2:02d}" if d2 else None
            put(m, start, end, "day", note)
    for m in p["mm"].finditer(sentence):
        first, last = month_number(m["M"]), month_number(m["M2"])
        if first and last and first < last and free(m.start(), m.end()) and \
                not any(w.lower() in ("may", "mar") and not w[0].isupper() for w in (m["M"], m["M2"])):
            put(m, f"{int(m['y'])}-{first:02d}", f"{int(m['y'])}-{last:02d}", "month")
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
            if pre in ("next", "last"):
                way, why = ("ahead" if pre == "next" else "back"), f"{pre!r} says which way"
            else:
                way, why = _which_way(sentence, m.start(), m.end())
            if way == "ahead":
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
            put(m, day.isoformat(), end, "day", f"{m.group(0).strip()!r} read as {how}: {why}")
        for m in p["rel"].finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            rel = " ".join(m["rel"].lower().split())
            if rel.startswith(("next", "last")) and \
                    re.search(r"\bthe\s+$", sentence[:m.start()], re.I):
                continue  # 'within the next year', 'over the last month': a stretch, not a date
            shift = -1 if rel.startswith("last") else 1 if rel.startswith("next") else 0
            end = None
            note = f"{m['rel']!r} read against {whence}"
            if rel in ("yesterday", "today", "tonight", "tomorrow"):
                shift = {"yesterday": -1, "tomorrow": 1}.get(rel, 0)
                date, prec = (doc + _dt.timedelta(days=shift)).isoformat(), "day"
            elif rel.endswith("week"):
                monday = doc - _dt.timedelta(days=doc.weekday()) + _dt.timedelta(weeks=shift)
                first, last = monday, monday + _dt.timedelta(days=6)
                if rel.startswith("earlier"):
                    last = max(first, doc - _dt.timedelta(days=1))
                elif rel.startswith("later"):
                    first = min(last, doc + _dt.timedelta(days=1))
                date, end, prec = first.isoformat(), last.isoformat(), "day"
                note = (f"{m['rel']!r} read against {whence} as the days {first.isoformat()} to "
                        f"{last.isoformat()}; the sentence does not say which of them"
                        if last > first else f"{m['rel']!r} read against {whence} as "
                                             f"{first.isoformat()}")
            elif rel.endswith("month"):
                y, mo = doc.year, doc.month + shift
                if mo == 0:
                    y, mo = y - 1, 12
                elif mo == 13:
                    y, mo = y + 1, 1
                date, prec = f"{y}-{mo:02d}", "month"
            else:
                date, prec = str(doc.year + shift), "year"
            put(m, date, end, prec, note)
    out.sort(key=lambda s: s.start)
    return _join_ranges(sentence, out)


def _join_ranges(sentence: str, found: list[StatedDate]) -> list[StatedDate]:
    """'from June 10 to Sept. 10' is one span, not two days."""
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
