"""Decoding the bytes of a claim file or CSV file, with the place of the first bad byte."""

from __future__ import annotations

_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


class NotUtf8(ValueError):
    """Bytes that are not UTF-8: ``line`` and ``column`` (1-based) of the first bad one."""

    def __init__(self, line: int, column: int, detail: str) -> None:
        super().__init__(detail)
        self.line = line
        self.column = column
        self.detail = detail


def decode_utf8(data: bytes) -> str:
    """UTF-8 text, without the byte-order mark that Excel and Notepad write at the start."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if data.startswith(_UTF16_MARKS):
            raise NotUtf8(1, 1, "is UTF-16 text, not UTF-8") from None
        line = data.count(b"\n", 0, error.start) + 1
        start = data.rfind(b"\n", 0, error.start) + 1
        column = len(data[start : error.start].decode("utf-8", errors="replace")) + 1
        detail = f"is not UTF-8 text (byte 0x{data[error.start]:02X})"
        raise NotUtf8(line, column, detail) from None
