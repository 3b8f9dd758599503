"""LW003 non-atomic-state-write (Python).

## What it does
Checks for state, config and checkpoint files that are rewritten in place: opened with
``"w"``/``"wb"``/``"r+"`` (``open``, ``aiofiles.open``, ``anyio.open_file``, ``h5py.File``…)
or ``os.open(..., O_TRUNC)`` and written (``json.dump``, ``f.write``), written with
``Path.write_text``/``write_bytes``, a serialiser given the path (``torch.save``,
``joblib.dump``, ``np.save``, pandas ``to_csv``/``to_pickle``…, Keras ``save_weights``), or
overwritten by ``shutil.copyfile``; also a generic helper (``def _dump(path, data)``) that a
caller in the module hands a state path. A file counts as state when its name says so (``state``, ``config``,
``checkpoint``, ``guidance``, ``manifest``, ``.json``…), when it is the object's own file
(``self.path``) in a class named like state (``CrawlerState``, ``IngestCheckpoint``), or when
the same module reads it back. A temp file that is renamed
over the target is accepted, and flagged only if nothing fsyncs it first. A file written only
when it does not exist yet (``if not p.exists():``, or after ``if p.exists(): return``) is
created, not rewritten, and is accepted. Files named as a cache or under a cache directory,
and generated output (build, render, export, report) that the module never reads back, are
not state.

## Why is this bad?
Opening with ``"w"`` truncates the file at once. A crash, a full disk or a second writer
before the write completes leaves an empty or torn file, and the previous state is gone with
it: the next start-up reads garbage or nothing.

## Example
```python
with open(GUIDANCE_PATH, "w") as f:
    json.dump(guidance, f)
```

Use instead:
```python
from lostwrite.guard import atomic_write_json

atomic_write_json(GUIDANCE_PATH, guidance)  # temp file + fsync + os.replace + dir fsync
```
"""

from __future__ import annotations

import ast
import re

from lostwrite.detectors.python.context import PythonContext
from lostwrite.detectors.python.semantic import SemanticModel

CODE = "LW003"
# A truncating open needs a literal mode ("w", "wb", "r+", ...): the quoted mode is the token.
_MODES = ("w", "wb", "wt", "w+", "w+b", "wb+", "r+", "r+b", "rb+")
TRIGGERS = (
    *(f"{q}{m}{q}".encode() for m in _MODES for q in "'\""),
    b"write_text",
    b"write_bytes",
    b"copyfile",
    b"O_TRUNC",
    b"shutil.copy",
    b"torch",
    b"joblib",
    b"numpy",
    b"h5py",
    b"to_csv",
    b"to_json",
    b"to_pickle",
    b"to_parquet",
    b"to_feather",
    b"to_hdf",
    b"to_excel",
    b"save_weights",
)

