import codecs

import pytest

from onrecord.ingest import InputError, decode


def test_utf8_and_utf8_bom() -> None:
    assert decode("Kyiv “peace”".encode()) == "Kyiv “peace”"
    assert decode(codecs.BOM_UTF8 + b"abc") == "abc"


def test_utf16_with_bom() -> None:
    assert decode("Zelensky said “yes”.".encode("utf-16")) == "Zelensky said “yes”."


def test_cp1252_fallback_keeps_curly_quotes() -> None:
    assert decode("He said “no”.".encode("cp1252")) == "He said “no”."


def test_binary_is_refused_with_a_reason() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_empty_is_empty_text() -> None:
    assert decode(b"") == ""
