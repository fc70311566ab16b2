"""`kzpk add`: turn a user's .txt, .md or .html file into a source under records/sources/.

Every check happens before anything is written, so a bad file costs nothing.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kzpk.errors import USAGE, KzpkError
from kzpk.home import Home
from kzpk.sources import Source, parse_front_matter, read_source, source_files
from kzpk.text import slug

SUPPORTED = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
              "svg", "button", "template", "menu")
_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "td", "figcaption")

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_M = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_PATTERNS = (
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "m", "d")),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_M},?\s+(\d{{4}})\b", re.I), ("d", "M", "y")),
    (re.compile(rf"\b{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I), ("M", "d", "y")),
)


@dataclass
class Document:
    path: Path
    title: str
    body: str
    date: str | None
    meta: dict
    digest: str


def _fail(path: Path, reason: str) -> KzpkError:
    return KzpkError(f"{path}: {reason}", USAGE)


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise _fail(path, "no such file")
    if path.is_dir():
        raise _fail(path, "is a folder, not a file")
    if path.suffix.lower() not in SUPPORTED:
        raise _fail(path, f"unsupported file type {path.suffix or '(none)'!r} "
                          f"(kzpk adds .txt, .md and .html)")
    try:
        data = path.read_bytes()
    except PermissionError:
        raise _fail(path, "permission denied") from None
    except OSError as exc:
        raise _fail(path, f"cannot read: {exc.strerror}") from None
    if not data.strip():
        raise _fail(path, "empty file")
    if len(data) > MAX_BYTES:
        raise _fail(path, f"too large ({len(data) // 1024 // 1024} MB; at most 20 MB)")
    if b"\x00" in data[:8192]:
        raise _fail(path, "binary file (contains NUL bytes)")
    return data


def decode(path: Path, data: bytes) -> str:
    """UTF-8 if it is; otherwise what charset-normalizer can decode with confidence."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        # On short Western text the detector often picks a Baltic or Central European code
        # page, or none; when few bytes are non-ASCII, Windows-1252 is far the likelier one.
        non_ascii = sum(1 for b in data if b > 127) / len(data)
        multibyte = best is not None and best.encoding.startswith(
            ("utf", "shift", "euc", "gb", "big5", "cp9", "iso2022", "hz", "johab"))
        western = non_ascii < 0.1 and not multibyte
        text = None
        if western:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = None
        if text is None:
            if best is None:
                raise _fail(path, "cannot tell the text encoding (not UTF-8, and no encoding fits)")
            text = str(best)
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f\x1b\x07")
    if controls > max(8, len(text) // 100):
        raise _fail(path, "binary file (too many control characters for text)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def find_date(text: str) -> str | None:
    """A date stated near the top, e.g. 'Islamabad, 2 November 2022' -> '2022-11-02'."""
    head = text[:600]
    import datetime as dt

    found = []
    for pattern, order in _DATE_PATTERNS:
        for m in pattern.finditer(head):
            parts = dict(zip(order, m.groups()))
            month = int(parts["m"]) if "m" in parts else _MONTHS.get(parts["M"].lower().rstrip("."))
            try:
                day = dt.date(int(parts["y"]), month or 0, int(parts["d"]))
            except (TypeError, ValueError):
                continue
            found.append((m.start(), day.isoformat()))
    return min(found)[1] if found else None


def html_to_text(html: str) -> tuple[str | None, str]:
    """(title, article text with blank lines between blocks): scripts, styles, navigation dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    title = None
    h1 = root.find("h1") or soup.find("h1")
    if h1 and h1.get_text(strip=True):
        title = h1.get_text(" ", strip=True)
    elif soup.title and soup.title.get_text(strip=True):
        title = soup.title.get_text(" ", strip=True)
    blocks = []
    for el in root.find_all(_BLOCKS):
        if el.find_parent(_BLOCKS):
            continue
        text = re.sub(r"\s+", " ", el.get_text(" ", strip=True)).strip()
        if text:
            blocks.append(text)
    if not blocks:
        blocks = [re.sub(r"[ \t]+", " ", line).strip()
                  for line in root.get_text("\n").splitlines() if line.strip()]
    if title and (not blocks or blocks[0] != title):
        blocks.insert(0, title)
    return title, "\n\n".join(blocks)


def read_document(path: Path) -> Document:
    data = _read_bytes(path)
    text = decode(path, data)
    meta: dict = {}
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        title, body = html_to_text(text)
    elif suffix in (".md", ".markdown"):
        meta, body, _ = parse_front_matter(text, str(path))
        title = meta.get("title")
        if not title:
            heading = re.search(r"^#{1,3}\s+(.+)$", body, re.M)
            title = heading.group(1).strip() if heading else None
    else:
        title, body = None, text
    body = body.strip("\n")
    if not body.strip():
        raise _fail(path, "no text left after extracting the article")
    if not title:
        first = next(line.strip() for line in body.splitlines() if line.strip())
        title = first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"
    title = re.sub(r"[\x00-\x1f\x7f-\x9f]", "", str(title)).strip() or path.stem
    date = meta.get("date")
    date = str(date) if date else find_date(body)
    digest = hashlib.sha256(re.sub(r"\s+", " ", body).strip().encode()).hexdigest()
    return Document(path, title, body, date, meta, digest)


def _existing_digests(home: Home) -> dict[str, str]:
    out = {}
    for p in source_files(home.records):
        try:
            src = read_source(p)
        except KzpkError:
            continue
        digest = src.meta.get("content_sha256") or hashlib.sha256(
            re.sub(r"\s+", " ", src.body.strip("\n")).strip().encode()).hexdigest()
        out[digest] = src.id
    return out


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".add-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_source(home: Home, doc: Document, taken: set[str]) -> Source:
    import yaml

    base = slug(str(doc.meta.get("id") or doc.title))[:60].strip("-") or "document"
    sid, n = base, 2
    while sid in taken:
        sid, n = f"{base}-{n}", n + 1
    taken.add(sid)
    meta = {k: v for k, v in doc.meta.items() if k not in ("id", "title", "date")}
    front = {"id": sid, "title": doc.title, **({"date": doc.date} if doc.date else {}),
             "kind": meta.pop("kind", "added document"), **meta,
             "added_from": doc.path.name, "content_sha256": doc.digest}
    text = "---\n" + yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=1000) + \
           "---\n" + doc.body + "\n"
    folder = Path(home.sources)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{sid}.md"
    _write_atomic(path, text)
    return read_source(path)


@dataclass
class AddReport:
    added: list[Source]
    duplicates: list[tuple[Path, str]]
    failed: list[str]


def add_files(home: Home, paths: list[Path], on_file=None) -> AddReport:
    """Read, check and write each file; `on_file(path, i, n)` is called as each is read."""
    if not home.writable:
        raise KzpkError(f"the corpus bundled with the package is read-only: {home.records}", USAGE,
                        hint="set KZPK_HOME or pass --home to a folder of your own; "
                             "copy the bundled records/ there to keep them")
    docs, failed = [], []
    for i, path in enumerate(paths, 1):
        if on_file is not None:
            on_file(path, i, len(paths))
        try:
            docs.append(read_document(path))
        except KzpkError as exc:
            failed.append(exc.message)
    known = _existing_digests(home) if docs else {}
    taken = {p.stem for p in source_files(home.records)} | set(known.values())
    added, dupes = [], []
    for doc in docs:
        if doc.digest in known:
            dupes.append((doc.path, known[doc.digest]))
            continue
        src = write_source(home, doc, taken)
        known[doc.digest] = src.id
        added.append(src)
    return AddReport(added, dupes, failed)
