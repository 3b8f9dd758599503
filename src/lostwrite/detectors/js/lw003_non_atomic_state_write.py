"""LW003 non-atomic-state-write (JavaScript/TypeScript).

## What it does
Checks for state, config and checkpoint files rewritten in place with ``fs.writeFileSync``,
``fs.writeFile``, ``fs.promises.writeFile``, ``writeFile`` from ``fs/promises``, fs-extra's
``writeJson``/``outputJson``, ``jsonfile``, ``Bun.write`` or ``Deno.writeTextFile``, copied
over with ``copyFile``, opened with a truncating ``"w"`` flag (``open(path, "w")`` then
``handle.writeFile``, ``openSync`` then ``writeSync``), streamed into with
``createWriteStream(path)`` without an append flag, or truncated (``truncateSync``) and written
again. A file counts as state when its path says so (``state``, ``config``, ``checkpoint``,
``cursor``, ``lock``, ``manifest``, ``.json``…, following a constant, a module-level
``const``, a ``this.file = …`` or the callers of a helper (``writeJson(STATE_PATH, s)``) to
its value), when the data written is named so
(``JSON.stringify(state)``), when the same file reads it back (``readFileSync(file)``), or when
a persisting function or class (``save``, ``commit``, ``class JsonStore``) writes structured data
to it. Outputs are left alone: a fresh file per run (``report-${Date.now()}.json``), build and
report artifacts, temp and ``mkdtemp`` scratch files, appends, empty "touch" writes. Writing a
temp file (by its name, or because it is renamed afterwards) that is then renamed over the
target is accepted, and reported (at low risk) only when nothing fsyncs it
before the rename.

## Why is this bad?
``writeFile`` truncates the file first and then writes. A crash, a kill, a full disk or a
second writer in between leaves an empty or half-written file, and the previous state is gone
with it: the next start reads garbage or nothing.

## Example
```typescript
await fs.promises.writeFile(STATE_PATH, JSON.stringify(state));
```

Use instead:
```typescript
const tmp = `${STATE_PATH}.${process.pid}.tmp`;
const handle = await fs.promises.open(tmp, "w");
await handle.writeFile(JSON.stringify(state));
await handle.sync();
await handle.close();
await fs.promises.rename(tmp, STATE_PATH); // atomic on POSIX (write-file-atomic does all this)
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lostwrite.detectors.js.context import JsContext
from lostwrite.detectors.js.handlers import params
from lostwrite.detectors.js.writes import (
    CallsByName,
    Write,
    arguments_of,
    callee_name,
    chain_of,
    declaration_starts,
    dotted,
    target_words,
    value_of,
)

if TYPE_CHECKING:
    from tree_sitter import Node

CODE = "LW003"
TRIGGERS = (
    b"writeFile", b"writeJson", b"outputJson", b"writeJSON", b"outputJSON", b"Bun.write",
    b"outputFile",
    b"copyFile", b"createWriteStream", b"open(", b"openSync(", b"Deno.write", b"truncate",
)  # fmt: skip
# Other ways to replace a file's content in place: copy over it, open it truncating ("w"),
# stream into it without an append flag, truncate it and write again. The value is the index
# of the target argument.
IN_PLACE = {
    "copyFile": 1, "copyFileSync": 1, "open": 0, "openSync": 0, "createWriteStream": 0,
    "truncate": 0, "truncateSync": 0, "ftruncate": 0, "ftruncateSync": 0,
}  # fmt: skip
IN_PLACE_CALL = re.compile(
    rb"\b(copyFile|copyFileSync|open|openSync|createWriteStream|f?truncate|f?truncateSync)\s*\("
)
IN_PLACE_CALLEE_PARTS = frozenset({"identifier", "property_identifier", "member_expression"})
FS_ROOTS = frozenset({"fs", "fsp", "fse", "fsPromises", "fs.promises"})
TRUNCATING = re.compile(r"""^['"`]w\+?['"`]$""")
UPDATING = re.compile(r"""^['"`]r\+['"`]$""")
BACKUP = re.compile(r"(\.bak\b|backup|\.orig\b|\.old\b)", re.IGNORECASE)
APPEND_FLAGS = re.compile(r"""flags\s*:\s*['"`](a|a\+|as|ax|r\+)['"`]""")

