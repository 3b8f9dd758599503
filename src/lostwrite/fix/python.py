"""Safe, local rewrites of Python findings with libcst (formatting and comments preserved).

* LW001 ``asyncio.create_task(repo.save(x))`` as a statement in an ``async def``
  -> ``await repo.save(x)``;
* LW003 ``with open(p, "w") as f: json.dump(obj, f)`` -> ``atomic_write_json(p, obj)``,
  ``... f.write(data)`` -> ``atomic_write_text``/``atomic_write_bytes``, and
  ``p.write_text(data)`` / ``p.write_bytes(data)`` -> ``atomic_write_text(p, data)`` /
  ``atomic_write_bytes(p, data)``, adding ``from lostwrite.guard import ...``;
* LW004 an ``except`` whose body only logs -> the same body followed by a bare ``raise``.

Only findings the detectors marked ``fix_available`` are touched; each is located by its exact
start position, and a finding whose node does not have the expected shape is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable

import libcst as cst
from libcst.codemod import CodemodContext
from libcst.codemod.visitors import AddImportsVisitor
from libcst.metadata import MetadataWrapper, PositionProvider

from lostwrite.scan.finding import Finding

FIXABLE_CODES = frozenset({"LW001", "LW003", "LW004"})
GUARD_MODULE = "lostwrite.guard"


def _position(finding: Finding) -> tuple[int, int]:
    return finding.line, finding.column - 1  # libcst columns are 0-based


class _Fixer(cst.CSTTransformer):
    METADATA_DEPENDENCIES = (PositionProvider,)

    def __init__(self, findings: Iterable[Finding]) -> None:
        super().__init__()
        self.targets: dict[str, set[tuple[int, int]]] = {}
        for finding in findings:
            self.targets.setdefault(finding.code, set()).add(_position(finding))
        self.imports: set[str] = set()
        self.fixed = 0

    def _at(self, code: str, node: cst.CSTNode) -> bool:
        start = self.get_metadata(PositionProvider, node).start
        return (start.line, start.column) in self.targets.get(code, set())

    # Ex) asyncio.create_task(repo.save(x))  ->  await repo.save(x)
    def leave_Expr(self, original_node: cst.Expr, updated_node: cst.Expr) -> cst.Expr:
        call = original_node.value
        if not isinstance(call, cst.Call) or not self._at("LW001", call):
            return updated_node
        if not call.args or call.args[0].keyword is not None or call.args[0].star:
            return updated_node
        updated_call = updated_node.value
        assert isinstance(updated_call, cst.Call)
        self.fixed += 1
        return updated_node.with_changes(value=cst.Await(expression=updated_call.args[0].value))

    # Ex) with open(p, "w") as f: json.dump(obj, f)  ->  atomic_write_json(p, obj)
    def leave_With(
        self, original_node: cst.With, updated_node: cst.With
    ) -> cst.With | cst.SimpleStatementLine:
        if len(original_node.items) != 1:
            return updated_node
        opener = original_node.items[0].item
        if not isinstance(opener, cst.Call) or not self._at("LW003", opener):
            return updated_node
        replacement = _with_open_replacement(original_node)
        if replacement is None:
            return updated_node
        helper, call = replacement
        self.imports.add(helper)
        self.fixed += 1
        return cst.SimpleStatementLine(
            body=[cst.Expr(call)], leading_lines=original_node.leading_lines
        )

    # Ex) STATE.write_text(data)  ->  atomic_write_text(STATE, data)
    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        func = original_node.func
        if not isinstance(func, cst.Attribute) or func.attr.value not in (
            "write_text",
            "write_bytes",
        ):
            return updated_node
        if not self._at("LW003", original_node) or len(original_node.args) != 1:
            return updated_node
        helper = "atomic_write_text" if func.attr.value == "write_text" else "atomic_write_bytes"
        self.imports.add(helper)
        self.fixed += 1
        return cst.Call(
            func=cst.Name(helper),
            args=[
                cst.Arg(func.value, comma=_comma()),
                updated_node.args[0].with_changes(comma=cst.MaybeSentinel.DEFAULT),
            ],
        )

    # Ex) except Exception as exc: logger.error("save failed: %s", exc)  ->  ... then raise
    def leave_ExceptHandler(
        self, original_node: cst.ExceptHandler, updated_node: cst.ExceptHandler
    ) -> cst.ExceptHandler:
        if not self._at("LW004", original_node):
            return updated_node
        body = updated_node.body
        if not isinstance(body, cst.IndentedBlock):
            return updated_node
        if any(_is_raise(statement) for statement in body.body):
            return updated_node
        self.fixed += 1
        raise_line = cst.SimpleStatementLine(body=[cst.Raise()])
        return updated_node.with_changes(body=body.with_changes(body=[*body.body, raise_line]))


def _comma() -> cst.Comma:
    return cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))


def _is_raise(statement: cst.BaseStatement) -> bool:
    return isinstance(statement, cst.SimpleStatementLine) and any(
        isinstance(s, cst.Raise) for s in statement.body
    )


def _string_value(node: cst.BaseExpression) -> str | None:
    if isinstance(node, cst.SimpleString):
        value = node.evaluated_value
        return value if isinstance(value, str) else None
    return None


def _with_open_replacement(node: cst.With) -> tuple[str, cst.Call] | None:
    """The guard call replacing a ``with open(p, mode) as f:`` whose body is one write."""
    opener = node.items[0].item
    handle = node.items[0].asname
    if not isinstance(opener, cst.Call) or handle is None or not isinstance(handle.name, cst.Name):
        return None
    if not isinstance(node.body, cst.IndentedBlock) or len(node.body.body) != 1:
        return None
    line = node.body.body[0]
    if not isinstance(line, cst.SimpleStatementLine) or len(line.body) != 1:
        return None
    expr = line.body[0]
    if not isinstance(expr, cst.Expr) or not isinstance(expr.value, cst.Call):
        return None
    inner = expr.value
    positional = [a for a in opener.args if a.keyword is None]
    keywords = {a.keyword.value: a for a in opener.args if a.keyword is not None}
    mode_arg = positional[1] if len(positional) > 1 else keywords.get("mode")
    mode = _string_value(mode_arg.value) if mode_arg is not None else None
    if not positional or mode not in ("w", "wt", "wb") or set(keywords) - {"mode", "encoding"}:
        return None
    path = positional[0].value
    name = handle.name.value
    encoding = keywords.get("encoding")
    # Ex) json.dump(obj, f, indent=2)
    if (
        isinstance(inner.func, cst.Attribute)
        and isinstance(inner.func.value, cst.Name)
        and inner.func.value.value == "json"
        and inner.func.attr.value == "dump"
    ):
        args = list(inner.args)
        if len(args) < 2 or not (
            isinstance(args[1].value, cst.Name) and args[1].value.value == name
        ):
            return None
        if encoding is not None and (_string_value(encoding.value) or "").lower() not in (
            "utf-8",
            "utf8",
        ):
            return None
        rest = [a for a in args[2:]]
        new_args = [
            cst.Arg(path, comma=_comma()),
            args[0].with_changes(comma=_comma() if rest else cst.MaybeSentinel.DEFAULT),
            *rest,
        ]
        return "atomic_write_json", cst.Call(func=cst.Name("atomic_write_json"), args=new_args)
    # Ex) f.write(data)
    if (
        isinstance(inner.func, cst.Attribute)
        and isinstance(inner.func.value, cst.Name)
        and inner.func.value.value == name
        and inner.func.attr.value == "write"
        and len(inner.args) == 1
    ):
        binary = mode == "wb"
        helper = "atomic_write_bytes" if binary else "atomic_write_text"
        new_args = [
            cst.Arg(path, comma=_comma()),
            inner.args[0].with_changes(comma=cst.MaybeSentinel.DEFAULT),
        ]
        if encoding is not None and not binary:
            new_args[-1] = new_args[-1].with_changes(comma=_comma())
            new_args.append(encoding.with_changes(comma=cst.MaybeSentinel.DEFAULT))
        return helper, cst.Call(func=cst.Name(helper), args=new_args)
    return None


def fix_source(path: str, source: str, findings: Iterable[Finding]) -> tuple[str, int]:
    """Apply the fixes for ``findings`` to ``source``; returns the new text and how many applied."""
    wanted = [f for f in findings if f.fix_available and f.code in FIXABLE_CODES]
    if not wanted:
        return source, 0
    module = cst.parse_module(source)
    fixer = _Fixer(wanted)
    updated = MetadataWrapper(module).visit(fixer)
    if fixer.imports:
        context = CodemodContext()
        for helper in sorted(fixer.imports):
            AddImportsVisitor.add_needed_import(context, GUARD_MODULE, helper)
        updated = AddImportsVisitor(context).transform_module(updated)
    return updated.code, fixer.fixed
