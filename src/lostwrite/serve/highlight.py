"""Server-side syntax highlighting of the catalog's Python and TypeScript examples.

A small regex tokenizer, enough for short examples: comments, strings, numbers, keywords,
decorators, function names and the few built-in constants. Every piece of source text is
HTML-escaped before it is wrapped in a ``<span class="tok-…">``, so a pattern file cannot
inject markup. No JavaScript and no CDN asset is involved.
"""

from __future__ import annotations

import re
from functools import cache

from markupsafe import Markup, escape

_PYTHON_KEYWORDS = (
    "and as assert async await break class continue def del elif else except finally for "
    "from global if import in is lambda nonlocal not or pass raise return try while with "
    "yield match case"
).split()
_PYTHON_CONSTANTS = ["True", "False", "None", "self"]

_TS_KEYWORDS = (
    "as async await break case catch class const continue default delete do else export "
    "extends finally for from function if import in instanceof interface let new of return "
    "switch throw try type typeof var void while yield implements private public readonly"
).split()
_TS_CONSTANTS = ["true", "false", "null", "undefined", "this"]

_NUMBER = r"\b\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?\b"
_CALL = r"\b[A-Za-z_$][\w$]*(?=\s*\()"


def _words(words: list[str]) -> str:
    return r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b"


_RULES: dict[str, list[tuple[str, str]]] = {
    "python": [
        ("comment", r"#[^\n]*"),
        ("string", r"[rbfuRBFU]{0,2}(?:'''[\s\S]*?'''|\"\"\"[\s\S]*?\"\"\")"),
        ("string", r"[rbfuRBFU]{0,2}(?:'(?:\\.|[^'\\\n])*'|\"(?:\\.|[^\"\\\n])*\")"),
        ("decorator", r"@[A-Za-z_][\w.]*"),
        ("keyword", _words(_PYTHON_KEYWORDS)),
        ("constant", _words(_PYTHON_CONSTANTS)),
        ("number", _NUMBER),
        ("function", _CALL),
    ],
    "typescript": [
        ("comment", r"//[^\n]*|/\*[\s\S]*?\*/"),
        ("string", r"`(?:\\.|[^`\\])*`|'(?:\\.|[^'\\\n])*'|\"(?:\\.|[^\"\\\n])*\""),
        ("keyword", _words(_TS_KEYWORDS)),
        ("constant", _words(_TS_CONSTANTS)),
        ("number", _NUMBER),
        ("function", _CALL),
    ],
}
LANGUAGES = tuple(_RULES)


@cache
def _compiled(language: str) -> re.Pattern[str]:
    rules = _RULES[language]
    return re.compile("|".join(f"(?P<t{i}>{regex})" for i, (_, regex) in enumerate(rules)))


def tokens(source: str, language: str) -> list[tuple[str | None, str]]:
    """Split ``source`` into (kind, text) pieces; kind is None for plain text."""
    if language not in _RULES:
        return [(None, source)]
    rules = _RULES[language]
    pieces: list[tuple[str | None, str]] = []
    pos = 0
    for match in _compiled(language).finditer(source):
        if match.start() > pos:
            pieces.append((None, source[pos : match.start()]))
        index = int(match.lastgroup[1:]) if match.lastgroup else 0
        pieces.append((rules[index][0], match.group()))
        pos = match.end()
    if pos < len(source):
        pieces.append((None, source[pos:]))
    return pieces


def highlight(source: str, language: str) -> Markup:
    """``source`` as escaped HTML with ``tok-*`` spans (the ``<pre><code>`` is the caller's)."""
    out: list[str] = []
    for kind, text in tokens(source, language):
        escaped = str(escape(text))
        out.append(f'<span class="tok-{kind}">{escaped}</span>' if kind else escaped)
    return Markup("".join(out))