STATE_WORDS = re.compile(
    r"(state|config|conf\b|settings|checkpoint|ckpt|guidance|manifest|progress|snapshot|"
    r"cursor|offset|prefs|preferences|credentials|token|session|status|inventory|ledger|"
    r"lock|db\b|database|store|watermark|bookmark|registry|\.json|\.toml|\.ya?ml|\.ini|\.cfg|"
    r"\.db\b|\.dat\b|\.sqlite3?\b|(?<![\w$])\.env\b(?!\.)|\bcache\b|\blast\b|\bseen\b|\bhistory\b|\bqueue\b|"
    r"\bpending\b)",
    re.IGNORECASE,
)
# The in-place forms below (copyFile, open "w", streams) also write outputs and generic fs
# wrappers: they need the state named in the path itself (not just a .json extension).
NAMED_STATE = re.compile(
    r"(state|config|conf\b|settings|checkpoint|ckpt|manifest|progress|snapshot|cursor|offset|"
    r"prefs|preferences|credentials|token|session|inventory|ledger|lease|db\b|database|store|"
    r"watermark|bookmark|lock\b|lockfile|registry|\bposition\b|\bresume\b|\bseq\b|\blast\b|\bseen\b|\bhistory\b|\bpending\b|"
    r"\.sqlite3?\b|(?<![\w$])\.env\b(?!\.))",
    re.IGNORECASE,
)
# A function or class whose name says it persists data (``saveCheckpoint``, ``class
# JsonStore``): structured data it writes (``JSON.stringify(…)``) is state to be read back.
PERSISTER = re.compile(
    r"(^|[\s.])(save|persist\w*|store|commit|remember|checkpoint|set|update|put|upsert|insert|"
    r"delete|remove|add|append|record|enqueue)\b|"
    r"\b(store|storage|repository|repo|db|database|cache|registry|ledger|journal|queue)\b",
    re.IGNORECASE,
)
STRUCTURED = re.compile(
    r"JSON\.stringify|\b(?:yaml|YAML|toml|TOML|ini|jsyaml)\.(?:stringify|dump|encode)\(|"
    r"\bstringify(?:Yaml|YAML|Toml|TOML)?\(|\bserialize\("  # flatted.stringify, v8.serialize
)
# A fresh file per run or per call, or a build/report output: nothing rewrites it in place.
UNIQUE = re.compile(
    r"Date\.now\(|toISOString\(|getTime\(|randomUUID\(|uuid|nanoid|\btimestamp\b|\bstamp\b",
    re.IGNORECASE,
)
OUTPUT_WORDS = re.compile(
    r"\b(reports?|exports?|artifacts?|dist|build|out|output|outputs|coverage|logs?|traces?|"
    r"profiles?|dumps?|results?|bundles?|stats|metafile|sourcemaps?|fixtures?|timings?|metrics|"
    r"bench\w*|perf|junit|lcov|sarif)\b",
    re.IGNORECASE,
)
# A function that generates files for someone else (a build step, a scaffolder, an exporter):
# a ``.json`` it writes is an output, not state it reads back.
GENERATOR = re.compile(
    r"(^|[\s.])(generate|gen|emit|scaffold|render|export|build|compile|bundle|codegen|"
    r"write (?:output|report|types|schema|spec)|create (?:project|app))",
    re.IGNORECASE,
)
# Where build steps and exporters put what they produce: a file there is an artifact even when
# it is named like state (``dist/manifest.json``), unless this code reads it back.
BUILD_OUTPUT = re.compile(
    r"\b(dist|build|out|output|outputs|artifacts?|coverage|reports?|exports?|public|generated)\b|"
    r"\.well-known/",  # served to visitors, regenerated from the real store
    re.IGNORECASE,
)
TEMP_WORDS = re.compile(
    r"(tmp|temp|partial|stag(?:ing|ed)\b|\.new\b|scratch|\.part\b)", re.IGNORECASE
)
RENAME = re.compile(rb"\b(rename|renameSync|move|moveSync)\s*\(")
FSYNC = re.compile(
    rb"\b(fsync|fsyncSync|fdatasync|fdatasyncSync|datasync|sync)\s*\(|flush\s*:\s*true"
)
READ_BACK_LINES = 300  # "the same module reads it back", bounded for bundles of 80k lines
READERS = (  # what reads the content back (``existsSync`` alone does not: outputs are checked too)
    rb"readFile|readFileSync|readJson|readJSON|readJsonSync|readJSONSync|readTextFile|"
    rb"readTextFileSync|createReadStream|Bun\.file"
)
# ``if (!existsSync(p)) writeFileSync(p, …)``: the file is created once, never rewritten.
MISSING_CHECK = (
    rb"!\s*(?:await\s+)?(?:[\w$]+\.)*(?:existsSync|exists|pathExists|pathExistsSync)\(\s*"
)
# A file named as a packed, binary or media artifact, or as source code (a codemod or a build
# script rewriting ``undici-fetch.js``): not state a service reads back.
ARTIFACT_NAME = re.compile(
    r"\.(?:tgz|tar|gz|zip|br|zst|xz|7z|jar|whl|vsix|png|jpe?g|gif|webp|ico|bmp|pdf|wasm|node|"
    r"exe|dll|so|dylib|mp[34]|wav|webm|woff2?|ttf|otf)\b[^./\\]*$",
    re.IGNORECASE,
)
CODE_NAME = re.compile(
    r"\.(?:[mc]?jsx?|[mc]?tsx?|css|scss|sass|less|html?|vue|svelte|map|md|mdx)\b[^./\\]*$",
    re.IGNORECASE,
)
NAME_STEPS = frozenset({"replace", "replaceAll", "toLowerCase", "trim", "normalize", "toString"})
PATH_BUILDERS = frozenset({"join", "resolve", "URL", "format"})
EXCLUSIVE_FLAGS = re.compile(
    r"""flag\s*:\s*['"`](wx|ax|a|a\+|as)['"`]|\b(append|createNew)\s*:\s*true"""
)
NOT_REWRITES = ("appendFile", "appendFileSync")
CAMEL = re.compile(r"([a-z0-9])([A-Z])")
HANDLE_WRITES = re.compile(
    rb"\b(?:write|writeFile|writeSync|end|writev|writeFileSync)\s*\(\s*(?:%s\s*,\s*)?"
)

