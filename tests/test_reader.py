"""Tests for metoo_extract.reader: decoding bytes and reading sources.

Inputs of issue 7 and the behaviour the tests below pin down:

| input                              | behaviour                                   |
|------------------------------------|---------------------------------------------|
| empty file, whitespace only        | decoded as is ("" / the spaces), no warning |
| UTF-8 with BOM                     | BOM removed, utf-8                          |
| UTF-16 / UTF-32 with BOM           | decoded, BOM removed                        |
| UTF-16 without BOM                 | decoded from its NUL pattern, warning       |
| cp1252 and Latin-1 bytes           | cp1252, one-sentence warning                |
| mixed / old-Mac line endings       | kept as they are (offsets unchanged)        |
| NUL bytes (outside UTF-16/32)      | InputError "binary file (... NUL bytes)"    |
| PDF, PNG, ZIP, gzip, JPEG, ELF ... | InputError naming the format                |
| 5 MB article, 100,000-char line    | decoded whole                               |
| only numbers, only punctuation     | decoded as is                               |
| emoji, combining marks, RTL, HTML  | decoded as is                               |
| a directory                        | InputError: pass --recursive                |
| a missing path                     | InputError: check the path                  |
| no read permission                 | InputError: chmod +r (skipped as root)      |
| a FIFO                             | read like a file                            |
| over the size limit (file, stdin)  | InputError: split it or raise the limit     |
| arbitrary bytes                    | text or InputError, nothing else            |
"""

from __future__ import annotations

import io
import os
import sys
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from metoo_extract.errors import InputError
from metoo_extract.reader import Decoded, decode, read_source

ARTICLE = "Harvey Weinstein’s accusers — “more than 80 women” — spoke out.\n"


@pytest.mark.parametrize(
    "data,text,encoding",
    [
        (b"", "", "utf-8"),
        (b"   \n\t\n", "   \n\t\n", "utf-8"),
        (ARTICLE.encode("utf-8"), ARTICLE, "utf-8"),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), ARTICLE, "utf-8"),
        (b"\xef\xbb\xbf", "", "utf-8"),
        (ARTICLE.encode("utf-16"), ARTICLE, "utf-16-le"),  # BOM + little-endian
        (b"\xfe\xff" + ARTICLE.encode("utf-16-be"), ARTICLE, "utf-16-be"),
        (ARTICLE.encode("utf-32"), ARTICLE, "utf-32-le"),
        (b"\x00\x00\xfe\xff" + ARTICLE.encode("utf-32-be"), ARTICLE, "utf-32-be"),
        # line endings are kept, so offsets index the text as it was
        (b"Line one\r\nLine two\r\n", "Line one\r\nLine two\r\n", "utf-8"),
        (b"Old Mac\rline endings\r", "Old Mac\rline endings\r", "utf-8"),
        (b"Mixed\r\nline\rendings\n", "Mixed\r\nline\rendings\n", "utf-8"),
        ("Ünïcödé #MeToo 🙂 e\u0301".encode(), "Ünïcödé #MeToo 🙂 e\u0301", "utf-8"),
        ("مرحبا بالعالم".encode(), "مرحبا بالعالم", "utf-8"),
        (b"12345 67890\n", "12345 67890\n", "utf-8"),
        (b"!?.,;:--", "!?.,;:--", "utf-8"),
        (b"<p>HTML pasted as text</p>", "<p>HTML pasted as text</p>", "utf-8"),
        (b"a\x0cform feed", "a\x0cform feed", "utf-8"),
    ],
)
def test_decode_clean(data: bytes, text: str, encoding: str) -> None:
    assert decode(data, "a.txt") == Decoded(text, encoding, None)


@pytest.mark.parametrize(
    "data,text,encoding",
    [
        (b"caf\xe9", "café", "cp1252"),  # Latin-1 bytes
        (b"caf\xe9 au lait, tr\xe8s bien", "café au lait, très bien", "cp1252"),
        (b"\x93Quoted\x94 and it\x92s \x96 fine", "“Quoted” and it’s – fine", "cp1252"),
        (b"Price: 5\x80\r\n", "Price: 5€\r\n", "cp1252"),
        ("Привет мир, как дела".encode("cp1251"), "Привет мир, как дела", "cp1251"),
        # BOM-less UTF-16 is recognised by its NUL bytes
        ("Hello, world".encode("utf-16-le"), "Hello, world", "utf-16-le"),
        ("Hello, world".encode("utf-16-be"), "Hello, world", "utf-16-be"),
        # mostly UTF-8 with one stray byte: UTF-8 kept, the byte replaced
        ("café naïve ".encode() + b"\xe9", "café naïve \ufffd", "utf-8"),
    ],
)
def test_decode_guessed_warns(data: bytes, text: str, encoding: str) -> None:
    decoded = decode(data, "a.txt")
    assert (decoded.text, decoded.encoding) == (text, encoding)
    assert decoded.warning is not None
    assert decoded.warning.startswith("a.txt: ")
    assert encoding in decoded.warning.lower()
    assert decoded.warning.count(". ") == 0  # one sentence