STATE_TOKENS = frozenset(
    {
        "state", "config", "conf", "cfg", "settings", "checkpoint", "checkpoints", "ckpt",
        "guidance", "progress", "snapshot", "cursor", "offset", "offsets", "registry",
        "prefs", "preferences", "credentials", "session", "sessions", "inventory", "ledger",
        "watermark", "bookmark", "manifest", "lockfile",
    }
)  # fmt: skip
OUTPUT_TOKENS = frozenset(
    (
        "build",
        "dist",
        "out",
        "outfile",
        "outdir",
        "output",
        "outputs",
        "generate",
        "generated",
        "render",
        "rendered",
        "template",
        "export",
        "exported",
        "report",
        "reports",
    )
)
# State words that a generated or exported file may carry as well (nginx.conf, settings.json
# exported for a user); the other state words (checkpoint, cursor, progress…) always mean state.
CONFIG_TOKENS = frozenset(("config", "conf", "cfg", "settings", "prefs", "preferences"))
CACHE_TOKENS = frozenset(("cache", "cached", "caches"))
CACHE_DIRECTORY = re.compile(r"(?:^|[/\\])\.?cache[/\\]", re.IGNORECASE)
STATE_EXTENSIONS = (".json", ".toml", ".yaml", ".yml", ".ini", ".cfg", ".pickle", ".pkl", ".state")
TOKEN_SPLIT = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])")
TEMP_WORDS = re.compile(r"(tmp|temp|partial|\.new\b|scratch)", re.IGNORECASE)
TEST_FILE = re.compile(r"^(test_.*|.*_test|conftest)\.py$")
GENERIC_NAMES = frozenset(
    {"self", "cls", "path", "p", "f", "fn", "fname", "filename", "file", "name"}
)
TRUNCATING_MODES = re.compile(r"^(?:[wr]\+?[bt]?|[bt]?[wr]\+?|w[bt]?\+?)$")
OPENERS = frozenset(
    (
        "open",
        "io.open",
        "codecs.open",
        "aiofiles.open",
        "anyio.open_file",
        "trio.open_file",
        "h5py.File",
    )
)
# Methods that write their first argument, a path, from scratch: pandas ``df.to_csv(path)``,
# Keras ``model.save_weights(path)``.
PATH_WRITERS = frozenset(
    (
        "to_csv",
        "to_json",
        "to_pickle",
        "to_parquet",
        "to_feather",
        "to_hdf",
        "to_excel",
        "save_weights",
    )
)
# Serialisers that open the given path for writing themselves: name -> index of the path.
SERIALISERS = {
    "torch.save": 1,
    "joblib.dump": 1,
    "numpy.save": 0,
    "numpy.savez": 0,
    "numpy.savez_compressed": 0,
    "numpy.savetxt": 0,
}
# Calls whose first argument is a path (or handle) read back: json.load, pd.read_csv, ...
PATH_READERS = frozenset(
    (
        "load",
        "loads",
        "read_csv",
        "read_json",
        "read_pickle",
        "read_parquet",
        "read_feather",
        "read_hdf",
        "read_excel",
        "load_weights",
    )
)
EXISTS_FUNCTIONS = frozenset(("os.path.exists", "os.path.isfile", "os.path.lexists"))
RENAMES = {"os.replace", "os.rename", "shutil.move", "os.renames"}
READERS = {"read_text", "read_bytes"}
FSYNCS = {"os.fsync", "os.fdatasync"}
ATOMIC_HELPERS = re.compile(r"atomic_write|write_atomic|atomicwrites|AtomicWriter")

MESSAGE = (
    "state file {target} is rewritten in place: a crash or a concurrent writer mid-write "
    "leaves it truncated or torn and the previous state is lost. Write a temp file in the same "
    "directory, flush and fsync it, then os.replace() it over the target "
    "(lostwrite.guard.atomic_write_json/atomic_write_text do all of this)"
)
NO_FSYNC_MESSAGE = (
    "state file {target} is replaced by renaming {temp} over it, but {temp} is never fsynced: "
    "after a power loss the rename can reach the disk before the data, leaving an empty file. "
    "Call f.flush() and "
    "os.fsync(f.fileno()) before os.replace() (or use lostwrite.guard.atomic_write_json)"
)


def _unwrap_path(expr: ast.expr, model: SemanticModel) -> ast.expr:
    """``Path(x)`` / ``pathlib.Path(x)`` -> ``x``; other expressions unchanged."""
    if isinstance(expr, ast.Call) and len(expr.args) == 1 and not expr.keywords:
        name = model.resolve(expr.func) or ""
        if name in ("pathlib.Path", "pathlib.PurePath", "os.fspath", "str"):
            return expr.args[0]
    return expr


def _key(expr: ast.expr) -> str:
    """A comparable identity of a path expression (same name/attribute/literal)."""
    return ast.dump(expr, annotate_fields=False, include_attributes=False)


def _words(expr: ast.expr, assignments: dict[str, ast.expr]) -> str:
    """Names and string literals in a path expression, following one local assignment."""
    parts: list[str] = []
    for node in ast.walk(expr):
        if isinstance(node, ast.Name):
            parts.append(node.id)
            if node.id in assignments:
                parts.extend(_words_once(assignments[node.id]))
        elif isinstance(node, ast.Attribute):
            parts.append(node.attr)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            parts.append(node.value)
    return " ".join(parts)


def _words_once(expr: ast.expr) -> list[str]:
    return [
        n.id if isinstance(n, ast.Name) else n.attr if isinstance(n, ast.Attribute) else n.value
        for n in ast.walk(expr)
        if isinstance(n, ast.Name | ast.Attribute)
        or (isinstance(n, ast.Constant) and isinstance(n.value, str))
    ]


def _open_mode(call: ast.Call, mode_index: int) -> str | None:
    mode: ast.expr | None = None
    if len(call.args) > mode_index:
        mode = call.args[mode_index]
    for keyword in call.keywords:
        if keyword.arg == "mode":
            mode = keyword.value
    if mode is None:
        return "r"
    if isinstance(mode, ast.Constant) and isinstance(mode.value, str):
        return mode.value
    return None