MESSAGE = (
    "state file {target} is rewritten in place ({how}): a crash, a kill or a full disk "
    "mid-write leaves it empty or torn and the previous state is lost. Fix: write a temp file "
    "in the same directory, fsync it, then rename it over the target (or use write-file-atomic)"
)
HOW = {
    "copyFile": "copyFile truncates the target, then copies into it",
    "open": 'opening it with "w" truncates it before the new content is written',
    "createWriteStream": "the stream truncates it when it opens",
    "truncate": "it is truncated, then written again",
}
NO_FSYNC_MESSAGE = (
    "state file {target} is replaced by rename but never fsynced: after a power loss the rename "
    "can reach the disk before the data, leaving an empty file. Fix: open the temp file, write, "
    "`await handle.sync()` (or `fs.fsyncSync(fd)`) and close it before the rename"
)


@dataclass(frozen=True, slots=True)
class _Facts:
    """What every judgement in a file shares: the ``mkdtemp`` directories, the calls by name."""

    temp_dirs: frozenset[str]
    calls: CallsByName


def check(ctx: JsContext) -> None:
    facts = _Facts(_temp_dirs(ctx), ctx.writes.calls)
    for write in ctx.writes.all():
        if write.kind != "file":
            continue
        chain = chain_of(ctx, write.node)
        name = (
            chain.methods[-1]
            if chain.methods
            else ctx.text_of(write.node.child_by_field_name("function"))
        )
        if name.endswith(NOT_REWRITES):
            continue
        call = chain.calls[-1] if chain.calls else write.node
        args = arguments_of(call)
        if not args:
            continue
        if any(EXCLUSIVE_FLAGS.search(ctx.text_of(a)) for a in args[2:]):
            continue  # Ex) writeFileSync(lock, "LOCK", { flag: "wx" }): create-only or append
        if ctx.text_of(args[1] if len(args) > 1 else args[0]) in ("''", '""', "``"):
            continue  # Ex) writeFile(lastCheckedFile, ""): a touch, its mtime is the state
        how = "the write truncates it first"
        data = " ".join(target_words(ctx, a) for a in args[1:2])  # body -> JSON.stringify(…)
        _judge(ctx, write, args[0], data, how, False, facts)
    for match in IN_PLACE_CALL.finditer(ctx.source):
        node = ctx.tree.root_node.descendant_for_byte_range(match.start(1), match.end(1))
        while node is not None and node.type != "call_expression":
            node = node.parent if node.type in IN_PLACE_CALLEE_PARTS else None
        write = _in_place(ctx, node) if node is not None else None
        if write is not None:
            name = callee_name(ctx, node)
            how = HOW[next(k for k in HOW if name.lstrip("f").startswith(k))]
            if name.startswith("open") and UPDATING.match(ctx.text_of(arguments_of(node)[1])):
                how = HOW["truncate"]  # open(p, "r+") then handle.truncate(0)
            target = arguments_of(node)[IN_PLACE[name]]
            _judge(ctx, write, target, _handle_data(ctx, node), how, True, facts)


