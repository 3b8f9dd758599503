"""The per-file context every Python detector receives: source, tree, semantic model, sink."""

from __future__ import annotations

import ast
from functools import cached_property

from lostwrite.detectors.python.semantic import SemanticModel
from lostwrite.detectors.sink import Sink
from lostwrite.scan.config import AnalysisOptions
from lostwrite.scan.finding import Risk


class PythonContext(Sink):
    """One parsed Python file and the findings and sites reported on it."""

    def __init__(self, path: str, source: str, tree: ast.Module, options: AnalysisOptions) -> None:
        self.path = path
        self.source = source
        self.tree = tree
        self.options = options
        self.lines = source.splitlines()
        super().__init__()

    def release(self) -> None:
        """Drop the tree and everything built on it, keeping only the findings and sites.

        The caches detectors hang on the context (the write index points back at it) form
        reference cycles: left alone, every parsed tree would stay alive until a full garbage
        collection, which then has to traverse all of them. Freed here, they go at once.
        """
        kept = {"findings": self.findings, "sites": self.sites}
        self.__dict__.clear()
        self.__dict__.update(kept)

    @cached_property
    def model(self) -> SemanticModel:
        """The semantic model, built on first use and shared by all detectors."""
        return SemanticModel(self.tree)

    def snippet(self, node: ast.AST) -> str:
        """The node's first source line with whitespace collapsed (stable across re-indents)."""
        line = getattr(node, "lineno", 0)
        if not 1 <= line <= len(self.lines):
            return ""
        return " ".join(self.lines[line - 1].split())

    def report(
        self,
        code: str,
        node: ast.AST,
        message: str,
        *,
        fix_available: bool = False,
        risk: Risk = "critical",
        call: str = "",
    ) -> None:
        """Record a finding at ``node`` (and the matching at-risk site for the audit)."""
        line, column = self.position(node)
        end_line = getattr(node, "end_lineno", None) or line
        end_offset = getattr(node, "end_col_offset", None)
        end_column = column if end_offset is None else self._char_column(end_line, end_offset)
        self.add_finding(
            code,
            (line, column, end_line, end_column),
            message,
            fix_available=fix_available,
            risk=risk,
            call=call,
            context=self.model.qualname(node),
            snippet=self.snippet(node),
        )

    def position(self, node: ast.AST) -> tuple[int, int]:
        """1-based line and character column of ``node`` (``ast`` counts UTF-8 bytes)."""
        line: int = node.lineno  # type: ignore[attr-defined]
        return line, self._char_column(line, node.col_offset)  # type: ignore[attr-defined]

    def _char_column(self, line: int, byte_offset: int) -> int:
        text = self.lines[line - 1] if 1 <= line <= len(self.lines) else ""
        if text.isascii():
            return byte_offset + 1
        return len(text.encode("utf-8")[:byte_offset].decode("utf-8", errors="replace")) + 1

    def accept(
        self, code: str, node: ast.AST, reason: str, *, risk: Risk = "low", call: str = ""
    ) -> None:
        """Record a write site the detector examined and found correct, with the reason."""
        line, column = self.position(node)
        context = self.model.qualname(node)
        self.add_accepted(code, line, column, reason, risk=risk, call=call, context=context)