def _is_truncating(mode: str | None) -> bool:
    return mode is not None and ("w" in mode or "r+" in mode or "+r" in mode) and "a" not in mode


class _Module:
    """Per-module facts gathered once: read-back targets, renames and fsyncs per function."""

    def __init__(self, ctx: PythonContext) -> None:
        self.model = ctx.model
        self.read_keys: dict[str, set[ast.AST | None]] = {}
        self.test_scopes = {
            node
            for kind in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
            for node in self.model.of_type(kind)
            if node.name.startswith(("test", "Test", "setUp", "tearDown"))
        }
        # scope -> temp-file key -> (words of the rename destination, its source text, the
        # destination expression)
        self.renamed: dict[ast.AST | None, dict[str, tuple[str, str, ast.expr]]] = {}
        self.fsynced: set[ast.AST | None] = set()
        self.assignments: dict[ast.AST | None, dict[str, ast.expr]] = {}
        for assign in self.model.of_type(ast.Assign):
            scope = self.model.enclosing_function(assign)
            for target in assign.targets:
                if isinstance(target, ast.Name):
                    self.assignments.setdefault(scope, {})[target.id] = assign.value
        self.calls_by_name: dict[str, list[ast.Call]] = {}
        for call in self.model.of_type(ast.Call):
            self._index(call)
            func = call.func
            callee = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            self.calls_by_name.setdefault(callee, []).append(call)

    def _index(self, call: ast.Call) -> None:
        model = self.model
        name = model.resolve(call.func) or ""
        scope = model.enclosing_function(call)
        if name in OPENERS and call.args and not _is_truncating(_open_mode(call, 1)):
            self._read(_unwrap_path(call.args[0], model), scope)
        elif name in RENAMES and len(call.args) >= 2:
            self._renamed(scope, _unwrap_path(call.args[0], model), call.args[1])
        elif name in FSYNCS:
            self.fsynced.add(scope)
        elif isinstance(call.func, ast.Attribute):
            attr = call.func.attr
            target = _unwrap_path(call.func.value, model)
            if attr in READERS or (attr == "open" and not _is_truncating(_open_mode(call, 0))):
                self._read(target, scope)
            elif (
                attr in ("replace", "rename")
                and len(call.args) == 1
                and not isinstance(call.func.value, ast.Constant)
            ):
                self._renamed(scope, target, call.args[0])
            elif attr in PATH_READERS and call.args:
                self._read(_unwrap_path(call.args[0], model), scope)

    def _renamed(self, scope: ast.AST | None, source: ast.expr, destination: ast.expr) -> None:
        words = _words(destination, self.assignments.get(scope, {}))
        target = _unwrap_path(destination, self.model)
        self.renamed.setdefault(scope, {})[_key(source)] = (words, _short(destination), target)

    def _read(self, target: ast.expr, scope: ast.AST | None) -> None:
        self.read_keys.setdefault(_key(target), set()).add(scope)

    def in_test(self, node: ast.AST) -> bool:
        return any(a in self.test_scopes for a in self.model.ancestors(node))


def check(ctx: PythonContext) -> None:
    # Ex) test_config.py / conftest.py -- test code writes fixtures, not production state
    if TEST_FILE.match(ctx.path.replace("\\", "/").rsplit("/", 1)[-1]):
        return
    model = ctx.model
    module: _Module | None = None
    for call in model.of_type(ast.Call):
        target = _write_target(call, model)
        if target is None:
            continue
        if module is None:
            module = _Module(ctx)
        _judge(ctx, module, call, target)