def _in_place(ctx: JsContext, call: Node) -> Write | None:
    """``copyFile(tmp, live)``, ``open(path, "w")`` then writes through the handle,
    ``createWriteStream(path)`` without an append flag, or ``truncateSync(path)`` before a
    write: the file is replaced in place."""
    name = callee_name(ctx, call)
    if name not in IN_PLACE:
        return None
    function = call.child_by_field_name("function")
    receiver = ""
    if function is not None and function.type == "member_expression":
        receiver = dotted(ctx, function.child_by_field_name("object"))
        module = ctx.index.module_of(receiver.split(".")[0])
        if receiver not in FS_ROOTS and not module.startswith(("fs", "node:fs")):
            return None
    elif not ctx.index.module_of(name).startswith(("fs", "node:fs")):
        return None
    args = arguments_of(call)
    if len(args) <= IN_PLACE[name]:
        return None
    if name.startswith("open"):
        flag = ctx.text_of(args[1]) if len(args) >= 2 else ""
        if not TRUNCATING.match(flag) and not (UPDATING.match(flag) and _truncated(ctx, call)):
            return None  # read, append or exclusive-create
    elif name.startswith("copyFile") and BACKUP.search(ctx.text_of(args[1])):
        return None  # copyFile(STATE, `${STATE}.bak`): a backup copy, the live file untouched
    elif name.startswith("copyFile") and _moved(ctx, call, args[0], args[1]):
        return None  # the copy half of a move (rename fails across devices): not a rewrite
    elif name == "createWriteStream" and ctx.text_of(args[0]) in ("undefined", "null"):
        return None  # createWriteStream(undefined, { fd }): a descriptor opened elsewhere
    elif name == "createWriteStream" and any(APPEND_FLAGS.search(ctx.text_of(a)) for a in args):
        return None
    elif "truncate" in name and (
        (len(args) > 1 and ctx.text_of(args[1]) != "0") or not _written_after(ctx, call, args[0])
    ):
        return None  # truncate(log, maxSize) trims a log; a truncate alone writes nothing
    if TEMP_WORDS.search(target_words(ctx, args[IN_PLACE[name]])):
        return None  # the temp side of a temp + rename: judged at its writeFile, if any
    what = f"{receiver + '.' if receiver else ''}{name}({ctx.text_of(args[IN_PLACE[name]])})"
    return Write(call, what, "file", "", False, ctx.text_of(args[IN_PLACE[name]]), "update")


