"""Articles as newsrooms keep them: plain text, Markdown, HTML or a Word file, in any of the
encodings editors' tools write, read to plain text.

- ``.txt``, ``.md`` and anything else textual: UTF-8 (with or without a byte-order mark),
  UTF-16 or UTF-32 with a mark, or, failing UTF-8, Windows-1252 with a note saying so.
- ``.html``/``.htm`` (or text that is plainly HTML): the readable text, never the markup.
- ``.docx``: the paragraphs and table cells (python-docx, imported only for a Word file),
  after checking the archive cannot expand past a limit.
- Anything else is refused with what it looks like: "this is a Word file saved as .txt",
  "PDF articles are not read: save the text".

Only regular files are read (not a FIFO, a device or a folder), and only up to a size limit,
so no article can hang a check or fill its memory.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from claimcheck.text.decode import NotUtf8, decode_utf8

__all__ = ["MAX_BYTES", "MAX_TEXT", "Document", "NotAnArticle", "from_bytes", "read_document"]

# An article file (a Word file holds pictures, so it may be larger than its text).
MAX_BYTES: Final = 20 * 1024 * 1024
# The text of an article: ten times the longest feature (about 100,000 characters).
MAX_TEXT: Final = 1_000_000
# What a Word file may expand to, and how much more than its packed size.
_MAX_UNPACKED: Final = 100 * 1024 * 1024
_MAX_RATIO: Final = 200

_HTML_SUFFIXES: Final = frozenset({".html", ".htm", ".xhtml"})
_WORD_SUFFIXES: Final = frozenset({".docx", ".docm"})


class NotAnArticle(ValueError):
    """Bytes or a file that are not an article claimcheck reads: ``detail`` says why, after
    the file's name ("is a PDF file..."), at ``line`` and ``column`` when a place is known."""

    def __init__(self, detail: str, line: int = 1, column: int = 1) -> None:
        super().__init__(detail)
        self.detail = detail
        self.line = line
        self.column = column


@dataclass(frozen=True)
class Document:
    """An article's readable text, what it was read from, and anything assumed on the way."""

    text: str
    kind: str  # "text", "html" or "docx"
    encoding: str  # "utf-8", "utf-16", "windows-1252", "docx"
    notes: tuple[str, ...] = field(default_factory=tuple)
    markup: str | None = None  # the HTML as written, for a kind "html" document


def read_document(path: str | os.PathLike[str]) -> Document:
    """The article at ``path``; ``NotAnArticle`` for anything that is not one, ``OSError`` when
    the file cannot be read at all."""
    return from_bytes(_read_regular(Path(path)), Path(path).name)


def from_bytes(data: bytes, name: str = "") -> Document:
    """The article in ``data``; ``name`` (a file name, or '' for stdin) chooses by suffix."""
    suffix = Path(name).suffix.lower() if name else ""
    if len(data) > MAX_BYTES:
        raise NotAnArticle(f"is larger than {MAX_BYTES // (1024 * 1024)} MB; an article is smaller")
    if suffix in _WORD_SUFFIXES:
        return _word(data, suffix)
    refused = _not_text(data, suffix)
    if refused is not None:
        raise NotAnArticle(refused)
    text, encoding, notes = _decode(data)
    if len(text) > MAX_TEXT:
        raise NotAnArticle(f"holds more than {MAX_TEXT:,} characters; an article is shorter")
    from claimcheck.text import html

    if suffix in _HTML_SUFFIXES or (
        suffix not in (".md", ".markdown") and html.looks_like_html(text)
    ):
        return Document(html.strip(text).text, "html", encoding, notes, markup=text)
    return Document(text, "text", encoding, notes)


