"""Python regexes as RE2 regexes, matching exactly the same strings.

The pandas engine searches with Python's ``re``; DuckDB and BigQuery search with RE2.
``re2_pattern`` parses a pattern with Python's own parser and writes it back for RE2
with every class spelled out as code-point ranges, or refuses what RE2 cannot match
the same way. The push-down and streaming engines both use it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

__all__ = ["re2_pattern"]

_MAX_CODE = 0x10FFFF
_SURROGATES = (0xD800, 0xDFFF)
Ranges = list[tuple[int, int]]


def re2_pattern(regex: str) -> str:
    """Translates a Python regex into an RE2 regex that matches exactly the same strings.

    ``str.contains`` (pandas) searches with Python's ``re``; DuckDB's
    ``regexp_matches`` and BigQuery's ``REGEXP_CONTAINS`` search with RE2, whose
    syntax and semantics differ: ``\\d``, ``\\w`` and ``\\s`` are Unicode classes in
    Python and ASCII in RE2, Python's ``$`` also matches before a final newline.
    The pattern is parsed with Python's own parser and written back with every class
    spelled out as code-point ranges, so both engines see the same sets.

    Raises:
        ValueError: the pattern uses what RE2 lacks or treats differently (case-insensitive
            or multi-line matching, look-arounds, back-references, word boundaries,
            possessive repeats, a ``$`` that is not at the end); the message says which.
    """
    parsed = _sre("_parser").parse(regex)
    flags = parsed.state.flags
    _refuse_flags(flags)
    return _re2_sequence(list(parsed), flags, tail=True)


def _sre(name: str) -> Any:
    """``re._parser`` or ``re._constants``: Python's own regex parser and its opcodes."""
    import importlib

    return importlib.import_module(f"re.{name}")


def _refuse_flags(flags: int) -> None:
    if flags & re.IGNORECASE:
        raise ValueError(
            "case-insensitive matching ((?i)) folds cases differently in RE2; "
            "spell the cases out, e.g. [Aa]"
        )
    if flags & re.MULTILINE:
        raise ValueError("multi-line anchors ((?m)) are not translated")
    if flags & re.LOCALE:
        raise ValueError("the LOCALE flag is not translated")


def _re2_sequence(items: list[Any], flags: int, tail: bool) -> str:
    return "".join(
        _re2_item(op, av, flags, tail and i == len(items) - 1) for i, (op, av) in enumerate(items)
    )


def _re2_item(op: Any, av: Any, flags: int, tail: bool) -> str:
    c = _sre("_constants")

    if op is c.LITERAL:
        return _re2_class([(av, av)])
    if op is c.NOT_LITERAL:
        return _re2_class(_complement([(av, av)]))
    if op is c.ANY:
        return _re2_class([(0, _MAX_CODE)] if flags & re.DOTALL else _complement([(10, 10)]))
    if op is c.IN:
        return _re2_class(_class_ranges(av, flags))
    if op is c.BRANCH:
        return "(?:" + "|".join(_re2_sequence(list(b), flags, tail) for b in av[1]) + ")"
    if op is c.SUBPATTERN:
        _group, add, remove, pattern = av
        _refuse_flags(add)
        inner = (flags | add) & ~remove
        return "(?:" + _re2_sequence(list(pattern), inner, tail) + ")"
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, high, pattern = av
        if low > 1000 or (high is not c.MAXREPEAT and high > 1000):
            raise ValueError("a repeat count above 1000 is beyond RE2's limit")
        bound = f"{{{low},}}" if high is c.MAXREPEAT else f"{{{low},{high}}}"
        lazy = "?" if op is c.MIN_REPEAT else ""
        return "(?:" + _re2_sequence(list(pattern), flags, tail=False) + ")" + bound + lazy
    if op is c.AT:
        if av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
            return r"\A"
        if av is c.AT_END_STRING:
            return r"\z"
        if av is c.AT_END:
            if not tail:
                raise ValueError("'$' is translated only at the end of the pattern")
            # Python's $ also matches before a final newline: as the last thing a
            # search needs, that is "an optional newline, then the end".
            return r"(?:\n?\z)"
        raise ValueError("word boundaries (\\b, \\B) are Unicode-aware in Python only")
    names = {
        c.GROUPREF: "back-references",
        c.GROUPREF_EXISTS: "conditional groups",
        c.ASSERT: "look-arounds",
        c.ASSERT_NOT: "look-arounds",
        c.POSSESSIVE_REPEAT: "possessive repeats",
        c.ATOMIC_GROUP: "atomic groups",
    }
    raise ValueError(f"{names.get(op, str(op).lower())} are not supported by RE2")


