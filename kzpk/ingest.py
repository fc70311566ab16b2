"""`kzpk add`: turn a user's .txt, .md or .html file into a source under records/sources/.

Every check happens before anything is written, so a bad file costs nothing.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kzpk.errors import INTERNAL, USAGE, KzpkError
from kzpk.home import Home
from kzpk.sources import Source, parse_front_matter, read_source, source_files
from kzpk.text import slug

SUPPORTED = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
BINARY = (".pdf", ".docx")  # read by kzpk/readers.py, never decoded as text
_BOM_CODECS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
               (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_BOMS = tuple(bom for bom, _ in _BOM_CODECS)
MAX_BYTES = 20 * 1024 * 1024
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
              "svg", "button", "template", "menu")
_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "td", "figcaption")
# Page furniture a saved page keeps in plain <div>s and tables when it has no <aside> or <nav>
# for it: a class or id word (split at '-', '_', spaces) that is one of _CHROME_WORDS or begins
# with one of _CHROME_PREFIXES marks it ('cookie-banner', 'sidebar', 'widget', 'comments',
# 'trending', 'live-ticker', 'share-buttons', 'main-menu', 'related', 'most-read').
_CHROME_WORDS = frozenset("""ad ads advert adverts advertisement banner breadcrumb breadcrumbs
breaking comment comments cmplz footer header masthead menu nav navbar navigation pagination
popular rates related respond share sharing sharedaddy social tags topbar topnav trending
weather""".split())
_CHROME_PREFIXES = ("cookie", "consent", "gdpr", "sidebar", "widget", "ticker", "marquee",
                    "newsletter", "subscribe", "promo", "mostread", "mostviewed", "rightcol",
                    "leftcol", "livescore", "commentlist")

@dataclass
class Document:
    path: Path
    title: str
    body: str
    date: str | None
    meta: dict
    digest: str
    date_how: str | None = None
    date_note: str | None = None
    front_note: str | None = None  # what `add` says of front matter it read leniently


def _fail(path: Path, reason: str) -> KzpkError:
    return KzpkError(f"{path}: {reason}", USAGE)


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, read only if it is a regular file and only up to the size limit: a FIFO
    or a device is refused before any read could block or never end."""
    import stat

    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise _fail(path, "no such file") from None
    except PermissionError:
        raise _fail(path, "permission denied") from None
    except OSError as exc:
        raise _fail(path, f"cannot read: {exc.strerror}") from None
    if stat.S_ISDIR(st.st_mode):
        raise _fail(path, "is a folder, not a file")
    if path.suffix.lower() not in SUPPORTED:
        raise _fail(path, f"unsupported file type {path.suffix or '(none)'!r} "
                          f"(kzpk adds .txt, .md, .html, .pdf and .docx)")
    if not stat.S_ISREG(st.st_mode):
        raise _fail(path, f"not a regular file ({_kind(st.st_mode)})")
    if st.st_size > MAX_BYTES:
        raise _fail(path, f"too large ({st.st_size // 1024 // 1024} MB; at most 20 MB)")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # never blocks, even if swapped for a FIFO
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise _fail(path, f"not a regular file ({_kind(os.fstat(fd).st_mode)})")
            data = fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise _fail(path, "permission denied") from None
    except OSError as exc:
        raise _fail(path, f"cannot read: {exc.strerror}") from None
    if len(data) > MAX_BYTES:
        raise _fail(path, "too large (more than 20 MB)")
    if not data.strip():
        raise _fail(path, "empty file")
    if b"\x00" in data[:8192] and not data.startswith(_BOMS) and \
            path.suffix.lower() not in BINARY:
        raise _fail(path, "binary file (contains NUL bytes)")
    return data


def _western(data: bytes) -> str | None:
    """Windows-1252, when the bytes read as Western text: accented letters and typographic
    punctuation one or two at a time between ASCII. A detector guesses badly on short text
    (“Kudu…” came back as Baltic ōKudu…ö); Cyrillic, Greek or CJK bytes make long runs."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    runs = re.findall(r"[^\x00-\x7f]+", text)
    if max(map(len, runs), default=0) > 3 or sum(map(len, runs)) > len(text) * 0.3:
        return None
    return text


def _kind(mode: int) -> str:
    import stat

    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a file"


def decode(path: Path, data: bytes) -> str:
    """By its byte-order mark if it has one; UTF-8 if it is; Windows-1252 if it reads as Western
    text; otherwise what charset-normalizer can decode with confidence."""
    for bom, codec in _BOM_CODECS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise _fail(path, f"not valid {codec.upper()} text, despite its byte-order mark"
                            ) from None
            break
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _western(data)
            if text is None:
                from charset_normalizer import from_bytes

                best = from_bytes(data).best()
                if best is None:
                    raise _fail(path, "cannot tell the text encoding "
                                      "(not UTF-8, and no encoding fits)") from None
                text = str(best)
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f\x1b\x07")
    if controls > max(8, len(text) // 100):
        raise _fail(path, "binary file (too many control characters for text)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def find_date(text: str) -> str | None:
    """A date stated near the top, e.g. 'Islamabad, 2 November 2022' -> '2022-11-02'."""
    from kzpk.dates import top_date

    return top_date(text)


def html_metadata(html: str) -> list[tuple[str, str]]:
    """(name, value) of the page's dating metadata: <meta> tags, <time datetime>, JSON-LD."""
    import json

    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    pairs: list[tuple[str, str]] = []
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop") or ""
        if key and tag.get("content"):
            pairs.append((str(key), str(tag["content"])))
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                for key in ("datePublished", "dateCreated", "dateModified"):
                    if isinstance(item.get(key), str):
                        pairs.append((key, item[key]))
    for tag in soup.find_all(attrs={"itemprop": True, "datetime": True}):
        pairs.append((str(tag["itemprop"]), str(tag["datetime"])))
    root = soup.find("article") or soup
    for tag in root.find_all("time", attrs={"datetime": True}):
        pairs.append(("time", str(tag["datetime"])))
    return pairs