def _moved(ctx: JsContext, call: Node, source: Node, target: Node) -> bool:
    """``copyFile(source, target)`` in a function that also renames ``source`` to ``target``:
    the fallback of a move (``rename`` fails with ``EXDEV`` across devices), not a rewrite."""
    function = ctx.enclosing_function(call)
    if function is None:
        return False
    body = ctx.source[function.start_byte : function.end_byte]
    src = re.escape(ctx.text_of(source).encode())
    dst = re.escape(ctx.text_of(target).encode())
    renamed = rb"\b(?:rename|renameSync)\s*\(\s*" + src + rb"\s*,\s*" + dst + rb"\s*[,)]"
    return re.search(renamed, body) is not None


def _written_after(ctx: JsContext, call: Node, target: Node) -> bool:
    """A write follows the truncate in the same function, through a descriptor (``writeSync``)
    or a handle, not a ``writeFile`` of the same path (that one is reported itself)."""
    function = ctx.enclosing_function(call)
    end = function.end_byte if function is not None else len(ctx.source)
    after = ctx.source[call.end_byte : end]
    path = re.escape(ctx.text_of(target).encode())
    if re.search(rb"\b(?:writeFile|writeFileSync|writeJson|outputJson)\s*\(\s*" + path, after):
        return False
    return re.search(rb"\b(?:write|writeSync|writeFile|end)\s*\(", after) is not None


def _handle_name(call: Node) -> str:
    """The variable the descriptor or handle opened by ``call`` is kept in, or ''."""
    holder = call.parent
    while holder is not None and holder.type in ("await_expression", "parenthesized_expression"):
        holder = holder.parent
    if holder is None or holder.type != "variable_declarator":
        return ""
    name = holder.child_by_field_name("name")
    text = name.text.decode() if name is not None and name.text else ""
    return text if re.fullmatch(r"[\w$]+", text) else ""


def _truncated(ctx: JsContext, call: Node) -> bool:
    """``open(p, "r+")`` whose handle is then truncated (``handle.truncate(0)``,
    ``ftruncateSync(fd)``): the same in-place rewrite as ``"w"``."""
    name = _handle_name(call)
    if not name:
        return False
    function = ctx.enclosing_function(call)
    end = function.end_byte if function is not None else len(ctx.source)
    word = re.escape(name.encode())
    pattern = rb"(?<![\w$.])" + word + rb"\s*\.\s*truncate\s*\(|\bftruncate(?:Sync)?\s*\(\s*" + word
    return re.search(pattern, ctx.source[call.end_byte : end]) is not None


def _handle_data(ctx: JsContext, call: Node) -> str:
    """What is written through the descriptor, handle or stream the call opens
    (``const fd = openSync(p, "w"); writeSync(fd, JSON.stringify(checkpoint))``)."""
    name = _handle_name(call)
    if not name:
        return ""
    function = ctx.enclosing_function(call)
    end = function.end_byte if function is not None else len(ctx.source)
    word = re.escape(name.encode())
    pattern = rb"(?:(?<![\w$.])" + word + rb"\s*\.\s*(?:write|writeFile|end|writev)\s*\(|"
    pattern += rb"\b(?:writeSync|writeFileSync|write)\s*\(\s*" + word + rb"\s*,)([^;\n]{0,200})"
    found = re.finditer(pattern, ctx.source[call.end_byte : end])
    return " ".join(m.group(1).decode("utf-8", errors="replace") for m in found)


def _normal(text: str) -> str:
    """``stateDbPath``/``STATE_DB_PATH`` -> ``state Db Path``/``STATE DB PATH``: whole words."""
    return CAMEL.sub(r"\1 \2", text).replace("_", " ")


