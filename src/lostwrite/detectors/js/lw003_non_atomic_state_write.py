"""LW003 non-atomic-state-write (JavaScript/TypeScript).

## What it does
Checks for state, config and checkpoint files rewritten in place with ``fs.writeFileSync``,
``fs.writeFile``, ``fs.promises.writeFile``, ``writeFile`` from ``fs/promises``, fs-extra's
``writeJson``/``outputJson`` or ``Bun.write``, copied over with ``copyFile``, opened with a
truncating ``"w"`` flag (``open(path, "w")`` then ``handle.writeFile``), or streamed into with
``createWriteStream(path)`` without an append flag. A file counts as state when its path says so
(``state``, ``config``, ``checkpoint``, ``cursor``, ``manifest``, ``.json``…), when the data
written is named so (``JSON.stringify(state)``), or when the same file reads it back
(``readFileSync(file)``). Writing a temp file that is then renamed over the target is accepted,
and reported (at low risk) only when nothing fsyncs it before the rename.

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
from typing import TYPE_CHECKING

from lostwrite.detectors.js.context import JsContext
from lostwrite.detectors.js.writes import Write, arguments_of, callee_name, chain_of, dotted

if TYPE_CHECKING:
    from tree_sitter import Node

CODE = "LW003"
TRIGGERS = (
    b"writeFile", b"writeJson", b"outputJson", b"writeJSON", b"Bun.write", b"outputFile",
    b"copyFile", b"createWriteStream", b"open(", b"openSync(",
)  # fmt: skip
# Other ways to replace a file's content in place: copy over it, open it truncating ("w"),
# stream into it without an append flag. The value is the index of the target argument.
IN_PLACE = {"copyFile": 1, "copyFileSync": 1, "open": 0, "openSync": 0, "createWriteStream": 0}
IN_PLACE_CALL = re.compile(rb"\b(copyFile|copyFileSync|open|openSync|createWriteStream)\s*\(")
IN_PLACE_CALLEE_PARTS = frozenset({"identifier", "property_identifier", "member_expression"})
FS_ROOTS = frozenset({"fs", "fsp", "fse", "fsPromises", "fs.promises"})
TRUNCATING = re.compile(r"""^['"`]w\+?['"`]$""")
BACKUP = re.compile(r"(\.bak\b|backup|\.orig\b|\.old\b)", re.IGNORECASE)
APPEND_FLAGS = re.compile(r"""flags\s*:\s*['"`](a|a\+|as|ax|r\+)['"`]""")