def _is_chrome(tag) -> bool:
    """Whether a tag's class or id names page furniture (_CHROME_WORDS, _CHROME_PREFIXES)."""
    if tag.name in ("html", "body", "article", "main", "h1"):
        return False
    attrs = getattr(tag, "attrs", None) or {}
    names = attrs.get("class") or []
    names = " ".join([*names, attrs.get("id") or ""] if isinstance(names, list) else
                     [str(names), attrs.get("id") or ""])
    for word in re.split(r"[^a-z0-9]+", names.lower()):
        if word and (word in _CHROME_WORDS or word.startswith(_CHROME_PREFIXES)):
            return True
    return False


def html_to_text(html: str) -> tuple[str | None, str]:
    """(title, article text with blank lines between blocks): scripts, styles, navigation dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    h1 = soup.find("h1")
    for tag in soup.find_all(_DROP_TAGS):
        # (an article's own <header> holds its headline and byline: not page furniture)
        if not tag.decomposed and not (tag.name == "header" and h1 is not None and
                                       (h1 in tag.descendants or tag.find_parent("article"))):
            tag.decompose()
    for tag in soup.find_all(_is_chrome):
        if not tag.decomposed and (h1 is None or h1 not in tag.descendants):
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


def read_document(path: Path, data: bytes | None = None) -> Document:
    from kzpk.dates import document_date

    data = _read_bytes(path) if data is None else data
    meta: dict = {}
    front_note = None
    html_meta: list[tuple[str, str]] | None = None
    properties = None
    suffix = path.suffix.lower()
    if suffix in BINARY:
        from kzpk.readers import read_docx, read_pdf

        got = (read_pdf if suffix == ".pdf" else read_docx)(path, data)
        title, body, properties = got.title, got.body, (got.kind, got.date_stamp)
    else:
        text = decode(path, data)
        if suffix in (".html", ".htm"):
            title, body = html_to_text(text)
            html_meta = html_metadata(text)
        elif suffix in (".md", ".markdown"):
            notes: list[str] = []
            meta, body = parse_front_matter(text, str(path), notes)
            front_note = notes[0] if notes else None
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
    title = re.sub(r"[\x00-\x1f\x7f-\x9f]", "", str(title)).strip() or _printable(path.stem)
    found = document_date(body, meta.get("date"), html_meta, properties)
    digest = hashlib.sha256(re.sub(r"\s+", " ", body).strip().encode()).hexdigest()
    return Document(path, title, body, found.date if found else None, meta, digest,
                    found.how if found else None, found.note if found else None, front_note)


def sniff_suffix(data: bytes) -> str:
    """The kind of a document read from stdin, from its first bytes."""
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF"):
        return ".pdf"
    if head.startswith(b"PK\x03\x04"):
        return ".docx"
    if head.startswith(b"---"):
        return ".md"
    low = head.lower()
    if low.startswith((b"<!doctype html", b"<html")) or b"<body" in low or b"<p>" in low:
        return ".html"
    return ".txt"


def read_stdin(stream) -> tuple[Path, bytes]:
    """`kzpk add -`: one document from standard input, named after its kind."""
    if stream is None:
        raise _fail(Path("stdin"), "no standard input to read")
    data = stream.read(MAX_BYTES + 1)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path = Path(f"stdin{sniff_suffix(data)}")
    if not data.strip():
        raise _fail(Path("stdin"), "empty input")
    if len(data) > MAX_BYTES:
        raise _fail(Path("stdin"), "too large (at most 20 MB)")
    return path, data


_KZPK_FRONT = re.compile(r"\A---\n(?:.*\n)*?id: ([a-z0-9][a-z0-9._-]*)\n(?:.*\n)*?"
                         r"content_sha256: ([0-9a-f]{64})\n(?:.*\n)*?---\n")


def _existing_digests(home: Home) -> dict[str, str]:
    out = {}
    for p in source_files(home.records):
        try:  # what `add` wrote says its id and digest plainly: no YAML parse (2,000 files: 10 s)
            with open(p, encoding="utf-8") as fh:
                m = _KZPK_FRONT.match(fh.read(16384))
        except (OSError, UnicodeDecodeError):
            m = None
        if m:
            out[m.group(2)] = m.group(1)
            continue
        try:
            src = read_source(p)
        except KzpkError:
            continue
        digest = src.meta.get("content_sha256") or hashlib.sha256(
            re.sub(r"\s+", " ", src.body.strip("\n")).strip().encode()).hexdigest()
        out[digest] = src.id
    return out


def _create(path: Path, text: str) -> bool:
    """Write a new file whole, or nothing: False if a file of that name exists (never
    overwritten). The text appears at once, so no reader sees half of it."""
    import errno

    from kzpk.index_store import write_error

    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".add-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        try:
            os.link(tmp, path)  # fails if the name is taken, unlike a rename
        except FileExistsError:
            return False
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP):
                raise
            if path.exists():  # a file system without hard links; we hold the sources lock
                return False
            os.replace(tmp, path)
            tmp = None
        return True
    except OSError as exc:
        raise write_error(exc, f"cannot write {path}") from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def _printable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def write_source(home: Home, doc: Document, taken: set[str]) -> Source:
    """Write the document under a new source id: the first free one of its title's slug."""
    import yaml

    base = slug(str(doc.meta.get("id") or doc.title))
    if len(base) > 60:  # cut between words, never inside one
        base = base[:61].rsplit("-", 1)[0] if "-" in base[:61] else base[:60]
    base = base.strip("-") or "document"
    meta = {k: v for k, v in doc.meta.items() if k not in ("id", "title", "date")}
    kind = meta.pop("kind", "added document")
    folder = Path(home.sources)
    for n in range(1, 100_000):
        sid = base if n == 1 else f"{base}-{n}"
        if sid in taken:
            continue
        taken.add(sid)
        dated = {"date": doc.date, "date_from": doc.date_how} if doc.date else {}
        if doc.date and doc.date_note:
            dated["date_note"] = doc.date_note
        front = {"id": sid, "title": doc.title, **dated, "kind": kind, **meta,
                 "added_from": _printable(doc.path.name), "content_sha256": doc.digest}
        text = "---\n" + yaml.safe_dump(front, sort_keys=False, allow_unicode=True,
                                         width=1000) + "---\n" + doc.body + "\n"
        path = folder / f"{sid}.md"
        if _create(path, text):
            return read_source(path)
    raise KzpkError(f"{doc.path}: no free source id starting {base!r}", INTERNAL)


