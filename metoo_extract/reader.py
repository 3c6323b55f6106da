"""Bytes to text: byte-order marks, UTF-8, a guessed legacy encoding, binary input refused."""

from __future__ import annotations

import os
import stat
import sys
from typing import NamedTuple

from metoo_extract.errors import InputError

__all__ = ["Decoded", "decode", "read_source"]


class Decoded(NamedTuple):
    """Decoded input: the text every offset indexes, the encoding used, and a warning if guessed."""

    text: str
    encoding: str
    warning: str | None


# Longest BOM first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# File signatures of formats people mistake for text. Source: Wikipedia, "List of file
# signatures" (https://en.wikipedia.org/wiki/List_of_file_signatures), and file(1)'s magic.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP, e.g. DOCX or EPUB"),
    (b"PK\x05\x06", "ZIP"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office, e.g. DOC"),
    (b"{\\rtf", "RTF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"\x28\xb5\x2f\xfd", "Zstandard"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x7fELF", "executable"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
)
# Signatures too short to be told from text on their own need the bytes that follow.
_MAGIC_CHECK = {
    "BZh": lambda data: data[3:4].isdigit() and data[4:10] == b"1AY&SY",
    "ID3": lambda data: data[3:4] in (b"\x02", b"\x03", b"\x04"),
}
_RIFF = {b"WAVE": "WAV audio", b"AVI ": "AVI video", b"WEBP": "WebP image"}

# Text keeps tab, line feed, vertical tab, form feed, carriage return; other C0 and C1
# controls (and DEL) are what binary data looks like once decoded.
_CONTROL = frozenset(range(0x00, 0x09)) | {0x0E, 0x0F} | set(range(0x10, 0x20)) | {0x7F}
_CONTROL |= set(range(0x80, 0xA0))
_CONTROL_SHARE = 0.10  # above this share of control characters the input is binary
# Undecodable input whose non-ASCII bytes mostly stand alone (an accented letter or a curly
# quote between ASCII) is read as cp1252: English or Western European news. Alphabets
# such as Cyrillic or Greek put non-ASCII bytes in runs and go to the detector. (The
# WHATWG Encoding Standard decodes "latin-1" labels as windows-1252, a superset of
# Latin-1's printable range.)
_WESTERN_RUN_SHARE = 0.5


def _name(source: str) -> str:
    return "stdin" if source == "-" else source


def _binary(source: str, what: str) -> InputError:
    return InputError(
        f"{_name(source)}: looks like a binary file ({what}), not text; extract its text first"
    )


def _magic(data: bytes) -> str | None:
    """The format named by a known file signature at the start of ``data``."""
    if data[:4] == b"RIFF" and data[8:12] in _RIFF:
        return _RIFF[data[8:12]]
    for signature, what in _MAGIC:
        if data.startswith(signature):
            check = _MAGIC_CHECK.get(signature.decode("latin-1"))
            if check is None or check(data):
                return what
    return None


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'-be' when NUL bytes sit in every other byte, as in UTF-16 without a BOM."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, other, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.4 * len(zeros) and other.count(0) == 0:
            return name
    return None


def _control_share(text: str) -> float:
    sample = text[:65536]
    return sum(ord(ch) in _CONTROL for ch in sample) / len(sample) if sample else 0.0


def _legacy(data: bytes) -> tuple[str, str]:
    """Decode bytes that are not UTF-8: cp1252 for mostly-ASCII text, else the detector's guess."""
    high = [i for i, byte in enumerate(data) if byte > 0x7F]
    in_runs = sum(
        (i > 0 and data[i - 1] > 0x7F) or (i + 1 < len(data) and data[i + 1] > 0x7F) for i in high
    )
    if in_runs <= _WESTERN_RUN_SHARE * len(high):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass  # bytes cp1252 leaves undefined: let the detector look
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and not best.encoding.startswith(("utf_16", "utf_32")):
        try:
            return data.decode(best.encoding), best.encoding.replace("_", "-")
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def decode(data: bytes, source: str) -> Decoded:
    """Decode an input's bytes to the text every offset will index.

    Line endings are kept as they are (CRLF, CR); a byte-order mark is removed.

    Args:
        data: the raw bytes.
        source: the path as given ("-" for stdin), for messages.

    Returns:
        The text, the encoding used, and a one-sentence warning when the encoding was
        guessed or bytes were replaced.

    Raises:
        InputError: the bytes are a binary file (a known signature, NUL bytes outside
            UTF-16/32, or many control characters).
    """
    if not data:
        return Decoded("", "utf-8", None)
    what = _magic(data)
    if what is not None:
        raise _binary(source, what)
    warning = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                text = body.decode(encoding)
            except UnicodeDecodeError:
                text = body.decode(encoding, errors="replace")
                warning = (
                    f"{_name(source)}: starts with a {encoding} byte-order mark but holds invalid "
                    f"{encoding} bytes, replaced with U+FFFD; check how the file was saved"
                )
            break
    else:
        encoding = _bomless_utf16(data) or "utf-8"
        try:
            text = data.decode(encoding)
            if encoding != "utf-8":
                warning = (
                    f"{_name(source)}: no byte-order mark, decoded as {encoding} (guessed from "
                    "its NUL bytes); save it as UTF-8 if the text looks wrong"
                )
        except UnicodeDecodeError:
            if b"\x00" in data:
                raise _binary(source, "it contains NUL bytes") from None
            text, encoding, warning = _not_utf8(data, source)
    if "\x00" in text:
        raise _binary(source, "it contains NUL bytes")
    if _control_share(text) > _CONTROL_SHARE:
        raise _binary(source, "it is full of control characters")
    return Decoded(text, encoding, warning)


def _not_utf8(data: bytes, source: str) -> tuple[str, str, str]:
    """Decode bytes that fail strict UTF-8: mostly-UTF-8 with stray bytes, or a legacy encoding."""
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    good = sum(ord(ch) > 0x7F for ch in replaced) - bad
    if good > bad:  # real UTF-8 multi-byte characters outnumber the broken bytes
        return (
            replaced,
            "utf-8",
            f"{_name(source)}: {bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD; "
            "re-save the file as UTF-8 to keep those characters",
        )
    text, encoding = _legacy(data)
    return (
        text,
        encoding,
        f"{_name(source)}: not valid UTF-8, decoded as {encoding} (a guess); check its "
        "accented letters and quotes, or save it as UTF-8",
    )


def _too_large(source: str, size: int, limit: int) -> InputError:
    return InputError(
        f"{_name(source)}: is {size:,} bytes, over the {limit:,}-byte input limit; "
        "split it or raise the limit"
    )


def _read_stream(stream, source: str, max_bytes: int | None) -> bytes:  # type: ignore[no-untyped-def]
    data = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(
            f"{_name(source)}: is over the {max_bytes:,}-byte input limit; "
            "split it or raise the limit"
        )
    return data


def read_source(source: str, max_bytes: int | None = None) -> Decoded:
    """Read and decode one input: a file path, a FIFO, or "-" for standard input.

    Args:
        source: the path as given, or "-".
        max_bytes: refuse inputs larger than this many bytes (None: no limit).

    Returns:
        The decoded input (see ``decode``).

    Raises:
        InputError: with one sentence saying what happened and what to do, when the path
            is missing, a directory, unreadable, too large, or binary.
    """
    name = _name(source)
    try:
        if source == "-":
            data = _read_stream(sys.stdin.buffer, source, max_bytes)
        else:
            info = os.stat(source)
            if stat.S_ISDIR(info.st_mode):
                raise InputError(
                    f"{name}: is a directory; pass --recursive to read the files in it"
                )
            if max_bytes is not None and stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
                raise _too_large(source, info.st_size, max_bytes)
            with open(source, "rb") as handle:
                data = _read_stream(handle, source, max_bytes)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file; check the path") from None
    except NotADirectoryError:
        raise InputError(f"{name}: a part of the path is not a directory; check the path") from None
    except IsADirectoryError:
        raise InputError(
            f"{name}: is a directory; pass --recursive to read the files in it"
        ) from None
    except PermissionError:
        raise InputError(
            f"{name}: permission denied; make the file readable (chmod +r) or run as its owner"
        ) from None
    except MemoryError:
        raise InputError(
            f"{name}: too large to hold in memory; split it into smaller files"
        ) from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise InputError(
            f"{name}: cannot be read ({reason}); check the file and try again"
        ) from None
    return decode(data, source)
