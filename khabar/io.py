"""Reading article files: encodings detected with charset-normalizer, clear errors.

Arabic news files come as UTF-8 (with or without BOM), UTF-16 and Windows-1256. Binary
or empty input raises InputError naming the file, never a traceback.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

ARABIC_FALLBACKS = ("cp1256", "iso8859_6")


class InputError(ValueError):
    """An input that cannot be read as text; the message names the file (and line)."""

    def __init__(self, source: str | Path, reason: str, line: int | None = None):
        self.source = str(source)
        self.line = line
        self.reason = reason
        where = f"{source}:{line}" if line is not None else f"{source}"
        super().__init__(f"{where}: {reason}")


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_bytes(data: bytes, source: str | Path = "<input>") -> str:
    """Decode article bytes, detecting the encoding; raises InputError for binary or empty data."""
    if not data.strip():
        raise InputError(source, "empty input: the file has no text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return _check_text(data.decode("utf-8"), source)
    except (UnicodeDecodeError, InputError):
        pass
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return _check_text(data.decode(utf16), source)
        except (UnicodeDecodeError, InputError):
            pass
    if b"\x00" in data[:4096]:
        raise InputError(source, "binary input: this is not a text file")
    best = from_bytes(data, cp_isolation=None).best()
    encoding = best.encoding if best is not None else None
    text = None
    if encoding and (encoding.startswith("utf_16") or _mostly_arabic(str(best))):
        text = str(best)
    else:
        # charset-normalizer may prefer a Latin code page for short Arabic text; try Arabic ones.
        for fallback in ARABIC_FALLBACKS:
            try:
                candidate = data.decode(fallback)
            except UnicodeDecodeError:
                continue
            if _mostly_arabic(candidate):
                text = candidate
                break
        if text is None and best is not None:
            text = str(best)
    if text is None:
        raise InputError(source, "binary input: no text encoding fits these bytes")
    return _check_text(text, source)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: Arabic puts 0x06 (ASCII puts 0x00) in every high byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    high_odd = sum(1 for b in odd if b in (0, 6))
    high_even = sum(1 for b in even if b in (0, 6))
    if high_odd > 0.9 * len(odd) and high_even < 0.3 * len(even):
        return "utf-16-le"
    if high_even > 0.9 * len(even) and high_odd < 0.3 * len(odd):
        return "utf-16-be"
    return None


def _mostly_arabic(text: str) -> bool:
    letters = [c for c in text[:5000] if c.isalpha()]
    return bool(letters) and sum("\u0600" <= c <= "\u06ff" for c in letters) / len(letters) > 0.5


def _check_text(text: str, source: str | Path) -> str:
    sample = text[:8192]
    controls = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f\v") or c == "\ufffd")
    if sample and controls / len(sample) > 0.05:
        raise InputError(source, "binary input: too many control characters for a text file")
    if not text.strip():
        raise InputError(source, "empty input: the file has no text")
    return text


def read_text_file(path: str | Path) -> str:
    """The text of an article file, whatever its encoding; InputError names the file on failure."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror}") from None
    return decode_bytes(data, path)
