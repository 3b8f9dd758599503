"""The per-file context every JS/TS detector receives: source, tree, a shared index, the sink.

The index (calls, named functions, imports, local function definitions) comes from a
single tree-sitter query run once per file; the write index (``writes.py``) is built on first
use and shared by all detectors. Positions are reported 1-based, columns in characters
(tree-sitter counts bytes).
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from lostwrite.detectors.js.parser import FUNCTION_TYPES, index_query
from lostwrite.detectors.sink import Sink
from lostwrite.scan.config import AnalysisOptions
from lostwrite.scan.finding import Risk

if TYPE_CHECKING:
    from tree_sitter import Node, Tree

    from lostwrite.detectors.js.writes import WriteIndex


REQUIRE = re.compile(
    rb"\b(?:const|let|var)\s+(\{[^}=]{0,500}\}|[\w$]+)\s*=\s*require\(\s*['\"]([^'\"]+)['\"]\s*\)(\.promises)?"
)


# ``users: Repository<User>`` / ``@InjectModel(Cat.name) private cats: Model<Cat>``: a store
# object known by its declared type (TypeORM, MikroORM, Mongoose), whatever its name.
TYPED_STORE = re.compile(
    rb":\s*(Repository|MongoRepository|TreeRepository|EntityRepository|Model)\s*<\s*([\w$.]+)"
)
DECLARED_NAME = re.compile(rb"([\w$]+)\??\s*$")
INJECTED_STORE = re.compile(
    rb"@Inject(Repository|Model)\(\s*([\w$.]+)[^)]*\)\s*"
    rb"(?:(?:private|public|protected|readonly)\s+)*([\w$]+)"
)


# ``const tracks = dataSource.getRepository(Track)``: a TypeORM repository by where it comes from.
REPOSITORY_GETTER = re.compile(
    rb"([\w$]+)\s*=\s*(?:await\s+)?[\w$.]*\.getRepository\(\s*([A-Z][\w$.]*)\s*\)"
)


# Workers bindings declared in ``interface Env { ORDERS: Queue<Order> }``: a queue by its type.
QUEUE_BINDING = re.compile(rb":\s*Queue\b\s*[<;,\n}]")


BEST_EFFORT = re.compile(
    r"(best[- ]effort|fire[- ]and[- ]forget|intentional|deliberately|on purpose|"
    r"do not await|don't await|no need to await|not awaited)",
    re.IGNORECASE,
)


class FileIndex:
    """Nodes the detectors look at, gathered by one query over the tree, in source order.

    ``functions`` holds only functions that have a name: declarations, methods, and function
    expressions bound to a variable, an object key or an assignment target."""

    def __init__(self, ctx: JsContext) -> None:
        from tree_sitter import QueryCursor

        captures = QueryCursor(index_query(ctx.grammar)).captures(ctx.tree.root_node)
        by_start = lambda n: n.start_byte  # noqa: E731
        self.calls: list[Node] = sorted(captures.get("call", []), key=by_start)
        self.functions: list[Node] = sorted(captures.get("function", []), key=by_start)
        self.imports: dict[str, str] = {}
        for statement in captures.get("import", []):
            self._add_import(ctx, statement)
        if b"require(" in ctx.source:
            self._add_requires(ctx.source)
        self.stores: dict[str, tuple[str, str]] = {}
        if b"Repository<" in ctx.source or b"Model<" in ctx.source or b"@Inject" in ctx.source:
            self._add_typed_stores(ctx.source)
        if b"getRepository(" in ctx.source:
            for match in REPOSITORY_GETTER.finditer(ctx.source):
                entity = match.group(2).decode().split(".")[0]
                self.stores.setdefault(match.group(1).decode(), ("typeorm", entity))
        self.queues: frozenset[str] = (
            frozenset(
                name
                for match in QUEUE_BINDING.finditer(ctx.source)
                if (name := _declared_before(ctx.source, match.start()))
            )
            if b"Queue" in ctx.source
            else frozenset()
        )
        self.local_functions: dict[str, Node] = {}
        for function in self.functions:
            name = ctx.binding_name(function)
            if name and name not in self.local_functions:
                self.local_functions[name] = function

    def _add_import(self, ctx: JsContext, statement: Node) -> None:
        source = statement.child_by_field_name("source")
        if source is None:
            return
        module = ctx.text_of(source).strip("'\"`")
        for clause in statement.children:
            if clause.type != "import_clause":
                continue
            for part in clause.children:
                if part.type == "identifier":  # default import
                    self.imports[ctx.text_of(part)] = module
                elif part.type == "namespace_import":
                    for name in part.children:
                        if name.type == "identifier":
                            self.imports[ctx.text_of(name)] = module
                elif part.type == "named_imports":
                    for spec in part.children:
                        if spec.type != "import_specifier":
                            continue
                        name = spec.child_by_field_name("name")
                        alias = spec.child_by_field_name("alias") or name
                        if name is not None and alias is not None:
                            self.imports[ctx.text_of(alias)] = f"{module}#{ctx.text_of(name)}"

    def _add_requires(self, source: bytes) -> None:
        """``const fs = require("fs")`` / ``const { writeFile: wf } = require("fs/promises")``."""
        for match in REQUIRE.finditer(source):
            target, module = match.group(1).decode(), match.group(2).decode()
            if match.group(3):
                module = f"{module}/promises"
            if not target.startswith("{"):
                self.imports.setdefault(target, module)
                continue
            for part in target.strip("{} \n").split(","):
                name, _, alias = part.partition(":")
                name, alias = name.strip(), (alias or name).strip()
                if re.fullmatch(r"[\w$]+", name) and re.fullmatch(r"[\w$]+", alias):
                    self.imports.setdefault(alias, f"{module}#{name}")

    def _add_typed_stores(self, source: bytes) -> None:
        """Names declared as a TypeORM/MikroORM repository or a Mongoose model, with the
        library (``typeorm``/``mongoose``) and the entity (``users`` -> ``("typeorm", "User")``)."""
        for match in TYPED_STORE.finditer(source):
            name = _declared_before(source, match.start())
            if name:
                kind = "mongoose" if match.group(1) == b"Model" else "typeorm"
                entity = match.group(2).decode().split(".")[0]
                self.stores.setdefault(name, (kind, entity))
        for match in INJECTED_STORE.finditer(source):
            kind = "mongoose" if match.group(1) == b"Model" else "typeorm"
            entity = match.group(2).decode().split(".")[0]
            self.stores.setdefault(match.group(3).decode(), (kind, entity))

    def module_of(self, name: str) -> str:
        """``fs/promises`` for ``writeFile`` after ``import { writeFile } from "fs/promises"``."""
        target = self.imports.get(name, "")
        return target.split("#", 1)[0]


def _declared_before(source: bytes, colon: int) -> str:
    """The name declared right before the ``:`` of a type annotation at ``colon``."""
    match = DECLARED_NAME.search(source, max(0, colon - 80), colon)
    return match.group(1).decode() if match else ""


class JsContext(Sink):
    """One parsed JS/TS file and the findings and sites reported on it."""

    def __init__(
        self,
        path: str,
        text: str,
        source: bytes,
        tree: Tree,
        grammar: str,
        options: AnalysisOptions,
    ) -> None:
        self.path = path
        self.text = text
        self.source = source
        self.tree = tree
        self.grammar = grammar
        self.options = options
        self.lines = text.splitlines()
        super().__init__()
        self._ascii = source.isascii()
        self._reported: set[tuple[str, int, int]] = set()

    @cached_property
    def index(self) -> FileIndex:
        return FileIndex(self)

    @cached_property
    def writes(self) -> WriteIndex:
        """Every write in the file, classified once and shared by all detectors."""
        from lostwrite.detectors.js.writes import WriteIndex

        return WriteIndex(self)

    # -- source helpers -------------------------------------------------------------------

    def text_of(self, node: Node | None) -> str:
        if node is None:
            return ""
        return self.source[node.start_byte : node.end_byte].decode("utf-8", errors="replace")

    def position(self, node: Node) -> tuple[int, int]:
        """1-based line and character column of the start of ``node``."""
        return self._point(node.start_point, node.start_byte)

    def end_position(self, node: Node) -> tuple[int, int]:
        return self._point(node.end_point, node.end_byte)

    def _point(self, point: tuple[int, int], byte: int) -> tuple[int, int]:
        row, byte_column = point
        if self._ascii:
            return row + 1, byte_column + 1
        line_start = byte - byte_column
        prefix = self.source[line_start:byte].decode("utf-8", errors="replace")
        return row + 1, len(prefix) + 1

    def snippet(self, node: Node) -> str:
        row = node.start_point[0]
        return " ".join(self.lines[row].split()) if row < len(self.lines) else ""

    def line_of(self, node: Node) -> int:
        return node.start_point[0] + 1

    def documented_best_effort(self, node: Node) -> bool:
        """A comment on the node's line or in the comment block right above says it is
        deliberate (``// best-effort, do not await``)."""
        row = node.start_point[0]
        texts = [self.lines[row]] if row < len(self.lines) else []
        above = row - 1
        while above >= 0 and row - above <= 6:
            line = self.lines[above].strip()
            if not line.startswith(("//", "/*", "*")):
                break
            texts.append(line)
            above -= 1
        window = " ".join(texts)
        return ("//" in window or "/*" in window) and BEST_EFFORT.search(window) is not None

    # -- structure ------------------------------------------------------------------------

    @staticmethod
    def enclosing_function(node: Node) -> Node | None:
        current = node.parent
        while current is not None:
            if current.type in FUNCTION_TYPES:
                return current
            current = current.parent
        return None

    def binding_name(self, function: Node) -> str:
        """The name a function is declared or bound under, or '' when anonymous."""
        name = function.child_by_field_name("name")
        if name is not None:
            return self.text_of(name)
        parent = function.parent
        if parent is None:
            return ""
        if parent.type == "variable_declarator":
            return self.text_of(parent.child_by_field_name("name"))
        if parent.type == "pair":
            return self.text_of(parent.child_by_field_name("key")).strip("'\"")
        if parent.type == "assignment_expression":
            return self.text_of(parent.child_by_field_name("left"))
        if parent.type in ("public_field_definition", "field_definition"):
            return self.text_of(parent.child_by_field_name("name"))
        return ""

    def function_name(self, function: Node) -> str:
        """A stable, readable name: the binding, else the call it is passed to (``app.get('/x')``)."""
        name = self.binding_name(function)
        if name:
            if function.type == "method_definition":
                owner = function.parent.parent if function.parent is not None else None
                if owner is not None and owner.type in ("class_declaration", "class"):
                    owner_name = owner.child_by_field_name("name")
                    if owner_name is not None:
                        return f"{self.text_of(owner_name)}.{name}"
            return name
        parent = function.parent
        if parent is not None and parent.type == "arguments" and parent.parent is not None:
            call = parent.parent
            callee = " ".join(self.text_of(call.child_by_field_name("function")).split())
            if len(callee) > 40:
                callee = "…" + callee[-30:].lstrip(". ")
            first = parent.named_children[0] if parent.named_children else None
            if first is not None and first.type in ("string", "template_string"):
                return f"{callee}({self.text_of(first)})"
            return f"{callee}(…)"
        return "<anonymous>"

    def context_name(self, node: Node) -> str:
        """Names of the functions enclosing ``node``, outermost first, joined by dots."""
        names: list[str] = []
        function = self.enclosing_function(node)
        while function is not None:
            names.append(self.function_name(function))
            function = self.enclosing_function(function)
        return ".".join(reversed(names))

    def declared_value(self, name: str, scope: Node, until: int) -> Node | None:
        """The initialiser of the last ``const/let/var name = …`` in ``scope`` before ``until``."""
        body = scope.child_by_field_name("body")
        if body is None:
            return None
        pattern = re.compile(
            rb"\b(?:const|let|var)\s+" + re.escape(name.encode()) + rb"\s*(?::[^=;]+)?="
        )
        matches = list(pattern.finditer(self.source, body.start_byte, until))
        if not matches:
            return None
        start = matches[-1].start()
        node = self.tree.root_node.descendant_for_byte_range(start, start + 1)
        while node is not None and node.type not in ("lexical_declaration", "variable_declaration"):
            node = node.parent
        if node is None:
            return None
        declarator = next((c for c in node.named_children if c.type == "variable_declarator"), None)
        return declarator.child_by_field_name("value") if declarator is not None else None

    # -- the sink -------------------------------------------------------------------------

    def report(
        self,
        code: str,
        node: Node,
        message: str,
        *,
        fix_available: bool = False,
        risk: Risk = "critical",
        call: str = "",
    ) -> None:
        """Record a finding spanning ``node`` (and the matching at-risk site for the audit)."""
        key = (code, node.start_byte, node.end_byte)
        if key in self._reported:
            return
        self._reported.add(key)
        line, column = self.position(node)
        end_line, end_column = self.end_position(node)
        self.add_finding(
            code,
            (line, column, end_line, end_column),
            message,
            fix_available=fix_available,
            risk=risk,
            call=call,
            context=self.context_name(node),
            snippet=self.snippet(node),
        )

    def accept(
        self, code: str, node: Node, reason: str, *, risk: Risk = "low", call: str = ""
    ) -> None:
        """Record a write site the detector examined and found correct, with the reason."""
        line, column = self.position(node)
        context = self.context_name(node)
        self.add_accepted(code, line, column, reason, risk=risk, call=call, context=context)
