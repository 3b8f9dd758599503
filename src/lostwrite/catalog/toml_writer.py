"""A small TOML writer for pattern files (stdlib ``tomllib`` only reads TOML).

It covers what pattern files use: strings, integers, floats, booleans, arrays of those, tables
and arrays of tables. Output is deterministic (keys keep their insertion order) and every
string round-trips exactly through ``tomllib``. Strings under the keys named in
``multiline_keys`` are written as multi-line strings, wrapped with line-ending backslashes
that TOML removes again, so prose stays readable without changing its value.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any

WIDTH = 96
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_LITERAL_UNSAFE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\t": "\\t", "\f": "\\f", "\r": "\\r"}


def dumps(
    data: Mapping[str, Any], *, multiline_keys: Collection[str] = (), comment: str = ""
) -> str:
    """Serialise ``data`` as a TOML document, optionally preceded by a ``#`` comment block."""
    lines = [f"# {line}".rstrip() for line in comment.splitlines()]
    _table(lines, (), data, frozenset(multiline_keys))
    return "\n".join(lines).strip("\n") + "\n"


def _is_table_array(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _table(
    lines: list[str], path: tuple[str, ...], data: Mapping[str, Any], multiline: frozenset[str]
) -> None:
    tables = [(k, v) for k, v in data.items() if isinstance(v, dict)]
    arrays = [(k, v) for k, v in data.items() if _is_table_array(v)]
    for key, value in data.items():
        if not isinstance(value, dict) and not _is_table_array(value):
            lines.append(f"{_key(key)} = {_value(value, key in multiline)}")
    for key, value in tables:
        lines += ["", f"[{_dotted((*path, key))}]"]
        _table(lines, (*path, key), value, multiline)
    for key, items in arrays:
        for item in items:
            lines += ["", f"[[{_dotted((*path, key))}]]"]
            _table(lines, (*path, key), item, multiline)


def _dotted(path: tuple[str, ...]) -> str:
    return ".".join(_key(part) for part in path)


def _key(key: str) -> str:
    return key if _BARE_KEY.match(key) else _basic(key)


def _value(value: Any, multiline: bool = False) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return _multiline(value) if multiline else _string(value)
    if isinstance(value, list):
        items = [_value(item) for item in value]
        inline = f"[{', '.join(items)}]"
        if len(inline) <= WIDTH - 16 or not items:
            return inline
        return "[\n" + "".join(f"  {item},\n" for item in items) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _string(value: str) -> str:
    """A one-line string: basic if nothing needs escaping, else literal (regexes stay readable)."""
    if _escape(value) == value and "\n" not in value:
        return f'"{value}"'
    if not _LITERAL_UNSAFE.search(value):
        if "'" not in value:
            return f"'{value}'"
        if "'''" not in value and not value.startswith("'") and not value.endswith("'"):
            return f"'''{value}'''"
    if "\n" in value:
        return _multiline(value)
    return _basic(value)


def _escape(value: str) -> str:
    out = []
    for char in value:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif char != "\n" and (ord(char) < 0x20 or ord(char) == 0x7F):
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "".join(out)


def _basic(value: str) -> str:
    return '"' + _escape(value).replace("\n", "\\n") + '"'


def _multiline(value: str) -> str:
    """A multi-line basic string; long lines are wrapped after a space with a trailing ``\\``."""
    body = "\n".join(_wrap(line) for line in _escape(value).split("\n"))
    return f'"""\n{body}"""'


def _wrap(line: str) -> str:
    # Break only after whitespace and before a non-space character: TOML's line-ending
    # backslash then removes exactly the newline and the indentation we did not add.
    chunks = re.findall(r"\s*\S+\s*|\s+", line)
    rows: list[str] = []
    current = ""
    for chunk in chunks:
        fits = len(current) + len(chunk.rstrip()) <= WIDTH - 1
        if current and current[-1].isspace() and not fits:
            rows.append(current + "\\")
            current = ""
        current += chunk
    rows.append(current)
    return "\n".join(rows)
