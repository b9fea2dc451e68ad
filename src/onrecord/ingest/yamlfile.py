"""A user's YAML file (a taxonomy, an actors file) read with bounds on what it may expand to.

``yaml.safe_load`` builds no objects of its own choosing, but it is not bounded: ten aliases, each to a list of
ten of the one before ("billion laughs"), load in a millisecond as shared lists and then expand to 10^10 values
for whoever walks them (an error message's ``repr`` of one hung ``ingest --issues`` for good), and a value
nested 100,000 deep raised RecursionError from PyYAML's composer, a traceback instead of a usage error.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# Far more values than any taxonomy or actors file holds (the shipped actors file has about 3,000), far fewer
# than an alias bomb expands to.
MAX_YAML_VALUES = 2_000_000
# Far larger than any taxonomy or actors file (the shipped actors file is 76 KB): a file is read at most to
# this size. ``--actors /dev/zero`` (or any endless pipe) was read whole into memory until the process was killed.
MAX_YAML_BYTES = 20_000_000
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class YamlFileError(ValueError):
    """The file is no YAML this program can use; the message says why, in one line."""


def read_yaml_text(path: Path) -> str:
    """The text of a YAML file, read to at most ``MAX_YAML_BYTES``: ``YamlFileError`` past it, OSError and
    UnicodeDecodeError as ``Path.read_text`` raises them."""
    with path.open("rb") as handle:
        data = handle.read(MAX_YAML_BYTES + 1)
    if len(data) > MAX_YAML_BYTES:
        raise YamlFileError(f"larger than {MAX_YAML_BYTES:,} bytes, far more than a taxonomy or actors file holds: "
                            "not read")
    return data.decode("utf-8")


def load_yaml(text: str) -> Any:
    """The value of ``text``; ``YamlFileError`` for invalid YAML, nesting too deep for the parser, or a value
    that expands (through aliases) to more than ``MAX_YAML_VALUES`` values."""
    with collector_paused():
        return _load(text)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the block: every object a load builds stays alive until it
    ends, and the full collections that their growing number set off found nothing and made the load
    superlinear (an actors file of 20,000 people: 4.4 s of CPU, 1.3 s paused, four times the 5,000's). A cycle
    built through an alias ("&a [*a]") is collected once the collector is back."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _load(text: str) -> Any:
    import yaml

    try:
        value = _fast_load(text)
    except Exception:  # any refusal is read again below, for the Python parser's own words
        value = _NOT_LOADED
    try:
        if value is _NOT_LOADED:
            value = yaml.safe_load(text)
    except RecursionError:
        raise YamlFileError("nested too deeply") from None
    except yaml.MarkedYAMLError as err:
        raise YamlFileError(_where_and_why(err)) from err
    except (yaml.YAMLError, ValueError) as err:  # ValueError: a date YAML itself cannot build
        raise YamlFileError(f"not valid YAML: {err}") from err
    size = _expanded_size(value, MAX_YAML_VALUES)
    if size < 0:
        raise YamlFileError("holds a lone surrogate (an escape such as \"\\ud800\"), which is no character: not read")
    if size > MAX_YAML_VALUES:
        raise YamlFileError(f"expands to more than {MAX_YAML_VALUES:,} values (aliases of aliases): not read")
    return value


_NOT_LOADED = object()


def _fast_load(text: str) -> Any:
    """``yaml.safe_load`` through libyaml's C parser where PyYAML was built with it: the same constructor and
    resolver, so the same values, in about a third of the time (an actors file of 20,000 people: 3.3 s of CPU
    against 8.6 s, the pure-Python scanner's cost). Whatever it refuses is parsed again by the Python parser,
    whose errors the messages below are written for (libyaml words them differently, and stops nesting at
    1,000 levels where the Python one raised RecursionError)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", None)
    return yaml.safe_load(text) if loader is None else yaml.load(text, Loader=loader)


# What a person writing a taxonomy or an actors file by hand most often did, by PyYAML's words for it.
_HINTS = (
    ("mapping values are not allowed", 'put a value that holds ": " in quotes, e.g. label: "Talks: round two"'),
    ("cannot start any token", "indent with spaces, not tabs"),
    ("expected <block end>", "the keys of one item must line up, indented alike"),
    ("could not find expected ':'", "each line of an item is KEY: VALUE"),
)


def _where_and_why(err: Any) -> str:
    """PyYAML's error in one line, with the place a person looks for ("line 6, column 37") and what to do
    about the usual mistakes. It was printed whole: three lines joined with ␊, quoting the file as
    "<unicode string>", the line under a caret."""
    # "label A" with no colon is found on the line after; the key it began is where the mistake is.
    key = bool(err.context and "simple key" in err.context and err.context_mark)
    mark = err.context_mark if key else err.problem_mark or err.context_mark
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    problem = " ".join(str(err.problem or err.context or "").split())
    hint = next((h for words, h in _HINTS if words in problem), "")
    return f"not valid YAML: {where}{problem}" + (f" ({hint})" if hint else "")


def _expanded_size(value: Any, limit: int) -> int:
    """How many values walking ``value`` visits, a shared list counted each time it is reached (as a reader
    of the data would), stopping once past ``limit``: bounded work, cycles included. -1 when a string holds a
    lone surrogate: YAML's "\\ud800" escape loads, and an actors file's name then failed at the store as "text
    that is not valid UTF-8 (an argument or a file name?)", which named neither the file nor the value."""
    count, stack, checked = 0, [value], set()
    while stack and count <= limit:
        item = stack.pop()
        count += 1
        if isinstance(item, str) and id(item) not in checked:  # an alias of a long string is read once
            checked.add(id(item))
            if _LONE_SURROGATE.search(item):
                return -1
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set)):
            stack.extend(item)
    return count


def short_repr(value: Any, limit: int = 60) -> str:
    """A value for an error message, at most about ``limit`` characters whatever its size or depth."""
    import reprlib

    shortener = reprlib.Repr()
    shortener.maxstring = shortener.maxother = limit
    shortener.maxlevel, shortener.maxlist, shortener.maxdict = 2, 4, 4
    text = shortener.repr(value)
    return text if len(text) <= limit + 10 else text[:limit] + "..."

