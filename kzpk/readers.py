"""Text out of PDF and Word (.docx) files, for `kzpk add`.

pypdf and python-docx are imported here only, when such a file is added: nothing on the search
path loads them. A file kzpk cannot read (encrypted, scanned without a text layer, broken) is
refused with one message naming it; the caller adds the rest of the batch.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from kzpk.errors import USAGE, KzpkError
from kzpk.tuples import named_tuple

# Fewer letters than this per page on average: a scan or an image-only file, not a text layer.
MIN_LETTERS_PER_PAGE = 40


@named_tuple
class Extracted:
    title: str | None
    body: str
    date_stamp: str | None  # the file's own creation stamp, as its properties give it
    kind: str  # "pdf" or "docx"


def _fail(path: Path, reason: str) -> KzpkError:
    return KzpkError(f"{path}: {reason}", USAGE)


def _paragraphs(text: str) -> str:
    """Lines of extracted text -> paragraphs: a line that does not end a sentence and is followed
    by one that goes on joins it (PDF text comes as visual lines); blank lines stay breaks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n\n")
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)  # words hyphenated across a line break
    out: list[str] = []
    for chunk in re.split(r"\n[ \t]*\n", text):
        lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in chunk.split("\n")]
        current = ""
        for line in lines:
            if not line:
                continue
            if current and not current.endswith((".", "!", "?", ":", '"', "”")) and \
                    (line[0].islower() or len(current) > 60):
                current += " " + line
            else:
                if current:
                    out.append(current)
                current = line
        if current:
            out.append(current)
    return "\n\n".join(out)


def read_pdf(path: Path, data: bytes) -> Extracted:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - a dependency of the package
        raise _fail(path, "reading PDF needs the 'pypdf' package") from None
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings are for developers
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception:  # noqa: BLE001 - an unsupported cipher is as closed as a password
                opened = 0
            if not opened:
                raise _fail(path, "encrypted PDF (it needs a password); save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
        title = str(info.get("/Title") or "").strip() or None
        stamp = str(info.get("/CreationDate") or info.get("/ModDate") or "") or None
    except KzpkError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            OSError, RecursionError, Exception) as exc:  # noqa: BLE001 - any parser fault is a broken file
        raise _fail(path, f"broken or unreadable PDF ({type(exc).__name__})") from None
    if not pages:
        raise _fail(path, "PDF has no pages")
    letters = sum(1 for c in "".join(pages) if c.isalpha())
    if letters < MIN_LETTERS_PER_PAGE * len(pages) / 2 and letters < 200:
        raise _fail(path, "PDF has no text layer (a scan or images only); run OCR on it first")
    body = "\n\n".join(_paragraphs(p) for p in pages if p.strip())
    return Extracted(title, body, stamp, "pdf")


def read_docx(path: Path, data: bytes) -> Extracted:
    try:
        import docx
    except ImportError:  # pragma: no cover - a dependency of the package
        raise _fail(path, "reading .docx needs the 'python-docx' package") from None
    import zipfile

    if not zipfile.is_zipfile(io.BytesIO(data)):
        if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            raise _fail(path, "an old-style .doc or an encrypted Word file; save it as .docx")
        raise _fail(path, "broken .docx (not a Word document)")
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = [p.text.strip() for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                cells = list(dict.fromkeys(c.text.strip() for c in row.cells if c.text.strip()))
                if cells:
                    blocks.append(" | ".join(cells))
        props = document.core_properties
        title = (props.title or "").strip() or None
        created = props.created or props.modified
        stamp = created.date().isoformat() if created else None
    except Exception as exc:  # noqa: BLE001 - any parser fault is a broken file
        raise _fail(path, f"broken or unreadable .docx ({type(exc).__name__})") from None
    body = "\n\n".join(b for b in blocks if b)
    if not body.strip():
        raise _fail(path, ".docx has no text")
    return Extracted(title, body, stamp, "docx")