def _read_regular(path: Path) -> bytes:
    """The bytes of a regular file, refusing FIFOs, devices and folders before reading."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)  # non-blocking: opening a FIFO must not wait
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise NotAnArticle(f"is {_what_file(info.st_mode)}, not a regular file")
        if info.st_size > MAX_BYTES:
            raise NotAnArticle(
                f"is larger than {MAX_BYTES // (1024 * 1024)} MB; an article is smaller"
            )
        chunks: list[bytes] = []
        left = MAX_BYTES + 1
        while left > 0:
            chunk = os.read(descriptor, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def _what_file(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


_SIGNATURES: Final = (
    (b"%PDF-", "is a PDF file; PDF articles are not read: save the text (.txt) or a Word file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "is an old Word (.doc) or Office file; save it as .docx"),
    (b"{\\rtf", "is an RTF file; save it as .docx or as plain text"),
    (b"\x89PNG", "is a PNG image, not an article"),
    (b"\xff\xd8\xff", "is a JPEG image, not an article"),
    (b"GIF8", "is a GIF image, not an article"),
    (b"\x1f\x8b", "is a compressed (gzip) file; unpack it first"),
)


def _not_text(data: bytes, suffix: str) -> str | None:
    """What ``data`` is, when it is plainly not a text file ("is a PDF file..."), else None."""
    for signature, message in _SIGNATURES:
        if data.startswith(signature):
            return message
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data, suffix)
    return None


def _zip_kind(data: bytes, suffix: str) -> str:
    names = _zip_names(data)
    saved = f" saved as {suffix}" if suffix else ""
    if "word/document.xml" in names:
        return f"is a Word file{saved}; name it .docx to have it read"
    if "xl/workbook.xml" in names:
        return "is an Excel spreadsheet, not an article"
    if "content.xml" in names:
        return "is an OpenDocument file; save it as .docx or as plain text"
    return "is a zip archive, not an article"


def _zip_names(data: bytes) -> set[str]:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return set()


_UTF32_MARKS: Final = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_UTF16_MARKS: Final = (b"\xff\xfe", b"\xfe\xff")
# The five bytes Windows-1252 leaves undefined: text holding them is not Windows-1252 either.
_NOT_1252: Final = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _decode(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Text, the encoding it was read in, and notes on anything assumed."""
    for marks, encoding in ((_UTF32_MARKS, "utf-32"), (_UTF16_MARKS, "utf-16")):
        if data.startswith(marks):
            try:
                return data.decode(encoding), encoding, ()
            except UnicodeDecodeError as error:
                raise NotAnArticle(
                    f"starts with a {encoding.upper()} byte-order mark but is not "
                    f"{encoding.upper()} text (at byte {error.start})"
                ) from None
    if b"\x00" in data:  # no text editor writes a NUL
        if data[1::2].count(0) > len(data) // 4 or data[0::2].count(0) > len(data) // 4:
            raise NotAnArticle("looks like UTF-16 text without a byte-order mark; save it as UTF-8")
        raise NotAnArticle("is a binary file, not text")
    try:
        return decode_utf8(data), "utf-8", ()
    except NotUtf8 as error:
        failure = error
    if _NOT_1252.isdisjoint(data):
        note = (
            "the article is not UTF-8; it was read as Windows-1252 (check its accented "
            "letters and quote marks, or save it as UTF-8)"
        )
        return data.decode("cp1252"), "windows-1252", (note,)
    raise NotAnArticle(
        f"{failure.detail} nor Windows-1252; save it as UTF-8", failure.line, failure.column
    )


def _word(data: bytes, suffix: str) -> Document:
    """The text of a Word file: paragraphs, then table cells a row to a line."""
    import io
    import zipfile

    if not data.startswith(b"PK\x03\x04"):
        refused = _not_text(data, suffix)
        raise NotAnArticle(refused or f"is not a Word file, though it is named {suffix}")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise NotAnArticle("is a damaged Word file (not a readable zip archive)") from None
    unpacked = sum(info.file_size for info in infos)
    if unpacked > _MAX_UNPACKED or unpacked > _MAX_RATIO * max(len(data), 1):
        raise NotAnArticle("is a Word file that would expand past the size limit; refused")
    if "word/document.xml" not in {info.filename for info in infos}:
        raise NotAnArticle(_zip_kind(data, suffix))
    try:
        import docx
    except ImportError:  # pragma: no cover - a runtime dependency
        raise NotAnArticle("is a Word file, and python-docx is not installed") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds for a damaged file
        raise NotAnArticle(f"is a damaged Word file ({type(error).__name__})") from None
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    text = "\n\n".join(line for line in lines if line.strip())
    if len(text) > MAX_TEXT:
        raise NotAnArticle(f"holds more than {MAX_TEXT:,} characters; an article is shorter")
    return Document(text, "docx", "docx")