@dataclass
class AddReport:
    added: list[Source]
    duplicates: list[tuple[Path, str]]
    failed: list[str]
    notes: list[str]


def add_files(home: Home, paths: list[Path], on_file=None, stdin=None) -> AddReport:
    """Read, check and write each file ('-' is one document from `stdin`); `on_file(path, i, n)`
    is called as each is read."""
    if not home.writable:
        raise KzpkError(f"the corpus bundled with the package is read-only: {home.records}", USAGE,
                        hint="set KZPK_HOME or pass --home to a folder of your own; "
                             "copy the bundled records/ there to keep them")
    docs, failed = [], []
    for i, path in enumerate(paths, 1):
        if on_file is not None:
            on_file(path, i, len(paths))
        try:
            if str(path) == "-":
                docs.append(read_document(*read_stdin(stdin)))
                continue
            docs.append(read_document(path))
        except KzpkError as exc:
            failed.append(exc.message)
    added, dupes = [], []
    notes = [doc.front_note for doc in docs if doc.front_note]
    if not docs:
        return AddReport(added, dupes, failed, notes)
    from kzpk.index_store import SOURCES_LOCK, WriterLock, write_error

    try:
        Path(home.sources).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(exc, f"cannot write to {home.sources}") from None
    if not os.access(home.sources, os.W_OK):  # a read-only home: say so before anything else
        raise KzpkError(f"cannot write to {home.sources}: not writable", USAGE,
                        hint="kzpk needs a home it can write to; pass --home or set KZPK_HOME")
    # One add at a time picks ids and writes: two adds of "Press release" keep both files.
    lock = WriterLock(home.index, SOURCES_LOCK)
    if not lock.acquire(30.0):
        raise KzpkError("another kzpk add is still writing sources; try again", INTERNAL)
    with lock:
        known = _existing_digests(home)
        taken = {p.stem for p in source_files(home.records)} | set(known.values())
        for doc in docs:
            if doc.digest in known:
                dupes.append((doc.path, known[doc.digest]))
                continue
            src = write_source(home, doc, taken)
            known[doc.digest] = src.id
            added.append(src)
    return AddReport(added, dupes, failed, notes)