def _judge(
    ctx: JsContext,
    write: Write,
    target_node: Node,
    data: str,
    how: str,
    in_place: bool,
    facts: _Facts,
) -> None:
    rendered = ctx.text_of(target_node)
    rendered = rendered if len(rendered) <= 60 else rendered[:57] + "..."
    target = target_words(ctx, target_node)
    target += _getter_words(ctx, write.node, target)
    function = ctx.enclosing_function(write.node)
    start, end = (
        (function.start_byte, function.end_byte) if function is not None else (0, len(ctx.source))
    )
    body = ctx.source[start:end]
    # Ex) function writeJson(file, data) {…} called as writeJson(STATE_PATH, state)
    callers = _caller_words(ctx, target_node, function, facts.calls) if function is not None else []
    temp = TEMP_WORDS.search(target) is not None or _renamed_from(body, rendered)
    if callers and all(TEMP_WORDS.search(c) for c in callers):
        temp = True  # a helper only ever handed temp paths: the callers rename them
    # Ex) await writeFile(tmp, data); await rename(tmp, STATE_PATH)
    if temp and RENAME.search(body):
        if FSYNC.search(body):
            ctx.accept(CODE, write.node, "temp file + fsync + rename", call=write.what)
        else:
            ctx.report(
                CODE,
                write.node,
                NO_FSYNC_MESSAGE.format(target=rendered),
                risk="low",
                call=write.what,
            )
        return
    # Ex) writeFileSync(os.tmpdir() + "/x.json", …) with no rename: a scratch file, not state
    if temp or _in_fresh_temp_dir(target, facts.temp_dirs):
        return
    # Ex) writeFileSync(`report-${Date.now()}.json`, …): a new file each time, never rewritten
    if UNIQUE.search(target) or (callers and all(UNIQUE.search(c) for c in callers)):
        return
    # Ex) writeFile(path.resolve(dir, `${name}-${version}.tgz`), tarball): a packed artifact
    file_name = _file_name(ctx, target_node)
    if ARTIFACT_NAME.search(file_name) or (
        CODE_NAME.search(file_name) and not NAMED_STATE.search(_normal(file_name))
    ):
        return
    # Ex) if (!fs.existsSync("data.json")) fs.writeFileSync("data.json", …): created, not rewritten
    if _created_if_missing(ctx, write.node, target_node):
        return
    words = _normal(" ".join([target, *callers]))
    if _is_state(ctx, write, target_node, words, data, in_place):
        ctx.report(
            CODE,
            write.node,
            MESSAGE.format(target=rendered, how=how),
            risk="medium",
            call=write.what,
        )


def _file_name(ctx: JsContext, node: Node, depth: int = 0) -> str:
    """The written file's own name as far as the code shows it: the last part handed to
    ``path.join``/``resolve``, through ``const`` values and ``.replace(…)`` steps."""
    if depth > 8:
        return ""
    if node.type in ("string", "template_string"):
        return ctx.text_of(node)[1:-1]
    if node.type == "binary_expression":  # dir + "/state.json"
        right = node.child_by_field_name("right")
        return _file_name(ctx, right, depth + 1) if right is not None else ""
    if node.type in ("identifier", "member_expression") and (value := value_of(ctx, node)):
        return _file_name(ctx, value, depth + 1) if value != node else ""
    if node.type in ("call_expression", "new_expression"):
        function = node.child_by_field_name("function") or node.child_by_field_name("constructor")
        name = ctx.text_of(function).rsplit(".", 1)[-1] if function is not None else ""
        if name in NAME_STEPS and function is not None and function.type == "member_expression":
            inner = function.child_by_field_name("object")
            return _file_name(ctx, inner, depth + 1) if inner is not None else ""
        args = arguments_of(node)
        if name in PATH_BUILDERS and args:
            return _file_name(ctx, args[0] if name == "URL" else args[-1], depth + 1)
    return ""


def _created_if_missing(ctx: JsContext, write: Node, target: Node) -> bool:
    """The write only runs when the target does not exist yet (``if (!existsSync(p))``)."""
    pattern = MISSING_CHECK + re.escape(ctx.text_of(target).encode()) + rb"\s*\)"
    function = ctx.enclosing_function(write)
    child, node = write, write.parent
    while node is not None and node != function:
        if node.type == "if_statement" and child == node.child_by_field_name("consequence"):
            condition = node.child_by_field_name("condition")
            if condition is not None and re.search(pattern, ctx.text_of(condition).encode()):
                return True
        child, node = node, node.parent
    return False