STATE_WORDS = re.compile(
    r"(state|config|conf\b|settings|checkpoint|ckpt|guidance|manifest|progress|snapshot|"
    r"cursor|offset|prefs|preferences|credentials|token|session|status|inventory|ledger|"
    r"lock|db\b|database|store|\.json|\.toml|\.ya?ml|\.ini|\.cfg)",
    re.IGNORECASE,
)
# The in-place forms below (copyFile, open "w", streams) also write outputs and generic fs
# wrappers: they need the state named in the path itself (not just a .json extension).
NAMED_STATE = re.compile(
    r"(state|config|conf\b|settings|checkpoint|ckpt|manifest|progress|snapshot|cursor|offset|"
    r"prefs|preferences|credentials|token|session|inventory|ledger|lease|db\b|database|store)",
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
EXCLUSIVE_FLAGS = re.compile(r"""flag\s*:\s*['"`](wx|ax|a|a\+|as)['"`]""")
NOT_REWRITES = ("appendFile", "appendFileSync")

MESSAGE = (
    "state file {target} is rewritten in place: a crash, a kill or a full disk mid-write leaves "
    "it empty or torn and the previous state is lost. Fix: write a temp file in the same "
    "directory, fsync it, then rename it over the target (or use write-file-atomic)"
)
NO_FSYNC_MESSAGE = (
    "state file {target} is replaced by rename but never fsynced: after a power loss the rename "
    "can reach the disk before the data, leaving an empty file. Fix: open the temp file, write, "
    "`await handle.sync()` (or `fs.fsyncSync(fd)`) and close it before the rename"
)


def check(ctx: JsContext) -> None:
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
        _judge(ctx, write, args[0], " ".join(ctx.text_of(a) for a in args[1:2]))
    for match in IN_PLACE_CALL.finditer(ctx.source):
        node = ctx.tree.root_node.descendant_for_byte_range(match.start(1), match.end(1))
        while node is not None and node.type != "call_expression":
            node = node.parent if node.type in IN_PLACE_CALLEE_PARTS else None
        write = _in_place(ctx, node) if node is not None else None
        if write is not None:
            _judge(ctx, write, arguments_of(node)[IN_PLACE[callee_name(ctx, node)]], "")


def _in_place(ctx: JsContext, call: Node) -> Write | None:
    """``copyFile(tmp, live)``, ``open(path, "w")`` then writes through the handle, or
    ``createWriteStream(path)`` without an append flag: the file is replaced in place."""
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
        if len(args) < 2 or not TRUNCATING.match(ctx.text_of(args[1])):
            return None  # read, append or exclusive-create
    elif name.startswith("copyFile") and BACKUP.search(ctx.text_of(args[1])):
        return None  # copyFile(STATE, `${STATE}.bak`): a backup copy, the live file untouched
    elif name == "createWriteStream" and any(APPEND_FLAGS.search(ctx.text_of(a)) for a in args):
        return None
    words = _words(ctx, args[IN_PLACE[name]])
    if TEMP_WORDS.search(words):
        return None  # the temp side of a temp + rename: judged at its writeFile, if any
    if NAMED_STATE.search(words) is None:
        return None  # Ex) openSync(tracePath, "w"): an output file, not state by its name
    what = f"{receiver + '.' if receiver else ''}{name}({ctx.text_of(args[IN_PLACE[name]])})"
    return Write(call, what, "file", "", False, ctx.text_of(args[IN_PLACE[name]]), "update")


def _words(ctx: JsContext, node: Node) -> str:
    """The target's text, followed through one local ``const x = …`` (``fd`` -> ``openSync(tmp)``)."""
    text = ctx.text_of(node)
    if node.type == "identifier":
        scope = ctx.enclosing_function(node)
        while scope is not None:
            value = ctx.declared_value(text, scope, node.start_byte)
            if value is not None:
                return f"{text} {ctx.text_of(value)}"
            scope = ctx.enclosing_function(scope)
    return text


def _judge(ctx: JsContext, write: Write, target_node: Node, data: str) -> None:
    rendered = ctx.text_of(target_node)
    rendered = rendered if len(rendered) <= 60 else rendered[:57] + "..."
    target = _words(ctx, target_node)
    function = ctx.enclosing_function(write.node)
    start, end = (
        (function.start_byte, function.end_byte) if function is not None else (0, len(ctx.source))
    )
    body = ctx.source[start:end]
    # Ex) await writeFile(tmp, data); await rename(tmp, STATE_PATH)
    if TEMP_WORDS.search(target) and RENAME.search(body):
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
    if TEMP_WORDS.search(target) or _in_fresh_temp_dir(ctx, target):
        return
    # Ex) fs.writeFileSync(CONFIG_PATH, JSON.stringify(config, null, 2))
    # Ex) writeFileSync(file, JSON.stringify(descriptor)) where readFileSync(file) reads it back
    if STATE_WORDS.search(target) or STATE_WORDS.search(data) or _read_back(ctx, target_node):
        ctx.report(
            CODE, write.node, MESSAGE.format(target=rendered), risk="medium", call=write.what
        )


def _in_fresh_temp_dir(ctx: JsContext, target: str) -> bool:
    """The path is built on a directory made by ``mkdtemp``/``mkdtempSync`` (``const work =
    await mkdtemp(…)``; ``path.join(work, "spec.json")``): a scratch file nobody else reads."""
    if b"mkdtemp" not in ctx.source:
        return False
    names = {
        m.group(1).decode()
        for m in re.finditer(
            rb"([\w$]+)\s*(?::[^=;]{0,40})?=\s*(?:await\s+)?(?:[\w$.]+\.)?mkdtemp(?:Sync)?\(",
            ctx.source,
        )
    }
    return any(re.search(rf"(?<![\w$.]){re.escape(name)}\b", target) for name in names)


def _read_back(ctx: JsContext, target: Node) -> bool:
    """Code near the write (within ``READ_BACK_LINES``) reads the target back: it is state."""
    text = re.escape(ctx.text_of(target).encode())
    row = target.start_point[0]
    lines = ctx.source.split(b"\n")
    window = b"\n".join(lines[max(0, row - READ_BACK_LINES) : row + READ_BACK_LINES])
    pattern = rb"\b(readFile|readFileSync|readJson|readJSON|readJsonSync)\(\s*" + text + rb"\s*[,)]"
    return re.search(pattern, window) is not None