def _write_target(call: ast.Call, model: SemanticModel) -> ast.expr | None:
    """The path a call truncates and rewrites, or None if it is not such a write."""
    func = call.func
    name = model.resolve(func) or ""
    # Ex) open(path, "w") / io.open(path, "wb") / codecs.open(path, "w", "utf-8")
    #     / aiofiles.open(path, "w") / anyio.open_file(path, "w")
    if name in OPENERS and call.args:
        return call.args[0] if _is_truncating(_open_mode(call, 1)) else None
    # Ex) fd = os.open(LEASE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC); os.write(fd, data)
    if name == "os.open" and len(call.args) >= 2:
        truncates = any(
            isinstance(n, ast.Attribute | ast.Name)
            and (n.attr if isinstance(n, ast.Attribute) else n.id) == "O_TRUNC"
            for n in ast.walk(call.args[1])
        )
        return call.args[0] if truncates else None
    # Ex) shutil.copyfile(src, STATE_PATH) / shutil.copy(src, dst)
    if name in ("shutil.copyfile", "shutil.copy", "shutil.copy2") and len(call.args) >= 2:
        return call.args[1]
    # Ex) torch.save(model.state_dict(), CHECKPOINT) / joblib.dump(state, path)
    #     / np.save(path, weights): serialisers that truncate the path they are given
    if name in SERIALISERS and len(call.args) > SERIALISERS[name]:
        target = call.args[SERIALISERS[name]]
        return None if _is_handle(target) else target
    if not isinstance(func, ast.Attribute) or name:
        return None
    # Ex) Path(STATE).write_text(json.dumps(state)) / self.path.write_bytes(blob)
    if func.attr in ("write_text", "write_bytes") and call.args:
        return _unwrap_path(func.value, model)
    # Ex) progress.to_csv(PROGRESS_CSV, index=False) / model.save_weights(RESUME)
    if func.attr in PATH_WRITERS:
        target = call.args[0] if call.args else _keyword_value(call, "path_or_buf", "path")
        if target is None or _is_handle(target) or _is_stream(target):
            return None
        if func.attr != "to_hdf" and _open_mode_keyword(call) not in (None, "w", "wb"):
            return None  # to_csv(path, mode="a"): an append
        return _unwrap_path(target, model)
    # Ex) state_path.open("w")
    if func.attr == "open" and _is_truncating(_open_mode(call, 0)):
        receiver = func.value
        if isinstance(receiver, ast.Name | ast.Attribute | ast.Call):
            return _unwrap_path(receiver, model)
    return None


def _judge(ctx: PythonContext, module: _Module, call: ast.Call, target: ast.expr) -> None:
    model = ctx.model
    scope = model.enclosing_function(call)
    words = _words(target, module.assignments.get(scope, {}) | module.assignments.get(None, {}))
    # Ex) class CrawlerState: ... open(self.path, "w") -- the object's own file is its state
    if _root_name(target) in ("self", "cls"):
        owner = next((a for a in model.ancestors(call) if isinstance(a, ast.ClassDef)), None)
        if owner is not None:
            head = [t for t in TOKEN_SPLIT.split(owner.name) if t][-1:]
            if head and head[0].lower() in STATE_TOKENS:
                words = f"{words} {owner.name}"
    key = _key(target)
    rendered = _short(target)
    # Ex) def test_roundtrip(self): open(TESTFN, "w") -- fixtures written by tests are not state
    if module.in_test(call):
        return
    # Ex) tmp = path.with_suffix(".tmp"); tmp.write_text(data); os.replace(tmp, path)
    renamed = module.renamed.get(scope, {})
    if key in renamed or (TEMP_WORDS.search(words) and renamed):
        destinations = " ".join(words for words, _, _ in renamed.values())
        # Ex) tmp = self.path.with_suffix(".tmp"); ...; os.replace(tmp, self.path) where
        #     load() reads self.path back: the destination is the state file
        if not _is_state(f"{words} {destinations}", target, key, module, scope) and not any(
            _is_state(dest_words, dest, _key(dest), module, scope)
            for dest_words, _, dest in renamed.values()
        ):
            return
        # the file that matters is the rename's destination, not the temp file
        final = renamed[key][1] if key in renamed else next(iter(renamed.values()))[1]
        if scope in module.fsynced:
            ctx.accept(CODE, call, "temp file + fsync + rename", call=f"write to {final}")
        else:
            message = NO_FSYNC_MESSAGE.format(target=final, temp=rendered)
            ctx.report(CODE, call, message, risk="low", call=f"write to {final}")
        return
    # Ex) open(tempfile_path, "w") with no rename: a scratch file, not state
    if TEMP_WORDS.search(words):
        return
    # Ex) if not CONFIG.exists(): CONFIG.write_text(DEFAULT)  -- a new file: nothing to lose
    if _creates_new_file(call, key, model):
        ctx.accept(
            CODE, call, "only creates a file that does not exist yet", call=f"write to {rendered}"
        )
        return
    # Ex) with open(CONFIG_PATH, "w") as f: json.dump(cfg, f)   -- state by its name (or the
    #     writing function's name), or a persistent location another function reads back
    if _is_state(words, target, key, module, scope):
        ctx.report(
            CODE,
            call,
            MESSAGE.format(target=rendered),
            fix_available=_fixable(call, model),
            risk="medium",
            call=f"write to {rendered}",
        )
        return
    # Ex) def _dump(path, data): with open(path, "w") as f: ...  called as
    #     _dump(STATE_DIR / "jobs.json", jobs): the helper rewrites the caller's state file
    passed = _state_argument(module, scope, target)
    if passed is not None:
        ctx.report(
            CODE, call, MESSAGE.format(target=passed), risk="medium", call=f"write to {passed}"
        )