def _getter_words(ctx: JsContext, write: Node, target: str) -> str:
    """What ``this.getPath()`` in the target returns, when the class around the write defines
    it: ``return path.join(this.dir, "/.well-known/recommendations.json")``."""
    found = ""
    for name in re.findall(r"\bthis\.([\w$#]+)\(\s*\)", target):
        for methods in ctx.writes.classes.values():
            method = methods.get(name)
            owner = method.parent if method is not None else None
            if owner is None or not owner.start_byte <= write.start_byte < owner.end_byte:
                continue
            body = ctx.text_of(method.child_by_field_name("body"))
            found += " " + " ".join(re.findall(r"\breturn\s+([^;\n]{1,200})", body))
    return found


def _renamed_from(body: bytes, target: str) -> bool:
    """The function renames the target over another file afterwards: it is the temp side
    (``const next = `${file}.next`; writeFileSync(next, s); renameSync(next, file)``)."""
    if not re.fullmatch(r"[\w$.#]+", target):
        return False
    pattern = rb"\b(?:rename|renameSync|move|moveSync)\s*\(\s*" + re.escape(target.encode())
    return re.search(pattern + rb"\s*,", body) is not None


def _caller_words(ctx: JsContext, target: Node, function: Node, calls: CallsByName) -> list[str]:
    """When the target is a parameter of the enclosing function, what the callers in this
    file pass for it (``saveJson(STATE_PATH, s)`` -> ``STATE_PATH path.join(…)``); a
    default value (``file = "state.json"``) counts as a caller."""
    if target.type != "identifier":
        return []
    params = function.child_by_field_name("parameters")
    if params is None:
        single = function.child_by_field_name("parameter")
        params_list = [single] if single is not None else []
    else:
        params_list = [p for p in params.named_children if p.type != "comment"]
    name = ctx.text_of(target)
    found: list[str] = []
    index = -1
    for position, param in enumerate(params_list):
        pattern = param.child_by_field_name("pattern") or param
        if pattern.type == "assignment_pattern":
            left = pattern.child_by_field_name("left")
            if ctx.text_of(left) == name:
                index = position
                found.append(ctx.text_of(pattern.child_by_field_name("right")))
        elif ctx.text_of(pattern) == name:
            index = position
        value = param.child_by_field_name("value")  # TS: (file: string = "state.json")
        if index == position and value is not None:
            found.append(ctx.text_of(value))
    if index < 0:
        return []
    callee = ctx.binding_name(function)
    if not callee:
        return found
    for call in calls.get(callee):
        if function.start_byte <= call.start_byte < function.end_byte:
            continue
        args = arguments_of(call)
        if index < len(args):
            found.append(target_words(ctx, args[index]))
    return found


def _is_state(
    ctx: JsContext, write: Write, target_node: Node, target: str, data: str, in_place: bool
) -> bool:
    """Is the file state that is read back (so a torn copy loses it), not an output?"""
    # Ex) writeFileSync(path.join(distDir, "manifest.json"), …): an artifact, unless read back
    structured = STRUCTURED.search(data) or write.what.split("(")[0].endswith(("Json", "JSON"))
    if BUILD_OUTPUT.search(target):
        return _read_back(ctx, target_node, bool(structured))
    # Ex) fs.writeFileSync(CONFIG_PATH, JSON.stringify(config, null, 2))
    # Ex) const fd = openSync(checkpointFile, "w"); writeSync(fd, …)
    if NAMED_STATE.search(target) or NAMED_STATE.search(_normal(data)):
        return True
    # Ex) writeFileSync(file, JSON.stringify(descriptor)) where readFileSync(file) reads it back
    if _read_back(ctx, target_node, bool(structured)):
        return True
    if OUTPUT_WORDS.search(target):
        return False  # Ex) writeFileSync(path.join(outDir, "report.json"), …): an output
    context = _normal(ctx.context_name(write.node))
    if GENERATOR.search(context):
        return False  # Ex) function generateOpenApi(spec) { writeFileSync("openapi.json", …) }
    # Ex) await fs.promises.writeFile(DATA_FILE, …) with DATA_FILE = "./data/users.json"
    if not in_place and (STATE_WORDS.search(target) or STATE_WORDS.search(_normal(data))):
        return True
    # Ex) class JsonStore { async save(doc) { await writeFile(this.file, JSON.stringify(doc)) } }
    # Ex) const fd = openSync(path.join(dir, "items.json"), "w"); writeSync(fd, JSON.stringify(x))
    if in_place and structured and STATE_WORDS.search(target):
        return True
    # Ex) function writeCheckpoint(file, cp) { writeFileSync(file, JSON.stringify(cp)) }
    persisting = PERSISTER.search(context) or NAMED_STATE.search(context)
    return bool(structured) and persisting is not None


