"""Source documents (Markdown with YAML front matter) and their passages.

A passage id is `<source-id>#p<N>`, numbered from 1 in reading order. Ids must stay stable:
records cite them, so the splitting rules below are part of the data format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from kzpk.errors import USAGE, KzpkError

# A paragraph longer than this is cut into windows of whole sentences.
LONG_PARAGRAPH = 1200
WINDOW = 500
# A short block without closing punctuation is a heading: it labels the passages after it.
HEADING_MAX = 120
_CLOSING = tuple('.!?"”’)…*')

_ABBREVIATIONS = {"dr", "prof", "mr", "ms", "mrs", "st", "sept", "jan", "feb", "mar", "apr", "jun",
                  "jul", "aug", "sep", "oct", "nov", "dec", "no", "vs", "e", "h", "engr", "gen",
                  "col", "lt", "capt", "sr", "jr", "u.s", "etc", "i.e", "e.g", "h.e", "n.a"}
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’']*(?!\u00a0)\s+(?=[\"“‘'(]?[A-Z0-9])")


@dataclass(frozen=True)
class Passage:
    id: str
    source_id: str
    n: int
    text: str
    section: str = ""


@dataclass
class Source:
    id: str
    title: str
    path: Path
    body: str
    date: str | None = None
    place: str | None = None
    publisher: str | None = None
    kind: str | None = None
    meta: dict = field(default_factory=dict)

    @cached_property
    def passages(self) -> list[Passage]:
        return split_passages(self.id, self.body)


_FRONT_MATTER = re.compile(r"---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|$)", re.S)


def parse_front_matter(text: str, where: str, notes: list[str] | None = None
                       ) -> tuple[dict, str]:
    """Return (front matter, body). With `notes` (a document being added), front matter YAML
    refuses for a slip of syntax (a title with a quote inside it, 'title: "Myn Bala" and a
    Kazakh art show') is read a line at a time instead, each top-level 'field: value' as written,
    and a note says so; what the loader refuses on purpose (safe_yaml.Refused) never is."""
    if not text.startswith("---"):
        return {}, text
    match = _FRONT_MATTER.match(text)
    if not match:
        raise KzpkError(f"{where}:1: front matter opened with '---' but never closed", USAGE)
    import yaml

    from kzpk import safe_yaml

    try:
        meta = safe_yaml.load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 2
        problem = getattr(exc, "problem", None)
        message = f"{where}:{line}: front matter is not valid YAML" + \
            (f" ({problem})" if problem else "")
        meta = _plain_fields(match.group(1)) \
            if notes is not None and not isinstance(exc, safe_yaml.Refused) else {}
        if not meta:
            raise KzpkError(message, USAGE) from None
        notes.append(f"{message}; its lines were read as plain 'field: value'")
    if not isinstance(meta, dict):
        raise KzpkError(f"{where}:2: front matter must be a mapping of fields", USAGE)
    _check_fields(meta, where, match.group(1))
    return meta, text[match.end():]


def _plain_fields(front: str) -> dict:
    """Each top-level 'field: value' line of front matter, its value as written (one wholly in
    quotes loses them); nested and listed fields are left out."""
    meta: dict = {}
    for line in front.splitlines():
        field = re.match(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*(\S.*?)[ \t]*$", line)
        if field and field.group(1) not in meta:
            value = field.group(2)
            meta[field.group(1)] = value[1:-1] if re.fullmatch(r"\"[^\"]*\"|'[^']*'", value) \
                else value
    return meta


_SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_TEXT_FIELDS = ("title", "place", "publisher", "kind")


def _check_fields(meta: dict, where: str, front: str) -> None:
    """The fields kzpk reads from front matter: plain text, an id that is a slug, a real date."""
    from kzpk.dates import date_text, parse_date

    def bad(field: str, why: str) -> KzpkError:
        at = re.search(rf"^{field}[ \t]*:", front, re.M)
        line = front[: at.start()].count("\n") + 2 if at else 2
        return KzpkError(f"{where}:{line}: front matter {field!r} {why}", USAGE)

    for name in ("id", *_TEXT_FIELDS):
        value = meta.get(name)
        if value is not None and (isinstance(value, (dict, list, bool)) or not str(value).strip()):
            raise bad(name, "must be a line of text")
    if meta.get("id") is not None and not _SOURCE_ID.match(str(meta["id"])):
        raise bad("id", f"{str(meta['id'])[:60]!r} must be lower-case letters, digits, '.', '_' "
                        "or '-'")
    date = meta.get("date")
    if date is not None:
        text = date_text(date) or str(date)
        if isinstance(date, (dict, list, bool)) or parse_date(text) is None:
            raise bad("date", f"{text[:60]!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")


def read_source(path: Path) -> Source:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KzpkError(f"{path}: cannot read source: {exc}", USAGE) from None
    meta, body = parse_front_matter(text, str(path))
    sid = str(meta.get("id") or path.stem)
    return Source(
        id=sid,
        title=str(meta.get("title") or sid),
        path=path,
        body=body,
        date=_date_or_none(meta.get("date")),
        place=_text_or_none(meta.get("place")),
        publisher=_text_or_none(meta.get("publisher")),
        kind=_text_or_none(meta.get("kind")),
        meta=meta,
    )


def _date_or_none(value) -> str | None:
    from kzpk.dates import date_text

    return date_text(value)


def _text_or_none(value) -> str | None:
    return None if value is None else str(value)


def source_files(records_dir: Path) -> list[Path]:
    folder = Path(records_dir) / "sources"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.md") if not p.name.startswith("."))


def load_sources(records_dir: Path) -> list[Source]:
    return [read_source(p) for p in source_files(records_dir)]


def _blocks(body: str) -> list[str]:
    """Paragraphs: blank lines separate them; a single newline does too, unless the line is
    wrapped (see `_wrapped`)."""
    out: list[str] = []
    for chunk in re.split(r"\n[ \t]*\n", body.replace("\r\n", "\n")):
        lines = [line for line in chunk.split("\n") if line.strip()]
        width = max((len(line.rstrip()) for line in lines), default=0)
        current = ""
        for line in lines:
            if current and _wrapped(current, line, width):
                current = current.rstrip() + " " + line.strip()
            else:
                if current:
                    out.append(current.strip())
                current = line
        if current.strip():
            out.append(current.strip())
    return out


# a line that starts a Markdown block of its own: a heading, a list item, a quote, a table row
_BLOCK_START = re.compile(r"\s*(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>|\|)")


def _wrapped(previous: str, line: str, width: int) -> bool:
    """Whether a line goes on with the line before rather than starting a paragraph: the line
    before ends in a space, or it stops mid-sentence (no closing punctuation) and either this
    line starts in lower case or the line before is about as long as the chunk's longest line,
    as the lines of a hard-wrapped paragraph are ('...met the minister for railways on' /
    'Tuesday and ...'). A short line without a stop before a new line is a heading, and a line
    of its own stays one paragraph where every line is a paragraph."""
    if previous.endswith((" ", "\t")):
        return True
    stripped, before = line.lstrip(), previous.rstrip()
    if not stripped or _BLOCK_START.match(line) or before.endswith(_CLOSING):
        return False
    return stripped[0].islower() or (len(before) >= 40 and len(before) >= 0.75 * width)


def _is_heading(block: str) -> bool:
    if block.lstrip().startswith("#"):
        return True
    return (len(block) <= HEADING_MAX and not block.rstrip().endswith(_CLOSING)
            and not _BLOCK_START.match(block))  # a list item, a quote, a table row


def split_sentences(paragraph: str) -> list[str]:
    pieces = _SENTENCE_END.split(paragraph)
    # Re-join pieces cut after an abbreviation or an initial ("Dr. Talat", "B. Zhangurazov").
    sentences: list[str] = []
    for piece in pieces:
        if sentences:
            last_word = sentences[-1].rsplit(None, 1)[-1].rstrip(".").lower()
            if last_word in _ABBREVIATIONS or (len(last_word) <= 2 and last_word.isalpha()):
                sentences[-1] = sentences[-1] + " " + piece
                continue
        sentences.append(piece)
    return [s for s in sentences if s.strip()]


def _windows(paragraph: str) -> list[str]:
    if len(paragraph) <= LONG_PARAGRAPH:
        return [paragraph]
    windows: list[str] = []
    current = ""
    for sentence in split_sentences(paragraph):
        if current and len(current) + len(sentence) > WINDOW * 1.6:
            windows.append(current)
            current = ""
        current = f"{current} {sentence}".strip()
        if len(current) >= WINDOW:
            windows.append(current)
            current = ""
    if current:
        if windows and len(current) < WINDOW // 3:
            windows[-1] = f"{windows[-1]} {current}"
        else:
            windows.append(current)
    return windows


# Markdown's inline marks, which a reader does not read as words: emphasis around words
# ('**Yerkin Tukumov**', '_Dawn_'), a link's or an image's address ('[the report](https://...)'),
# code ticks. A passage holds the text they mark, as a page shows it.
_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_CODE = re.compile(r"`([^`\n]+)`")


# a paragraph's run-in heading, set in bold ('**Dostyq.** At the sports centre ...', '**How the
# bloc grew.** In November 1992 ...'): it heads the sentence after it, which a no-break space
# after it binds it to, so that no sentence is the heading alone
RUN_IN = re.compile(r"(\*\*|__)([^*_\n]{1,60}?[.:])\1[ \t]+(?=\S)")


def plain_inline(text: str) -> str:
    """A Markdown block's text without its inline marks ('**Badr-A**, launched ...' -> 'Badr-A,
    launched ...'); a block without any is returned as it is."""
    if "*" not in text and "_" not in text and "[" not in text and "`" not in text:
        return text
    lead = RUN_IN.match(text)
    if lead and len(lead.group(2).split()) <= 6:
        text = lead.group(2) + "\u00a0" + text[lead.end():]
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    for _ in range(2):  # emphasis inside emphasis ('**the _Dawn_ report**')
        text = _EMPHASIS.sub(r"\2", text)
    return text


def split_passages(source_id: str, body: str) -> list[Passage]:
    passages: list[Passage] = []
    section = ""
    blocks = [plain_inline(block) for block in _blocks(body)]
    for i, block in enumerate(blocks):
        if _is_heading(block) and i + 1 < len(blocks):
            section = block
            continue
        for text in _windows(block):
            n = len(passages) + 1
            passages.append(Passage(f"{source_id}#p{n}", source_id, n, text, section))
    return passages
