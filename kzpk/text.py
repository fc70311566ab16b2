"""Small text helpers shared by sources, records, resolution and rendering."""

from __future__ import annotations

import re
import unicodedata

# C0 and C1 controls, DEL, but not tab and newline: never written to a terminal or a file.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Whole escape sequences first, so that "ESC [31m" does not leave "[31m" behind.
_ESCAPE_SEQ = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]")

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                         "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u00a0": " "})


def longest_first(word: str) -> tuple[int, str]:
    """A sort key for the words of a pattern's alternation: the longest first (so that 'mln' is
    tried before 'm'), ties in the words' order, so that a pattern built from a set is the same
    string in every process and compiles once for all of them (kzpk.regex_cache)."""
    return -len(word), word


def clean_control(text: str) -> str:
    """Drop escape sequences and control characters, keeping tab and newline."""
    return _CONTROL.sub("", _ESCAPE_SEQ.sub("", text))


def one_line(text: str) -> str:
    """Control-free text on a single line (for tsv, plain and table cells)."""
    return re.sub(r"\s+", " ", clean_control(text)).strip()


def fold(text: str) -> str:
    """Case-, accent-, quote- and whitespace-insensitive form for comparisons."""
    if text.isascii():  # no accents, curly quotes or dashes to undo: the common case, done fast
        return " ".join(text.split()).lower()
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().casefold()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def quoted(text: str) -> str:
    """A quote in quote marks, once, its words and marks as the source writes them: a quote that
    opens with its own mark and holds no other quotation inside (“…”. or “… cut short) keeps its
    marks and gets only the missing close, never ““…”.”; one holding a quotation in double marks
    is set in single ones, as nested quotes are (‘termed it a “new chapter” in ...’), never
    ““…” …”; the source's own marks inside are kept, but for one holding marks of both kinds,
    whose double ones are then made single inside “…”."""
    t = text.strip()
    if t[:1] in "“\"":
        inner = t[1:].rstrip(".,;:!?")
        closes = inner[-1:] in "”\""
        body = inner[:-1] if closes else inner
        if "”" not in body and "\"" not in body:
            return t if closes else t + "”"
    if any(c in t for c in "“”\""):
        if "‘" not in t:
            return "‘" + t + "’"
        return "“" + t.replace("“", "‘").replace("”", "’") + "”"  # (marks of both kinds inside)
    return "“" + t + "”"


def attributed(statement: str, speaker: str | None) -> str:
    """A speaker's claim shown as theirs: 'X said: …', unless the statement already names them."""
    if not speaker:
        return statement
    said = fold(statement)
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", said) for w in fold(speaker).split() if len(w) > 2):
        return statement
    return f"{speaker} said: {statement}"


# Words that scale the number before them ('53.7 mln', '$5m', 'Rs 2 crore'), for every place
# that reads figures out of text (extraction, the quote-support checks).
SCALES = {"thousand": 1e3, "lakh": 1e5, "lac": 1e5, "million": 1e6, "mln": 1e6, "mn": 1e6,
          "m": 1e6, "crore": 1e7, "billion": 1e9, "bln": 1e9, "bn": 1e9, "trillion": 1e12}


def figure(value, unit: str | None) -> str:
    """A record's figure as a reader writes it: '$138 million', '3.7 percent', '40 flights'."""
    if value is None:
        return ""
    unit = unit or ""
    number = f"{value:,}" if isinstance(value, int) else f"{value:g}"
    if unit in ("USD", "Rs"):  # (a sum in rupees as texts write it: 'Rs 2.5 billion')
        sign = "$" if unit == "USD" else "Rs "
        for size, word in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
            if value >= size:
                return f"{sign}{value / size:g} {word}"
        return f"{sign}{number}"
    if unit == "percent":
        return f"{value:g} percent"
    return f"{number} {unit}".strip()


# ------------------------------------------------------------------ number words
#
# The one declaration of English number words, for every place that reads them (dates, figures,
# quote checks, ordinals in names and questions). Each place that reads only some of them
# filters these by value. Plain literals, in order of value: nothing is compiled here.

# cardinals: zero to twenty, the tens, 'hundred'
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
# ordinals: first to twentieth, the tens
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90}
# how many times: 'once', 'twice'
TIMES_WORDS = {"once": 1, "twice": 2, "thrice": 3}


def number_word(word: str) -> int | None:
    """The number a cardinal word stands for ('seven' -> 7, 'Ninety' -> 90); None for any
    other word."""
    return NUMBER_WORDS.get(word.lower())


def ordinal_word(word: str) -> int | None:
    """The number an ordinal word stands for ('seventh' -> 7, 'Thirtieth' -> 30); None for any
    other word."""
    return ORDINAL_WORDS.get(word.lower())


def number_name(value) -> str | None:
    """The cardinal word for a number (7 -> 'seven'); None for a number with no word of its own."""
    return next((w for w, n in NUMBER_WORDS.items() if n == value), None)


def number_words(low: int = 0, high: int = 100) -> list[str]:
    """The cardinal words for the numbers low..high, smallest first (for an alternation)."""
    return [w for w, n in NUMBER_WORDS.items() if low <= n <= high]


def ordinal_words(low: int = 1, high: int = 90) -> list[str]:
    """The ordinal words for the numbers low..high, smallest first (for an alternation)."""
    return [w for w, n in ORDINAL_WORDS.items() if low <= n <= high]