def _temp_dirs(ctx: JsContext) -> frozenset[str]:
    """Names bound to a directory made by ``mkdtemp``/``mkdtempSync`` (``const work = await
    mkdtemp(…)``): ``path.join(work, "spec.json")`` is a scratch file nobody else reads."""
    if b"mkdtemp" not in ctx.source:
        return frozenset()
    return frozenset(
        m.group(1).decode()
        for m in re.finditer(
            rb"([\w$]+)\s*(?::[^=;]{0,40})?=\s*(?:await\s+)?(?:[\w$.]+\.)?mkdtemp(?:Sync)?\(",
            ctx.source,
        )
    )


def _in_fresh_temp_dir(target: str, temp_dirs: frozenset[str]) -> bool:
    """The target path is built on one of the ``mkdtemp`` directories."""
    return any(re.search(rf"(?<![\w$.]){re.escape(name)}\b", target) for name in temp_dirs)


def _read_back(ctx: JsContext, target: Node, structured: bool) -> bool:
    """Code near the write (within ``READ_BACK_LINES``) reads the target back: it is state.
    A parameter or local of a function is the same file only inside that function, unless
    the data is serialized (a ``readJson(file)``/``writeJson(file)`` pair of helpers): a
    generic ``writeFile(fileName, data)`` next to a ``readFile(fileName)`` reads any file."""
    text = ctx.text_of(target).encode()
    if ctx.source.count(text) < 2:
        return False  # the write is the only place the target is named
    start = _line_offset(ctx.source, target.start_byte, -READ_BACK_LINES)
    end = _line_offset(ctx.source, target.end_byte, READ_BACK_LINES)
    scope = _binding_scope(ctx, target) if not structured else None
    if scope is not None:
        start, end = max(start, scope.start_byte), min(end, scope.end_byte)
    window = ctx.source[start:end]
    if text not in window[: target.start_byte - start] + window[target.end_byte - start :]:
        return False
    pattern = rb"\b(?:" + READERS + rb")\(\s*" + re.escape(text) + rb"\s*[,)]"
    return re.search(pattern, window) is not None


def _binding_scope(ctx: JsContext, target: Node) -> Node | None:
    """The function whose parameter or local variable the target identifier is, or None (a
    module constant, ``this.file``…)."""
    if target.type != "identifier":
        return None
    name = ctx.text_of(target)
    starts = declaration_starts(ctx, name, target.start_byte)
    function = ctx.enclosing_function(target)
    while function is not None:
        body = function.child_by_field_name("body")
        declared = body is not None and any(body.start_byte <= s < body.end_byte for s in starts)
        if declared or any(p.name == name for p in params(ctx, function)):
            return function
        function = ctx.enclosing_function(function)
    return None


def _line_offset(source: bytes, at: int, lines: int) -> int:
    """The byte offset ``lines`` lines before (negative) or after ``at``, clamped."""
    position = at
    for _ in range(abs(lines)):
        position = (
            source.rfind(b"\n", 0, position) if lines < 0 else source.find(b"\n", position + 1)
        )
        if position < 0:
            return 0 if lines < 0 else len(source)
    return position