def _class_ranges(items: list[Any], flags: int) -> Ranges:
    c = _sre("_constants")

    ranges: Ranges = []
    negate = False
    for op, av in items:
        if op is c.NEGATE:
            negate = True
        elif op is c.LITERAL:
            ranges.append((av, av))
        elif op is c.RANGE:
            ranges.append(av)
        elif op is c.CATEGORY:
            ranges += _category(av, bool(flags & re.ASCII))
        else:
            raise ValueError(f"{str(op).lower()} inside a character class is not translated")
    merged = _merge(ranges)
    return _complement(merged) if negate else merged


def _category(code: Any, ascii_only: bool) -> Ranges:
    c = _sre("_constants")

    base = {
        c.CATEGORY_DIGIT: ("digit", False),
        c.CATEGORY_NOT_DIGIT: ("digit", True),
        c.CATEGORY_SPACE: ("space", False),
        c.CATEGORY_NOT_SPACE: ("space", True),
        c.CATEGORY_WORD: ("word", False),
        c.CATEGORY_NOT_WORD: ("word", True),
    }
    if code not in base:
        raise ValueError(f"{str(code).lower()} is not translated")
    name, negated = base[code]
    ranges = _ascii_category(name) if ascii_only else _unicode_category(name)
    return _complement(ranges) if negated else ranges


def _ascii_category(name: str) -> Ranges:
    return {
        "digit": [(48, 57)],
        "space": [(9, 13), (32, 32)],
        "word": [(48, 57), (65, 90), (95, 95), (97, 122)],
    }[name]


@cache
def _unicode_category(name: str) -> Ranges:
    """The code points Python's ``re`` puts in ``\\d``, ``\\s`` or ``\\w`` (``str`` patterns).

    SRE tests ``str.isdecimal``, ``str.isspace`` and ``str.isalnum`` (plus ``_`` for
    ``\\w``); enumerating them once gives RE2 the same sets, Unicode version included.
    """
    test: Callable[[str], bool] = {
        "digit": str.isdecimal,
        "space": str.isspace,
        "word": lambda ch: ch.isalnum() or ch == "_",
    }[name]
    ranges: Ranges = []
    start = None
    for code in range(_MAX_CODE + 2):
        inside = code <= _MAX_CODE and test(chr(code))
        if inside and start is None:
            start = code
        elif not inside and start is not None:
            ranges.append((start, code - 1))
            start = None
    return ranges


def _merge(ranges: Iterable[tuple[int, int]]) -> Ranges:
    merged: Ranges = []
    for low, high in sorted(ranges):
        if merged and low <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


def _complement(ranges: Ranges) -> Ranges:
    out: Ranges = []
    position = 0
    for low, high in _merge(ranges):
        if low > position:
            out.append((position, low - 1))
        position = high + 1
    if position <= _MAX_CODE:
        out.append((position, _MAX_CODE))
    return out


def _re2_class(ranges: Ranges) -> str:
    """A character class of code points, surrogates left out (UTF-8 text has none)."""
    parts = []
    for low, high in _merge(ranges):
        for a, b in _without_surrogates(low, high):
            parts.append(f"\\x{{{a:x}}}" if a == b else f"\\x{{{a:x}}}-\\x{{{b:x}}}")
    if not parts:
        return r"[^\x{0}-\x{10ffff}]"  # matches nothing
    return "[" + "".join(parts) + "]"


def _without_surrogates(low: int, high: int) -> Ranges:
    s_low, s_high = _SURROGATES
    pieces = [(low, min(high, s_low - 1)), (max(low, s_high + 1), high)]
    return [(a, b) for a, b in pieces if a <= b]
