import codecs
import re

import pytest

from onrecord.ingest import InputError, decode


def test_utf8_and_utf8_bom() -> None:
    assert decode("Kyiv “peace”".encode()) == "Kyiv “peace”"
    assert decode(codecs.BOM_UTF8 + b"abc") == "abc"


def test_utf16_with_bom() -> None:
    assert decode("Zelensky said “yes”.".encode("utf-16")) == "Zelensky said “yes”."


def test_utf16_without_bom_is_read_as_text() -> None:
    """It was refused as "binary data (NUL bytes)": a good article lost, with a wrong reason (fuzz audit)."""
    text = "Zelensky said “yes” on Monday.\r\nThe talks resume in Geneva.\n"
    assert decode(text.encode("utf-16-le")) == text
    assert decode(text.encode("utf-16-be")) == text


def test_binary_with_nuls_in_every_other_byte_is_still_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(bytes([65, 0, 1, 0, 2, 0, 3, 0]) * 100)  # decodes as UTF-16LE, to control characters
    with pytest.raises(InputError, match="binary"):
        decode(b"A\x00B\x00" * 100 + b"\x00\x00")  # a NUL character
    with pytest.raises(InputError, match="binary"):
        decode(b"A\x00B\x00C")  # an odd number of bytes
    with pytest.raises(InputError, match="binary"):
        decode("Le ministre a dit".encode("utf-16-le")[:-1] + b"\xff\xfe\x00")  # "dit\uff74\xfe": no Latin text


def test_cp1252_fallback_keeps_curly_quotes() -> None:
    assert decode("He said “no”.".encode("cp1252")) == "He said “no”."


def test_binary_is_refused_with_a_reason() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"\x01\x02\x00\x00\x03IHDR" * 100)


@pytest.mark.parametrize(("data", "what"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a ZIP archive or a document made of one (.docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "an old Microsoft Office document"),
    (b"{\\rtf1\\ansi The minister said it.}", "an RTF document"),
    (b"SQLite format 3\x00\x10\x00", "an SQLite database"),
    (b"BZh91AY&SY\x00\x01", "bzip2-compressed data"),
])
def test_a_known_binary_format_is_named(data: bytes, what: str) -> None:
    """Each was "binary data (NUL bytes), not text" (or, for RTF, read as an article of markup)."""
    with pytest.raises(InputError, match=re.escape(what)):
        decode(data)


def test_a_pdf_with_no_nul_in_its_head_is_refused_not_read_as_mojibake() -> None:
    """A PDF whose first 8 KB are its text objects decoded as cp1252 and was analysed as an article."""
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" * 300
    with pytest.raises(InputError, match="a PDF document, not text: convert it to text first"):
        decode(pdf)


def test_empty_is_empty_text() -> None:
    assert decode(b"") == ""