def _state_argument(module: _Module, scope: ast.AST | None, target: ast.expr) -> str | None:
    """A state path that a caller passes to the helper parameter ``target`` is written to."""
    if not isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
        return None
    if not isinstance(target, ast.Name):
        return None
    params = [a.arg for a in scope.args.posonlyargs + scope.args.args]
    if target.id not in params:
        return None
    position = params.index(target.id)
    for caller in module.calls_by_name.get(scope.name, []):
        offset = 1 if isinstance(caller.func, ast.Attribute) and params[:1] == ["self"] else 0
        argument: ast.expr | None = None
        if 0 <= position - offset < len(caller.args):
            argument = caller.args[position - offset]
        for keyword in caller.keywords:
            if keyword.arg == target.id:
                argument = keyword.value
        if argument is None or isinstance(argument, ast.Starred):
            continue
        where = module.model.enclosing_function(caller)
        argument = _unwrap_path(argument, module.model)
        words = _words(
            argument, module.assignments.get(where, {}) | module.assignments.get(None, {})
        )
        if TEMP_WORDS.search(words):
            continue
        if _is_state(words, argument, _key(argument), module, where):
            return f"{_short(argument)} (passed to {scope.name}())"
    return None


def _keyword_value(call: ast.Call, *names: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg in names), None)


def _open_mode_keyword(call: ast.Call) -> str | None:
    mode = _keyword_value(call, "mode")
    return mode.value if isinstance(mode, ast.Constant) and isinstance(mode.value, str) else None


def _is_stream(expr: ast.expr) -> bool:
    """``sys.stdout`` / ``sys.stderr`` / an ``io.StringIO()``: not a file on disk."""
    text = ast.unparse(expr)
    return text.endswith(("stdout", "stderr")) or text.endswith(("StringIO()", "BytesIO()"))


def _is_handle(expr: ast.expr) -> bool:
    """``torch.save(obj, f)`` with ``f`` an open handle or buffer: the write is the open's."""
    if isinstance(expr, ast.Name):
        return expr.id in ("f", "fh", "fp", "fd", "buf", "buffer", "out", "handle", "stream")
    return isinstance(expr, ast.Call) and ast.unparse(expr.func).endswith("BytesIO")


def _short(expr: ast.expr) -> str:
    text = ast.unparse(expr)
    return text if len(text) <= 60 else text[:57] + "..."


