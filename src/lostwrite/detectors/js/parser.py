"""Parse JavaScript/TypeScript with tree-sitter: grammars, parsers and queries made once per process.

``tree_sitter`` and the grammar wheels are imported lazily, on the first JS/TS file, so
``lostwrite`` starts fast when there is none. ``.ts .mts .cts`` use the TypeScript grammar,
``.tsx`` the TSX grammar, and ``.js .mjs .cjs .jsx`` the JavaScript grammar (which parses JSX).
"""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tree_sitter import Language, Node, Parser, Query, Tree

GRAMMAR_BY_SUFFIX = {
    ".js": "javascript",
    ".mjs": "javascript",
    ".cjs": "javascript",
    ".jsx": "javascript",
    ".ts": "typescript",
    ".mts": "typescript",
    ".cts": "typescript",
    ".tsx": "tsx",
}

FUNCTION_TYPES = frozenset(
    {
        "function_declaration",
        "function_expression",
        "function",
        "arrow_function",
        "method_definition",
        "generator_function_declaration",
        "generator_function",
    }
)

# One query builds the per-file index: every call, every named function, every import.
INDEX_QUERY = """
(call_expression) @call
(function_declaration) @function
(generator_function_declaration) @function
(method_definition) @function
(variable_declarator value: [(arrow_function) (function_expression)] @function)
(pair value: [(arrow_function) (function_expression)] @function)
(assignment_expression right: [(arrow_function) (function_expression)] @function)
(import_statement) @import
"""


MAX_ERROR_SHARE = 0.2  # a file more than this share of ERROR bytes is reported as unparseable


class JsSyntaxError(Exception):
    """The file does not parse; the message says where."""


def grammar_for(path: str) -> str:
    """The grammar name for a path (``javascript``, ``typescript`` or ``tsx``)."""
    return GRAMMAR_BY_SUFFIX.get(os.path.splitext(path)[1].lower(), "javascript")


@cache
def language(grammar: str) -> Language:
    from tree_sitter import Language

    if grammar == "javascript":
        import tree_sitter_javascript

        return Language(tree_sitter_javascript.language())
    import tree_sitter_typescript

    if grammar == "tsx":
        return Language(tree_sitter_typescript.language_tsx())
    return Language(tree_sitter_typescript.language_typescript())


@cache
def parser(grammar: str) -> Parser:
    from tree_sitter import Parser

    return Parser(language(grammar))


@cache
def index_query(grammar: str) -> Query:
    from tree_sitter import Query

    return Query(language(grammar), INDEX_QUERY)


def parse(path: str, source: bytes) -> tuple[Tree, str]:
    """Parse ``source`` with the grammar for ``path``.

    tree-sitter recovers from errors, and its grammars miss a few corners of the language
    (automatic semicolon insertion before ``[`` after an arrow function body, for one), so a
    file with small error regions is still analysed; one that is mostly unparseable raises
    :class:`JsSyntaxError` saying where the first error is.
    """
    grammar = grammar_for(path)
    tree = parser(grammar).parse(source)
    root = tree.root_node
    if root.has_error and _mostly_errors(grammar, tree, len(source)):
        raise JsSyntaxError(_describe_error(root, source))
    return tree, grammar


def _mostly_errors(grammar: str, tree: Tree, size: int) -> bool:
    from tree_sitter import QueryCursor

    root = tree.root_node
    if root.is_error or size == 0:
        return True
    errors = QueryCursor(error_query(grammar)).captures(root).get("error", [])
    error_bytes = sum(node.end_byte - node.start_byte for node in errors)
    return error_bytes > MAX_ERROR_SHARE * size


@cache
def error_query(grammar: str) -> Query:
    from tree_sitter import Query

    return Query(language(grammar), "(ERROR) @error")


def _describe_error(root: Node, source: bytes) -> str:
    node = root
    while not (node.is_error or node.is_missing):
        child = next((c for c in node.children if c.has_error or c.is_missing), None)
        if child is None:
            break
        node = child
    row, byte_column = node.start_point
    line_start = node.start_byte - byte_column
    column = len(source[line_start : node.start_byte].decode("utf-8", errors="replace")) + 1
    what = f"missing {node.type}" if node.is_missing else "unexpected input"
    return f"syntax error at line {row + 1}, column {column}: {what}"