@pytest.mark.parametrize(
    "data,what",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP, e.g. DOCX or EPUB"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"GIF89a\x01\x00", "GIF image"),
        (b"\x7fELF\x02\x01\x01", "executable"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "WebP image"),
        (b"Some text\x00with a NUL byte", "it contains NUL bytes"),
        (b"\xef\xbb\xbfUTF-8 with BOM\x00and a NUL", "it contains NUL bytes"),
        (bytes(range(1, 9)) * 20 + b"abc", "it is full of control characters"),
    ],
)
def test_decode_refuses_binary(data: bytes, what: str) -> None:
    with pytest.raises(InputError) as caught:
        decode(data, "paper.pdf")
    assert str(caught.value) == (
        f"paper.pdf: looks like a binary file ({what}), not text; extract its text first"
    )


@pytest.mark.parametrize(
    "data",
    [
        b"BZh is how a sentence may start.",  # bzip2 magic needs its full header
        b"ID3 tags are discussed here.",  # MP3 magic needs a version byte
        b"PK is a pharmacokinetics abbreviation.",
    ],
)
def test_decode_short_signatures_are_text(data: bytes) -> None:
    assert decode(data, "a.txt").text == data.decode()


def test_decode_big_inputs() -> None:
    long_line = ("word " * 20_000).encode()  # a single 100,000-character line
    assert len(decode(long_line, "a.txt").text) == 100_000
    big = (ARTICLE * 80_000).encode()  # about 5 MB
    assert len(big) > 5_000_000
    assert decode(big, "a.txt").text == ARTICLE * 80_000


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_arbitrary_bytes_only_raises_input_error(data: bytes) -> None:
    try:
        decoded = decode(data, "x")
    except InputError as error:
        assert str(error).startswith("x: ")
    else:
        assert isinstance(decoded.text, str)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500).filter(lambda t: "\x00" not in t))
def test_decode_utf8_round_trip(text: str) -> None:
    try:
        decoded = decode(text.encode(), "x")
    except InputError:
        return  # text made mostly of control characters is refused as binary
    assert decoded.text == (text[1:] if text.startswith("\ufeff") else text)


# read_source ---------------------------------------------------------------------------


def test_read_source_file(tmp_path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbfTitle\r\nBody.\r\n")
    assert read_source(str(path)) == Decoded("Title\r\nBody.\r\n", "utf-8", None)


def test_read_source_stdin(monkeypatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"caf\xe9 from a pipe"))
    monkeypatch.setattr(sys, "stdin", stdin)
    decoded = read_source("-")
    assert decoded.text == "café from a pipe"
    assert decoded.warning is not None and decoded.warning.startswith("stdin: ")


def test_read_source_stdin_too_large(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 100)))
    with pytest.raises(InputError, match=r"^stdin: is over the 10-byte input limit"):
        read_source("-", max_bytes=10)


@pytest.mark.parametrize(
    "make,message",
    [
        (lambda p: p / "missing.txt", "{p}: no such file; check the path"),
        (
            lambda p: p,
            "{p}: is a directory; pass --recursive to read the files in it",
        ),
        (
            lambda p: _file(p / "big.txt", b"x" * 101),
            "{p}: is 101 bytes, over the 100-byte input limit; split it or raise the limit",
        ),
        (
            lambda p: _file(p / "a.txt", b"x") / "b.txt",
            "{p}: a part of the path is not a directory; check the path",
        ),
        (
            lambda p: _file(p / "a.pdf", b"%PDF-1.4\n"),
            "{p}: looks like a binary file (PDF), not text; extract its text first",
        ),
    ],
)
def test_read_source_errors(tmp_path, make, message: str) -> None:
    path = make(tmp_path)
    with pytest.raises(InputError) as caught:
        read_source(str(path), max_bytes=100)
    assert str(caught.value) == message.format(p=path)


def _file(path, data: bytes):  # type: ignore[no-untyped-def]
    path.write_bytes(data)
    return path


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file"
)
def test_read_source_no_permission(tmp_path) -> None:
    path = _file(tmp_path / "secret.txt", b"text")
    path.chmod(0)
    with pytest.raises(InputError) as caught:
        read_source(str(path))
    assert str(caught.value) == (
        f"{path}: permission denied; make the file readable (chmod +r) or run as its owner"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_read_source_fifo(tmp_path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "wb") as handle:
            handle.write(b"Story from a FIFO\r\n")

    writer = threading.Thread(target=write)
    writer.start()
    try:
        assert read_source(str(fifo)) == Decoded("Story from a FIFO\r\n", "utf-8", None)
    finally:
        writer.join(timeout=5)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_read_source_fifo_too_large(tmp_path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def write() -> None:
        try:
            with open(fifo, "wb") as handle:
                handle.write(b"y" * 50)
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=write)
    writer.start()
    try:
        with pytest.raises(InputError, match=r"is over the 10-byte input limit"):
            read_source(str(fifo), max_bytes=10)
    finally:
        writer.join(timeout=5)