def _existence_test(test: ast.expr, key: str, model: SemanticModel) -> bool | None:
    """``p.exists()`` / ``os.path.exists(p)`` / ``os.path.isfile(p)`` on the target: True;
    ``not`` that: False; anything else: None."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        inner = _existence_test(test.operand, key, model)
        return None if inner is None else not inner
    if not isinstance(test, ast.Call):
        return None
    func = test.func
    name = model.resolve(func) or ""
    if name in EXISTS_FUNCTIONS and test.args:
        subject = test.args[0]
    elif isinstance(func, ast.Attribute) and func.attr in ("exists", "is_file") and not name:
        subject = func.value
    else:
        return None
    return True if _key(_unwrap_path(subject, model)) == key else None


def _creates_new_file(call: ast.Call, key: str, model: SemanticModel) -> bool:
    """The write runs only when the file does not exist yet: in ``if not p.exists():`` (or the
    ``else`` of ``if p.exists():``), or after ``if p.exists(): return``."""
    child: ast.AST = call
    for ancestor in model.ancestors(call):
        if isinstance(ancestor, ast.Lambda | ast.ClassDef):
            break
        if isinstance(ancestor, ast.If):
            exists = _existence_test(ancestor.test, key, model)
            if exists is not None and (child in ancestor.orelse) is exists:
                return True
        # Ex) if os.path.isfile(p): return  ... then the write, later in the same block
        for field in ("body", "orelse", "finalbody"):
            block = getattr(ancestor, field, None)
            if isinstance(block, list) and child in block:
                for statement in block[: block.index(child)]:
                    if (
                        isinstance(statement, ast.If)
                        and _existence_test(statement.test, key, model) is True
                        and statement.body
                        and isinstance(statement.body[-1], ast.Return | ast.Raise | ast.Continue)
                    ):
                        return True
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.Module):
            break
        child = ancestor
    return False


def _root_name(expr: ast.expr) -> str:
    while isinstance(expr, ast.Attribute | ast.Subscript | ast.Call):
        expr = expr.func if isinstance(expr, ast.Call) else expr.value
    return expr.id if isinstance(expr, ast.Name) else ""


def _is_state(
    words: str, target: ast.expr, key: str, module: _Module, scope: ast.AST | None
) -> bool:
    if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
        words = f"{words} {scope.name}"
    tokens = {t.lower().rstrip("0123456789") for t in TOKEN_SPLIT.split(words) if t}  # state2
    readers = module.read_keys.get(key, set())
    # Ex) (build_dir / "nginx.conf").write_text(template.render(...)) in render(): generated
    #     output, regenerated on every run and never loaded back by this program
    if tokens & OUTPUT_TOKENS and not readers and not tokens & (STATE_TOKENS - CONFIG_TOKENS):
        return False
    if tokens & STATE_TOKENS:
        return True
    # Ex) CACHE_FILE = "~/.cache/thumbs/index.json": rebuilt when lost, not state
    if not readers or _cache_location(target, words):
        return False
    if any(w.endswith(STATE_EXTENSIONS) for w in words.split()):
        return True
    persistent = isinstance(target, ast.Attribute) or (
        isinstance(target, ast.Name) and target.id not in GENERIC_NAMES and target.id.isupper()
    )
    return persistent and bool(readers - {scope})


def _cache_location(target: ast.expr, words: str) -> bool:
    """The path is named as a cache (``CACHE_FILE``, ``self.cache_path``) or lives in a cache
    directory (``~/.cache/...``, ``cache/``): regenerable, not state."""
    name = target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")
    named = {t.lower() for t in TOKEN_SPLIT.split(name) if t}
    return bool(named & CACHE_TOKENS) or bool(CACHE_DIRECTORY.search(words))


def _fixable(call: ast.Call, model: SemanticModel) -> bool:
    """Shapes ``scan --fix`` rewrites (see ``lostwrite.fix.python``): ``p.write_text(data)`` /
    ``p.write_bytes(data)``, and ``with open(p, "w"|"wb") as f:`` whose whole body is one
    ``json.dump(obj, f, ...)`` (UTF-8) or ``f.write(data)``."""
    if isinstance(call.func, ast.Attribute) and call.func.attr in ("write_text", "write_bytes"):
        return (
            not call.keywords and len(call.args) == 1 and not isinstance(call.args[0], ast.Starred)
        )
    if model.resolve(call.func) not in ("open", "io.open", "codecs.open"):
        return False
    mode = _open_mode(call, 1)
    if mode not in ("w", "wt", "wb") or not call.args or len(call.args) > 2:
        return False
    keywords = {k.arg: k.value for k in call.keywords}
    if None in keywords or set(keywords) - {"mode", "encoding"}:
        return False
    parent = model.parent(call)
    if not isinstance(parent, ast.withitem) or not isinstance(parent.optional_vars, ast.Name):
        return False
    with_node = model.parent(parent)
    if not isinstance(with_node, ast.With) or len(with_node.items) != 1 or len(with_node.body) != 1:
        return False
    statement = with_node.body[0]
    if not isinstance(statement, ast.Expr) or not isinstance(statement.value, ast.Call):
        return False
    inner = statement.value
    handle = parent.optional_vars.id
    func = inner.func
    # Ex) json.dump(obj, f) -- spelled ``json.dump`` so the rewrite keeps meaning
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        if func.value.id == "json" and func.attr == "dump" and model.resolve(func) == "json.dump":
            encoding = keywords.get("encoding")
            utf8 = encoding is None or (
                isinstance(encoding, ast.Constant)
                and str(encoding.value).lower() in ("utf-8", "utf8")
            )
            return (
                utf8
                and len(inner.args) == 2
                and isinstance(inner.args[1], ast.Name)
                and inner.args[1].id == handle
            )
        # Ex) f.write(data)
        return (
            func.attr == "write"
            and func.value.id == handle
            and len(inner.args) == 1
            and not inner.keywords
            and not isinstance(inner.args[0], ast.Starred)
        )
    return False
