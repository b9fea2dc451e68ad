import codecs

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
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_empty_is_empty_text() -> None:
    assert decode(b"") == ""
