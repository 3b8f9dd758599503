"""LW005 acknowledged-before-durable (JavaScript/TypeScript).

## What it does
Checks request handlers (Hono, Workers ``fetch``, Express, Fastify, Koa, Next.js route
handlers, NestJS, AWS Lambda) that answer success — ``c.json({ ok: true })``, ``res.status(201).json(…)``,
``Response.json({ saved: true })``, ``NextResponse.json(…, { status: 201 })``, or the redirect
of a form action / POST route (``return redirect(`/posts/${slug}`)``) — while the
request's own write is deferred past the response: handed to ``waitUntil`` or Next.js
``after``, run in ``setImmediate``/``setTimeout``/``process.nextTick``/``queueMicrotask``/
``res.on("finish")``, pushed onto an in-memory job list (``jobs.push(() => db.insert(e))``,
p-queue's ``queue.add``), buffered in a module-level array that a timer, a shutdown hook or a
size check flushes later (``buffer.push(event)`` with ``setInterval(flush, 5000)``, or
``batcher.add(event)`` on a local class that does the same with a field), put on a queue without awaiting the send or with nothing that ever
confirms it (amqplib ``sendToQueue``/``publish`` on a plain ``createChannel()`` channel or with
no confirm awaited, core NATS ``nc.publish``, kafkajs ``acks: 0``), left to an event listener
(``bus.emit(…)`` with a writing listener here, or a handler that only emits/publishes), or
started after ``res.json(…)`` was already sent. A POST/PUT/PATCH handler that stores nothing
itself and echoes the deferred record (``res.json(bookmark)``) claims it too. Message consumers
are checked the same way: ``channel.ack(msg)`` (also Redis Streams ``xack``, SQS
``DeleteMessageCommand``) before the write, or a deferred write and an ack. A response that does not claim the data is stored (returning the entity read, ``202
Accepted``, ``{ queued: true }``) is accepted: deferring a view counter while returning the page
is fine.

## Why is this bad?
The client is told "saved" (201, ``ok: true``) before anything is stored. If the deferred
write fails, is cancelled when the isolate shuts down, or loses its connection, the client
has already moved on: it will not retry, and the acknowledged data is gone.

## Example
```typescript
app.post("/orders", async (c) => {
  const order = await c.req.json();
  c.executionCtx.waitUntil(db.insert(orders).values(order));
  return c.json({ ok: true, saved: true }, 201);
});
```

Use instead:
```typescript
app.post("/orders", async (c) => {
  const order = await c.req.json();
  await db.insert(orders).values(order); // durable before the acknowledgement
  return c.json({ ok: true }, 201);
});
// or answer 202 Accepted with an id the client can poll, and make the deferred write durable
```
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lostwrite.detectors.js.context import JsContext
from lostwrite.detectors.js.handlers import Handler, handler_of, is_read_only_route, params
from lostwrite.detectors.js.promises import fate_of
from lostwrite.detectors.js.writes import (
    MEMORY_RECEIVER,
    Write,
    arguments_of,
    callee_name,
    dotted,
    is_db_name,
    last_segment,
)

if TYPE_CHECKING:
    from tree_sitter import Node

CODE = "LW005"
TRIGGERS = (
    b"waitUntil",
    b"after(",
    b"setImmediate",
    b"setTimeout",
    b"nextTick",
    b".send(",
    b"201",
    b"true",
    b"sendStatus",
    b"emit(",
    b"queueMicrotask",
    b".push(",
    b"publish(",
    b"ack(",
    b"xAck(",
    b"DeleteMessage",
    b"deleteMessage(",
    b"status",
    b"json(",
    b"ctx.body",
    b"return {",
    b"h.response",
)

RESPONSE = re.compile(
    rb"\b(?:c\.(?:json|text|body)|res\.(?:status|json|send|sendStatus)|reply\.(?:code|status|send)|"
    rb"Response\.json|NextResponse\.json|new\s+Response|(?<![.\w$])json|"
    rb"HttpServerResponse\.(?:json|text|unsafeJson|empty)|h\.response)\s*\(|"
    rb"\bctx\.(?:response\.)?(?:body|status)\s*=[^=]"
)
# Calls that send the response at once (Express/Fastify/Node). Hono's ``c.json(…)`` and Koa's
# ``ctx.body = …`` only build it: nothing is sent before the handler returns.
SENT_NOW = re.compile(
    rb"(?:await\s+)?(?:res|reply|response)\s*\.\s*(?:(?:status|code)\(\s*\w+\s*\)\s*\.\s*)?"
    rb"(?:json|send|sendStatus|end|redirect|render|writeHead)\s*\("
)
ACKING = re.compile(rb"ack\(|xAck\(|deleteMessage\(|DeleteMessage(?:Batch)?Command\(")
CLAIMS_SAVED = re.compile(
    r"\b(ok|success|saved|created|stored|persisted|recorded|done|received|acknowledged|"
    r"confirmed|completed|processed)\s*:\s*true\b|sendStatus\(\s*20[01]\s*\)|"
    r"['\"`][^'\"`]*\b(saved|created|stored|persisted|recorded|completed|confirmed|processed)\b"
    r"[^'\"`]*['\"`]|\b201\b",
    re.IGNORECASE,
)
HONEST = re.compile(r"\b202\b|accepted|queued|pending|processing|scheduled|enqueued", re.IGNORECASE)
CALLBACKS = frozenset({"arrow_function", "function_expression", "function"})
FUNCTION_NODES = frozenset(
    {
        "arrow_function",
        "function_expression",
        "function",
        "function_declaration",
        "method_definition",
    }
)
LISTENS = re.compile(rb"(?:\.|@)(on|once|addListener|subscribe|OnEvent)\(\s*['\"`]")
EMITS = re.compile(rb"\.(emit)\(\s*['\"`]")
EFFECT_FORKS = frozenset(
    {
        "Effect.fork",
        "Effect.forkDaemon",
        "Effect.forkScoped",
        "Effect.forkIn",
        "Effect.forkWithErrorHandler",
    }
)
DEFERRING = frozenset(
    {"after", "waitUntil", "setImmediate", "setTimeout", "nextTick", "queueMicrotask"}
)
# ``jobs.push(() => db.insert(e))``: the callback is kept, not run, and a drain loop runs it
# later (an in-memory job list, p-queue's ``queue.add``).
ENQUEUING = frozenset({"push", "unshift", "enqueue", "add"})
# Persistence verbs a deferred callback may call on a store we cannot type: looser than
# ``writes.py`` because the deferral itself (``setImmediate(() => profiles.update(id, p))``) is
# the evidence, and the callback's promise is dropped by its scheduler.
DEFERRED_VERBS = re.compile(
    r"^(save|saveAll|insert\w*|update(One|Many|ById)?|upsert\w*|create(Many)?|persist|store|"
    r"replaceOne|findOneAndUpdate|findByIdAndUpdate|bulkWrite|append)$"
)
# ``this.eventEmitter.emit(…)`` / ``this.eventBus.publish(new ReviewSubmitted(dto))`` with no
# listener in this file: the write, if any, happens in a handler elsewhere, after the answer.
EMITTER = re.compile(r"(^|\.)(eventEmitter|emitter|events|eventBus|bus|hub)$", re.IGNORECASE)
TELEMETRY = re.compile(
    r"^(click|view|visit|track|metric|analytic|telemetry|log|audit|notif|e?mail|ping|heartbeat|"
    r"impression)"
)
BODY_READ = re.compile(r"\.(json|text|formData|body|arrayBuffer|parse|validate\w*)\(")


def check(ctx: JsContext) -> None:
    deferrals = [(write, _deferral(ctx, write)) for write in ctx.writes.all()]
    deferrals += _emitted(ctx)
    deferrals += _loose_deferred(ctx)
    deferrals += _emitted_elsewhere(ctx)
    deferrals += _unconfirmed_publishes(ctx)
    deferrals += _buffered(ctx)
    deferrals += _batched(ctx)
    acks = _acks(ctx) if ACKING.search(ctx.source) else []
    for write, deferral in deferrals:
        if acks and _acked_before(ctx, write, deferral, acks):
            continue
        if deferral is None:
            continue
        node, how = deferral
        handler = _handler(ctx, node)
        if handler is None:
            continue
        if _awaited_write_before(ctx, ctx.writes.all(), node):
            ctx.accept(CODE, node, "a side write after the awaited one", call=write.what)
            continue
        response = _claiming_response(ctx, handler, write)
        if response is None:
            ctx.accept(CODE, node, "response does not claim it is stored", call=write.what)
            continue
        # Ex) app.get("/healthz", (c) => { c.executionCtx.waitUntil(kv.put(…)); return c.json({ ok }) })
        if is_read_only_route(ctx, handler):
            ctx.accept(
                CODE, node, "a GET handler's answer is not a claim of a save", call=write.what
            )
            continue
        ctx.report(
            CODE,
            node,
            f"{write.what} is {how}, but the handler answers success (`{_short(ctx, response)}` "
            f"at line {ctx.line_of(response)}): the client is told the data is stored before it "
            f"is, and if the deferred write fails or is cancelled the acknowledged data is lost. "
            f"Fix: await the write before answering, or answer 202 Accepted (with an id to poll) "
            f"and make the deferred write durable and retried",
            risk="critical" if write.kind in ("db", "call", "kv") else "medium",
            call=write.what,
        )


def _acks(ctx: JsContext) -> list[Node]:
    """Message acknowledgements: ``channel.ack(msg)``, ``message.ack()``, ``msg.ack()``, Redis
    Streams ``redis.xack(stream, group, id)``, SQS ``deleteMessage(…)`` /
    ``sqs.send(new DeleteMessageCommand(…))``."""
    return [
        call
        for call in ctx.index.calls
        if call.parent is not None
        and call.parent.type in ("expression_statement", "await_expression")
        and _acknowledges(ctx, call)
    ]


def _acknowledges(ctx: JsContext, call: Node) -> bool:
    name = callee_name(ctx, call)
    if name in ("ack", "xack", "xAck", "deleteMessage"):
        return True
    args = arguments_of(call)
    return name == "send" and bool(args) and ctx.text_of(args[0]).startswith(ACK_COMMAND)


ACK_COMMAND = ("new DeleteMessageCommand", "new DeleteMessageBatchCommand")


def _acked_before(
    ctx: JsContext, write: Write, deferral: tuple[Node, str] | None, acks: list[Node]
) -> bool:
    """A consumer acknowledges the message before its write is durable: the write comes after
    ``channel.ack(msg)`` in the same function, or is deferred (``setImmediate``, an unconfirmed
    send) by a function that acks. Reports it and returns True."""
    node = deferral[0] if deferral is not None else write.node
    function = ctx.enclosing_function(node)
    if function is None:
        return False
    for ack in acks:
        if ctx.enclosing_function(ack) != function:
            continue
        if deferral is not None:
            if _awaited_write_before(ctx, ctx.writes.all(), node):
                return False  # Ex) await db.insert(row); ch.sendToQueue("audit", …); ch.ack(msg)
            how = f"{write.what} is {deferral[1]}, and the message is acknowledged anyway"
        elif ack.end_byte <= write.node.start_byte and _precedes(ack, write.node, function):
            how = f"{write.what} only starts after the message was acknowledged"
        else:
            continue
        ctx.report(
            CODE,
            node,
            f"{how} (`{_short(ctx, ack)}` at line {ctx.line_of(ack)}): the broker drops the "
            f"message at the ack, so if the write fails or the process stops first the message "
            f"is never redelivered and its data is lost. Fix: await the write, then ack (and "
            f"nack or dead-letter it when the write fails)",
            risk="critical" if write.kind in ("db", "call", "kv") else "medium",
            call=write.what,
        )
        return True
    return False


def _precedes(ack: Node, node: Node, function: Node) -> bool:
    """The statement of ``ack`` comes before ``node`` on its path up to ``function`` (not in
    another branch)."""
    statement = _statement_of(node)
    while statement is not None and statement != function:
        in_sequence = statement.parent is not None and statement.parent.type in SEQUENCES
        sibling = statement.prev_named_sibling if in_sequence else None  # not try -> catch
        while sibling is not None:
            if sibling.start_byte <= ack.start_byte < sibling.end_byte:
                return _unconditional(sibling, ack)
            sibling = sibling.prev_named_sibling
        statement = statement.parent
    return False


SEQUENCES = frozenset({"statement_block", "program", "switch_case", "switch_default"})


def _unconditional(sibling: Node, ack: Node) -> bool:
    """The ack is the sibling statement itself, not inside an ``if``/``catch`` before it."""
    current = ack.parent
    while current is not None:
        if current.type in ("if_statement", "try_statement", "switch_statement", "else_clause"):
            return False
        if current == sibling:
            return True
        current = current.parent
    return True


# tRPC ``.mutation(fn)``, h3/Nuxt ``defineEventHandler(fn)``: what ``fn`` returns is the answer.
RPC_REGISTRARS = frozenset({"mutation", "mutate", "defineEventHandler", "eventHandler"})
RPC_ROOTS = frozenset({"Mutation", "mutations"})


def _handler(ctx: JsContext, node: Node) -> Handler | None:
    """The request handler around ``node``; besides ``handlers.py``'s HTTP frameworks, RPC
    mutations whose return value is the answer: tRPC ``.mutation(async ({ input }) => …)``,
    GraphQL resolvers under ``Mutation: { … }`` or decorated ``@Mutation()``."""
    handler = handler_of(ctx, node)
    if handler is not None:
        registrar = handler.function.parent
        if (
            registrar is not None
            and registrar.type == "arguments"
            and registrar.parent is not None
            and callee_name(ctx, registrar.parent) in RPC_REGISTRARS
        ):
            return Handler(handler.function, "rpc")  # Ex) defineEventHandler((event) => …)
        return handler
    function = ctx.enclosing_function(node)
    while function is not None:
        parent = function.parent
        if parent is not None and parent.type == "arguments" and parent.parent is not None:
            if callee_name(ctx, parent.parent) in RPC_REGISTRARS:
                return Handler(function, "rpc")
        # Ex) server.route({ method: "POST", path: "/x", handler: async (request, h) => … })
        if (
            parent is not None
            and parent.type == "pair"
            and ctx.text_of(parent.child_by_field_name("key")) == "handler"
            and [p.name for p in params(ctx, function)][1:2] == ["h"]
        ):
            return Handler(function, "rpc")
        owner = parent if parent is not None and parent.type == "pair" else function
        obj = owner.parent
        holder = obj.parent if obj is not None and obj.type == "object" else None
        if holder is not None and holder.type == "pair":
            key = ctx.text_of(holder.child_by_field_name("key")).strip("'\"")
            if key in RPC_ROOTS:
                return Handler(function, "rpc")
        if function.type == "method_definition" and any(
            c.type == "decorator" and ctx.text_of(c).startswith("@Mutation(")
            for c in [*function.children, *_preceding_decorators(function)]
        ):
            return Handler(function, "rpc")
        function = ctx.enclosing_function(function)
    return None


def _preceding_decorators(method: Node) -> list[Node]:
    found: list[Node] = []
    sibling = method.prev_named_sibling
    while sibling is not None and sibling.type == "decorator":
        found.append(sibling)
        sibling = sibling.prev_named_sibling
    return found


def _deferral(ctx: JsContext, write: Write) -> tuple[Node, str] | None:
    """Where and how ``write`` is pushed past the response, or None if it is not."""
    fate = fate_of(ctx, write.node)
    # Ex) c.executionCtx.waitUntil(db.insert(orders).values(order))
    if (
        fate.kind == "wait_until"
        and fate.top.parent is not None
        and fate.top.parent.parent is not None
    ):
        return fate.top.parent.parent, f"handed to `{fate.detail}` and runs after the response"
    # Ex) yield* Effect.forkDaemon(persistOrder(order))   -- a fiber nobody joins
    if fate.kind == "passed" and fate.detail in EFFECT_FORKS:
        return fate.top, f"forked with `{fate.detail}` into a fiber the response does not wait for"
    # Ex) env.ORDERS_QUEUE.send(order)   -- not awaited: the put is not confirmed
    #     (not amqplib's/core NATS's buffered publishes: no promise, see _unconfirmed_publishes)
    if write.kind == "queue" and write.promise and fate.lost:
        return fate.top, "put on a queue without waiting for the send to be confirmed"
    # Ex) after(() => db.insert(orders).values(order))   (Next.js) / setImmediate(async () => …)
    function = ctx.enclosing_function(write.node)
    deferred = _deferring_call(ctx, function) if function is not None else None
    if deferred is not None:
        return deferred
    # Ex) res.status(201).json(order); await db.insert(orders).values(order)
    #     res.sendStatus(200); if (event.type === "paid") { await prisma.payment.create(…) }
    statement = _statement_of(write.node)
    while statement is not None and statement.type not in FUNCTION_NODES:
        sibling = statement.prev_named_sibling
        while sibling is not None:
            if sibling.type == "expression_statement" and SENT_NOW.match(
                ctx.source, sibling.start_byte
            ):
                return (
                    write.node,
                    f"started after the response was sent (line {ctx.line_of(sibling)})",
                )
            sibling = sibling.prev_named_sibling
        statement = statement.parent
    # Ex) orderRepo.save(order); res.status(201).json(order)   -- started, never awaited
    #     (not comment.save().then((c) => res.status(201).json(c)): the answer waits for it)
    #     (not await orders.insert(o); void audit.insert(e): the answer is about the order)
    lost = fate.kind in ("dropped", "discarded") or (fate.kind == "stored" and not fate.used)
    if (
        write.promise
        and lost
        and not fate.thens
        and not _awaited_write_before(ctx, ctx.writes.all(), write.node)
    ):
        return (
            fate.top,
            "started without being awaited, so it is still in flight when the answer goes out",
        )
    return None


def _deferring_call(ctx: JsContext, function: Node) -> tuple[Node, str] | None:
    """The call that runs ``function`` after the response (``setImmediate(fn)``,
    ``jobs.push(fn)``, ``res.on("finish", fn)``), with how it defers it."""
    if function.parent is None or function.parent.type != "arguments":
        return None
    call = function.parent.parent
    callee = call.child_by_field_name("function") if call is not None else None
    if call is None or callee is None:
        return None
    name = dotted(ctx, callee)
    if last_segment(name) in DEFERRING:
        return call, f"run in `{name}(…)` after the response"
    if name.endswith(".on") and b"finish" in ctx.source[call.start_byte : function.start_byte]:
        return call, "run when the response has finished"
    # Ex) jobs.push(() => db.insert("events", event))   -- a drain loop runs it later
    if (
        callee.type == "member_expression"
        and last_segment(name) in ENQUEUING
        and name.count(".") == 1
        and fate_of(ctx, call).lost
        and not _drained_later(ctx, call, name.split(".")[0])
    ):
        return call, f"queued in memory by `{name}(…)` and run later, after the response"
    return None


def _drained_later(ctx: JsContext, call: Node, queue: str) -> bool:
    """``batch.add(fn); await batch.run()`` / ``await queue.onIdle()``: the same function waits
    for the queued work before it goes on (or the call is not in a function at all)."""
    function = ctx.enclosing_function(call)
    if function is None:
        return True
    after = ctx.source[call.end_byte : function.end_byte]
    return (
        re.search(rb"\bawait\s+(?:Promise\.\w+\(\s*)?" + re.escape(queue.encode()) + rb"\b", after)
        is not None
    )


# ``let buffer: PageEvent[] = []`` / ``const pending = []`` at module level.
MODULE_ARRAY = re.compile(
    rb"^(?:export\s+)?(?:let|const|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=\n]+)?=\s*"
    rb"(?:\[\s*\]|new\s+Array\b)",
    re.MULTILINE,
)
TIMERS = frozenset({"setInterval", "setTimeout", "on", "once", "addListener"})


def _buffered(ctx: JsContext) -> list[tuple[Write, tuple[Node, str] | None]]:
    """``buffer.push(event); return Response.json({ stored: true }, { status: 201 })`` where the
    module-level ``buffer`` is written by a flush function a timer (``setInterval(flush, 5000)``),
    a shutdown hook or a size check runs later: the request's data sits in memory when the
    answer goes out, and a crash, a redeploy or a failed flush loses it."""
    found: list[tuple[Write, tuple[Node, str] | None]] = []
    writes = ctx.writes.all()
    if not writes or not MODULE_ARRAY.search(ctx.source):
        return found
    for match in MODULE_ARRAY.finditer(ctx.source):
        name = match.group(1).decode()
        flusher = _flusher(ctx, name, writes)
        if flusher is None:
            continue
        function, write, how_run = flusher
        label = ctx.binding_name(function)
        for call in ctx.index.calls:
            callee = call.child_by_field_name("function")
            if (
                callee is None
                or ctx.text_of(callee) not in (f"{name}.push", f"{name}.unshift")
                or function.start_byte <= call.start_byte < function.end_byte
            ):
                continue
            handler = _handler(ctx, call)
            if handler is None or (
                label and _flushed_before_answer(ctx, handler.function, call, label)
            ):
                continue
            what = f"the request's data (buffered in `{name}`, stored by {write.what})"
            how = (
                f"only kept in memory, in `{name}`, until {how_run} (line "
                f"{ctx.line_of(function)}) writes it later, after the response"
            )
            found.append((Write(call, what, write.kind, write.client, True), (call, how)))
    return found


def _batched(ctx: JsContext) -> list[tuple[Write, tuple[Node, str] | None]]:
    """``batcher.add(event)`` (not awaited) where ``batcher`` is an instance of a class of this
    file whose ``add`` pushes onto a field (``this.rows.push(row)``) that another of its
    methods writes on a timer or once the batch is full: the same in-memory buffer as
    ``_buffered``, behind a class."""
    found: list[tuple[Write, tuple[Node, str] | None]] = []
    classes = ctx.writes.classes if b"this." in ctx.source else {}
    if not classes or not ctx.writes.all():
        return found
    for call in ctx.index.calls:
        callee = call.child_by_field_name("function")
        if callee is None or callee.type != "member_expression" or not fate_of(ctx, call).lost:
            continue
        receiver = dotted(ctx, callee.child_by_field_name("object") or callee)
        cls = ctx.writes.receiver_class(receiver) if receiver else ""
        methods = classes.get(cls, {})
        method = methods.get(ctx.text_of(callee.child_by_field_name("property")))
        if method is None or ctx.writes.get(call) is not None:
            continue
        pushed = re.search(
            rb"\bthis\.([\w$#]+)\s*\.\s*(?:push|unshift)\(",
            ctx.source[method.start_byte : method.end_byte],
        )
        if pushed is None:
            continue
        field = pushed.group(1).decode()
        flusher = _field_flusher(ctx, methods, method, field)
        if flusher is None or _handler(ctx, call) is None:
            continue
        name, write = flusher
        what = f"the request's data (batched in `{cls}.{field}`, stored by {write.what})"
        how = (
            f"only kept in memory by `{ctx.text_of(callee)}(…)` until `{cls}.{name}()` writes the "
            f"batch later, after the response"
        )
        found.append((Write(call, what, write.kind, write.client, True), (call, how)))
    return found


def _field_flusher(
    ctx: JsContext, methods: dict[str, Node], adder: Node, field: str
) -> tuple[str, Write] | None:
    """The method of the class that writes ``this.<field>`` and runs later: a timer of the
    class (``setInterval(() => this.flush(), 1000)``) or a call from ``adder`` that is not
    awaited on every path (``if (this.rows.length >= 100) void this.flush()``)."""
    owner = adder.parent
    text = ctx.source[owner.start_byte : owner.end_byte] if owner is not None else b""
    timer = re.search(rb"\bset(?:Interval|Timeout)\s*\(", text) is not None
    reference = re.compile(rb"\bthis\.\s*" + re.escape(field.encode()) + rb"(?![\w$])")
    for name, method in methods.items():
        if method == adder or not reference.search(ctx.source, method.start_byte, method.end_byte):
            continue
        write = _write_in(ctx.writes.all(), method)
        if write is None:
            continue
        calls = [
            call
            for call in ctx.index.calls
            if adder.start_byte <= call.start_byte < adder.end_byte
            and ctx.text_of(call.child_by_field_name("function")) == f"this.{name}"
        ]
        if any(fate_of(ctx, c).kind == "awaited" and not _conditional(c, adder) for c in calls):
            return None  # Ex) add(row) { this.rows.push(row); await this.flush() }
        if timer or calls:
            return name, write
    return None


def _flusher(ctx: JsContext, name: str, writes: list[Write]) -> tuple[Node, Write, str] | None:
    """The function that stores the module-level array ``name`` and runs later (see
    ``_scheduled``), its write, and how it runs."""
    reference = re.compile(rb"(?<![\w$.])" + re.escape(name.encode()) + rb"(?![\w$])")
    for write in writes:
        function = ctx.enclosing_function(write.node)
        if function is None or not reference.search(
            ctx.source, function.start_byte, function.end_byte
        ):
            continue
        how_run = _scheduled(ctx, function)
        if how_run:
            return function, write, how_run
    return None


def _scheduled(ctx: JsContext, function: Node) -> str:
    """How ``function`` runs later, or '': ``setInterval(flush, 5000)`` /
    ``setInterval(async () => { … }, 5000)`` / ``process.on("SIGTERM", flush)`` / started
    unawaited (``void flush()``) or only when a size check passes."""
    parent = function.parent
    if parent is not None and parent.type == "arguments" and parent.parent is not None:
        timer = callee_name(ctx, parent.parent)
        return f"the `{timer}(…)` callback" if timer in TIMERS else ""
    label = ctx.binding_name(function)
    if not label:
        return ""
    for call in ctx.index.calls:
        args = arguments_of(call)
        if callee_name(ctx, call) in TIMERS and any(ctx.text_of(a) == label for a in args):
            return f"{label}()"
        if ctx.text_of(call.child_by_field_name("function")) in (label, f"this.{label}") and (
            fate_of(ctx, call).lost or _conditional(call, ctx.enclosing_function(call))
        ):
            return f"{label}()"
    return ""


def _flushed_before_answer(ctx: JsContext, handler: Node, push: Node, label: str) -> bool:
    """The handler itself awaits the flush after the push, on every path (``buffer.push(e);
    await flush()``): the answer waits for the write."""
    return any(
        push.end_byte <= call.start_byte < handler.end_byte
        and ctx.text_of(call.child_by_field_name("function")) in (f"{label}", f"this.{label}")
        and fate_of(ctx, call).kind == "awaited"
        and not _conditional(call, handler)
        for call in ctx.index.calls
    )


def _conditional(node: Node, function: Node | None) -> bool:
    """``node`` only runs on some paths of ``function`` (under an ``if``, ``?:`` or ``switch``)."""
    current = node.parent
    while current is not None and current != function:
        if current.type in ("if_statement", "ternary_expression", "switch_statement"):
            return True
        current = current.parent
    return False


def _loose_deferred(ctx: JsContext) -> list[tuple[Write, tuple[Node, str] | None]]:
    """``setImmediate(() => profiles.update(id, patch))``: a persistence verb called in a
    deferred callback on a store ``writes.py`` cannot type (an imported ``profiles`` object)."""
    found: list[tuple[Write, tuple[Node, str] | None]] = []
    known = ctx.writes.all()
    for call in ctx.index.calls:
        function = call.child_by_field_name("function")
        if function is None or function.type != "member_expression":
            continue
        verb = ctx.text_of(function.child_by_field_name("property"))
        if not DEFERRED_VERBS.match(verb) or ctx.writes.get(call) is not None:
            continue
        receiver = dotted(ctx, function.child_by_field_name("object") or function)
        if not _store_like(ctx, receiver):
            continue
        callback = ctx.enclosing_function(call)
        deferred = _deferring_call(ctx, callback) if callback is not None else None
        if deferred is None or any(
            callback.start_byte <= w.node.start_byte < callback.end_byte for w in known
        ):
            continue
        write = Write(call, f"{receiver}.{verb}", "db", receiver.split(".")[0], True)
        found.append((write, deferred))
    return found


def _store_like(ctx: JsContext, receiver: str) -> bool:
    """An object that may be a store: imported (``const { profiles } = require("../db")``),
    named like a database, a model class, or a field of ``this``; not an in-memory value."""
    if not receiver:
        return False
    root = receiver.split(".")[0]
    last = last_segment(receiver)
    if MEMORY_RECEIVER.search(last) or last.startswith(("_", "#")) or last in ("Object", "Array"):
        return False
    return (
        bool(ctx.index.module_of(root))
        or is_db_name(last)
        or (root == "this" and receiver.count(".") == 1)
        or (last[:1].isupper() and not last.isupper())
    )


def _emitted(ctx: JsContext) -> list[tuple[Write, tuple[Node, str] | None]]:
    """``bus.emit("order.created", order)`` whose listener in this file (``bus.on(…)``,
    NestJS ``@OnEvent(…)``) performs the write: it runs after the handler has answered."""
    if b".emit(" not in ctx.source:
        return []
    writes = ctx.writes.all()
    if not writes:
        return []
    listeners: dict[str, Write] = {}
    for call in _calls_at(ctx, LISTENS):
        name = callee_name(ctx, call)
        args = arguments_of(call)
        if not args or args[0].type != "string":
            continue
        event = ctx.text_of(args[0])[1:-1]
        if name in ("on", "once", "addListener", "subscribe") and args[-1].type in CALLBACKS:
            inner = _write_in(writes, args[-1])
            if inner is not None:
                listeners.setdefault(event, inner)
        elif name == "OnEvent" and call.parent is not None and call.parent.type == "decorator":
            method = call.parent
            if method.parent is not None and method.parent.type == "method_definition":
                method = method.parent
            while method is not None and method.type == "decorator":
                method = method.next_named_sibling
            inner = _write_in(writes, method) if method is not None else None
            if inner is not None:
                listeners.setdefault(event, inner)
    found: list[tuple[Write, tuple[Node, str] | None]] = []
    if not listeners:
        return found
    for call in _calls_at(ctx, EMITS):
        args = arguments_of(call)
        event = ctx.text_of(args[0])[1:-1] if args and args[0].type == "string" else ""
        if event in listeners and not _awaited_write_before(ctx, writes, call):
            write = listeners[event]
            how = (
                f"done by the `{event}` listener (line {ctx.line_of(write.node)}), which the "
                f"emit starts without waiting for it"
            )
            found.append((write, (call, how)))
    return found


def _emitted_elsewhere(ctx: JsContext) -> list[tuple[Write, tuple[Node, str] | None]]:
    """A handler whose only step is ``this.eventEmitter.emit("review.submitted", dto)`` (or
    ``this.eventBus.publish(new ReviewSubmitted(dto))``) before it answers: it stores nothing
    itself and no listener in this file writes, so the event's handler elsewhere does the
    write, after the answer."""
    if b".emit" not in ctx.source and b".publish(" not in ctx.source:
        return []
    found: list[tuple[Write, tuple[Node, str] | None]] = []
    writes = ctx.writes.all()
    for call in ctx.index.calls:
        function = call.child_by_field_name("function")
        if function is None or function.type != "member_expression":
            continue
        method = ctx.text_of(function.child_by_field_name("property"))
        receiver = dotted(ctx, function.child_by_field_name("object") or function)
        if method not in ("emit", "publish") or not EMITTER.search(receiver):
            continue
        args = arguments_of(call)
        if not args or fate_of(ctx, call).kind in ("awaited", "returned", "yielded"):
            continue
        event = args[0]
        if event.type == "new_expression":  # Ex) publish(new ReviewSubmittedEvent(dto))
            event = event.child_by_field_name("constructor") or event
        name = ctx.text_of(event)[1:-1] if event.type == "string" else ctx.text_of(event)
        if any(TELEMETRY.match(w.lower()) for w in re.findall(r"[A-Za-z][a-z]*", name)):
            continue  # Ex) events.emit("click", …): not the request's data
        if event.type == "string" and re.search(
            rb"(?:\.|@)(?:on|once|addListener|subscribe|OnEvent)\(\s*['\"`]"
            + re.escape(name.encode()),
            ctx.source,
        ):
            continue  # a listener here: _emitted decides whether it writes
        handler = _handler(ctx, call)
        if handler is None or not _stores_nothing_itself(ctx, handler.function, writes, call):
            continue
        what = f"the write of the request's data (emitted as `{name[:50]}`)"
        how = (
            "left to an event handler outside this file, which runs after the answer (this "
            "handler stores nothing itself)"
        )
        found.append((Write(call, what, "call", "", True), (call, how)))
    return found


# amqplib: ``const channel = await connection.createChannel()`` never confirms a publish;
# ``createConfirmChannel()`` does, through a callback or ``await channel.waitForConfirms()``.
# (amqp-connection-manager's ``createChannel({ setup })`` is a confirming wrapper.)
AMQP_CHANNEL = re.compile(
    rb"(?<![\w$])([\w$]+)\s*(?::[^=;]+)?=\s*(?:await\s+)?"
    rb"[\w$.]+\.create(Confirm)?Channel\s*\((\s*\))?"
)
AMQP_NAME = re.compile(r"^(ch|chan|channel|\w*Channel|amqp|rabbit(mq)?|mq)$", re.IGNORECASE)


def _unconfirmed_publishes(ctx: JsContext) -> list[tuple[Write, tuple[Node, str] | None]]:
    """A message handed to a broker with nothing waiting for it to be confirmed: amqplib's
    ``channel.sendToQueue(q, buf)`` / ``channel.publish(exchange, key, buf)`` on a
    ``createChannel()`` channel (no confirm ever comes) or on a confirm channel with no callback
    and no ``waitForConfirms()``; core NATS ``nc.publish(subject, data)`` (stores and confirms
    nothing); a kafkajs ``producer.send({ acks: 0, … })``. The message, and the write its
    consumer would do, may never exist."""
    if not PUBLISHING.search(ctx.source):
        return []
    plain = {  # channel name -> a plain amqplib channel
        match.group(1).decode(): not match.group(2) and bool(match.group(3))
        for match in AMQP_CHANNEL.finditer(ctx.source)
    }
    nats = {
        match.group(1).decode()
        for match in NATS_CONNECTION.finditer(ctx.source)
        if "nats" in ctx.index.module_of(match.group(2).decode())
    }
    found: list[tuple[Write, tuple[Node, str] | None]] = []
    for call in ctx.index.calls:
        function = call.child_by_field_name("function")
        if function is None or function.type != "member_expression":
            continue
        method = ctx.text_of(function.child_by_field_name("property"))
        receiver = dotted(ctx, function.child_by_field_name("object") or function)
        how = _unconfirmed(ctx, call, method, receiver, plain, nats)
        if how is None or _confirmed_publish_before(ctx, call):
            continue
        what = f"the message of `{receiver}.{method}(…)`"
        found.append((Write(call, what, "queue", receiver, False), (call, how)))
        # Ex) function publishTransfer(t) { channel.sendToQueue(…) } … publishTransfer(t)
        helper = ctx.enclosing_function(call)
        name = ctx.binding_name(helper) if helper is not None else ""
        if name and ctx.index.local_functions.get(name) == helper and _handler(ctx, call) is None:
            for site in _calls_of(ctx, name, helper):
                through = Write(site, f"{what} in {name}()", "queue", receiver, False)
                found.append((through, (site, how)))
    return found


def _confirmed_publish_before(ctx: JsContext, call: Node) -> bool:
    """An earlier publish of the same function was awaited (``await js.publish(subject, data)``,
    JetStream): the answer is about that one, and ``call`` is a side notification."""
    function = ctx.enclosing_function(call)
    return any(
        other.end_byte <= call.start_byte
        and callee_name(ctx, other) in ("publish", "send", "sendToQueue")
        and ctx.enclosing_function(other) == function
        and fate_of(ctx, other).kind == "awaited"
        for other in ctx.index.calls
    )


PUBLISHING = re.compile(rb"sendToQueue|Channel\(|\.publish\(|\backs\s*:\s*0\b")
# ``const nc = await connect({ servers })`` / ``nats.connect(…)`` from "nats" / "@nats-io/…".
NATS_CONNECTION = re.compile(
    rb"(?<![\w$])([\w$]+)\s*(?::[^=;]+)?=\s*(?:await\s+)?([\w$]+)(?:\.connect)?\s*\("
)
KAFKA_NO_ACKS = re.compile(r"\backs\s*:\s*0\b")


def _unconfirmed(
    ctx: JsContext,
    call: Node,
    method: str,
    receiver: str,
    plain: dict[str, bool],
    nats: set[str],
) -> str | None:
    """How the publish ``call`` goes unconfirmed, or None if something waits for its confirm."""
    name = last_segment(receiver)
    args = arguments_of(call)
    # Ex) await producer.send({ topic: "orders", acks: 0, messages })
    if method in ("send", "sendBatch") and args and KAFKA_NO_ACKS.search(ctx.text_of(args[0])):
        return "sent with `acks: 0`, so no broker ever confirms it (use the default `acks: -1`)"
    # Ex) nc.publish("orders.created", codec.encode(order))
    if method == "publish" and name in nats and args:
        return (
            "published on core NATS, which stores and confirms nothing: with no subscriber "
            "connected at that moment it is dropped (use JetStream: `await js.publish(…)`)"
        )
    if method == "sendToQueue":
        content = 1
    elif method == "publish" and len(args) >= 3 and (name in plain or AMQP_NAME.match(name)):
        content = 2  # Ex) channel.publish("orders", "order.created", Buffer.from(…))
    else:
        return None
    if len(args) <= content or re.search(r"replyTo", ctx.text_of(args[0]), re.IGNORECASE):
        return None  # Ex) an RPC reply to msg.properties.replyTo: not the request's data
    if plain.get(name, False):
        return (
            "published on a plain amqplib channel (`createChannel()`), which never confirms it "
            "(use `createConfirmChannel()` and `await waitForConfirms()`)"
        )
    if _confirmed(ctx, call, receiver, args):
        return None
    return (
        "published without waiting for the broker to confirm it (no confirm callback, no "
        "`await waitForConfirms()`)"
    )


def _calls_of(ctx: JsContext, name: str, function: Node) -> list[Node]:
    """The calls of the local function ``name`` (``name(…)`` / ``this.name(…)``) outside it."""
    return [
        call
        for call in ctx.index.calls
        if ctx.text_of(call.child_by_field_name("function")) in (name, f"this.{name}")
        and not function.start_byte <= call.start_byte < function.end_byte
    ]


def _confirmed(ctx: JsContext, call: Node, receiver: str, args: list[Node]) -> bool:
    """The publish waits for its confirm: a callback argument (``(err) => …``), the promise of
    a confirming wrapper awaited or returned (amqp-connection-manager's ``ChannelWrapper``), or
    ``await channel.waitForConfirms()`` later in the same function."""
    if args[-1].type in CALLBACKS or fate_of(ctx, call).kind in ("awaited", "returned", "yielded"):
        return True
    function = ctx.enclosing_function(call)
    end = function.end_byte if function is not None else len(ctx.source)
    waits = rb"\bawait\s+" + re.escape(receiver.encode()) + rb"\s*\.\s*waitForConfirms\s*\("
    return re.search(waits, ctx.source[call.end_byte : end]) is not None


def _stores_nothing_itself(ctx: JsContext, function: Node, writes: list[Write], emit: Node) -> bool:
    """No write in ``function`` and nothing awaited but the request body."""
    if any(function.start_byte <= w.node.start_byte < function.end_byte for w in writes):
        return False
    body = ctx.source[function.start_byte : emit.start_byte].decode("utf-8", errors="replace")
    for line in re.findall(r"\b(?:await|yield\*?)\s[^;\n]*", body):
        if not BODY_READ.search(line):
            return False
    return True


def _calls_at(ctx: JsContext, pattern: re.Pattern[bytes]) -> list[Node]:
    """The calls whose callee ends where ``pattern`` matches (its group 1 is the name)."""
    calls: list[Node] = []
    for match in pattern.finditer(ctx.source):
        node = ctx.tree.root_node.descendant_for_byte_range(match.start(1), match.end(1))
        while node is not None and node.type in ("property_identifier", "identifier"):
            node = node.parent
        if node is not None and node.type == "member_expression":
            node = node.parent
        if node is not None and node.type == "call_expression":
            calls.append(node)
    return calls


def _awaited_write_before(ctx: JsContext, writes: list[Write], call: Node) -> bool:
    """The emitting function stored its own data first (``await repo.save(u); emit(…)``):
    the answer is about that write, and the listener's is a side effect."""
    function = ctx.enclosing_function(call)
    return any(
        w.node.start_byte < call.start_byte
        and ctx.enclosing_function(w.node) == function
        and fate_of(ctx, w.node).kind == "awaited"
        for w in writes
    )


def _write_in(writes: list[Write], function: Node) -> Write | None:
    return next(
        (w for w in writes if function.start_byte <= w.node.start_byte < function.end_byte), None
    )


def _statement_of(node: Node) -> Node | None:
    current = node
    while current.parent is not None and current.type not in (
        "expression_statement",
        "lexical_declaration",
    ):
        if current.type in (
            "arrow_function",
            "function_expression",
            "function_declaration",
            "method_definition",
        ):
            return None
        current = current.parent
    return current if current.type in ("expression_statement", "lexical_declaration") else None


def _claiming_response(ctx: JsContext, handler: Handler, write: Write) -> Node | None:
    """The first response in ``handler`` that claims success with the data stored."""
    function = handler.function
    for match in RESPONSE.finditer(ctx.source, function.start_byte, function.end_byte):
        node = ctx.tree.root_node.descendant_for_byte_range(match.start(), match.start() + 1)
        node = _outermost_expression(node)
        if node is None:
            continue
        text = ctx.text_of(node)
        if CLAIMS_SAVED.search(text) and not HONEST.search(text):
            return node
    if handler.framework in ("nest", "lambda", "action", "rpc"):
        for match in re.finditer(
            rb"\breturn\s+\{", ctx.source[function.start_byte : function.end_byte]
        ):
            start = function.start_byte + match.start()
            node = _outermost_expression(
                ctx.tree.root_node.descendant_for_byte_range(start, start + 1)
            )
            if (
                node is not None
                and CLAIMS_SAVED.search(ctx.text_of(node))
                and not HONEST.search(ctx.text_of(node))
            ):
                return node
    if handler.framework == "nest":
        return _nest_created(ctx, function)
    if handler.framework == "rpc":
        # Ex) @Mutation(() => Boolean) castVote(…) { …; return true }
        for match in re.finditer(
            rb"\breturn\s+true\b", ctx.source[function.start_byte : function.end_byte]
        ):
            start = function.start_byte + match.start()
            node = ctx.tree.root_node.descendant_for_byte_range(start, start + 1)
            if node is not None and node.parent is not None:
                return node.parent
    return _redirect_success(ctx, handler) or _implicit_success(ctx, handler, write)


# Post/Redirect/Get: a form action or POST route that redirects tells the browser "done".
REDIRECT = re.compile(
    rb"(?:\b(?:res|reply|c|ctx|Response|NextResponse)\s*\.\s*|(?<![\w$.]))redirect\s*\("
)
# ``if (!user) return redirect("/login")``: a guard, not the answer to the post.
GUARD = re.compile(r"log-?in|sign-?(in|up)|auth|forbidden|unauthori", re.IGNORECASE)


def _redirect_success(ctx: JsContext, handler: Handler) -> Node | None:
    """A Remix/React Router/SvelteKit/Next.js action or a POST/PUT/PATCH route that stores
    nothing itself and answers with a redirect (``return redirect(`/posts/${slug}`)``,
    ``res.redirect(303, "/done")``): after a form post, the redirect is the success page."""
    function = handler.function
    if handler.framework != "action" and not _write_route(ctx, function):
        return None
    if any(
        ctx.enclosing_function(w.node) == function
        and fate_of(ctx, w.node).kind in ("awaited", "returned", "yielded")
        for w in ctx.writes.all()
    ):
        return None  # the redirect follows the awaited write; a deferred one is a side effect
    for match in REDIRECT.finditer(ctx.source, function.start_byte, function.end_byte):
        node = _outermost_expression(
            ctx.tree.root_node.descendant_for_byte_range(match.start(), match.start() + 1)
        )
        if node is None or ctx.enclosing_function(node) != function:
            continue
        text = ctx.text_of(node)
        if not FAILURE.search(text) and not HONEST.search(text) and not GUARD.search(text):
            return node
    return None


FAILURE = re.compile(r"\b[45]\d\d\b|error|fail|invalid|denied|not ?found|forbidden", re.I)
WRITE_ROUTES = frozenset({"post", "put", "patch", "delete"})
SUCCESS_STATUS = re.compile(r"\b20[0-4]\b")


def _implicit_success(ctx: JsContext, handler: Handler, write: Write) -> Node | None:
    """A POST/PUT/PATCH handler that stores nothing before it answers and sends back the very
    record it deferred (``setImmediate(() => Bookmark.create(b)); res.json(b)``) or an explicit
    success status (``res.sendStatus(204)``): the client takes it as "stored"."""
    function = handler.function
    if not _write_route(ctx, function):
        return None
    if any(
        ctx.enclosing_function(w.node) == function
        and fate_of(ctx, w.node).kind in ("awaited", "returned", "yielded")
        for w in ctx.writes.all()
    ):
        return None  # the answer is about the awaited write; a deferred one is a side effect
    for match in RESPONSE.finditer(ctx.source, function.start_byte, function.end_byte):
        node = ctx.tree.root_node.descendant_for_byte_range(match.start(), match.start() + 1)
        node = _outermost_expression(node)
        if node is None or ctx.enclosing_function(node) != function:
            continue
        text = ctx.text_of(node)
        if HONEST.search(text) or FAILURE.search(text):
            continue
        # Ex) res.sendStatus(204) / reply.code(200).send() after a deferred write
        if _echoed_record(ctx, node, write) or SUCCESS_STATUS.search(text):
            return node
    return None


def _echoed_record(ctx: JsContext, response: Node, write: Write) -> bool:
    """``res.json(bookmark)`` / ``Response.json({ ...comment })`` where the write stores
    ``bookmark`` itself (``Bookmark.create(bookmark)``, ``values(comment)``)."""
    call = response
    while call.type in ("return_statement", "await_expression") and call.named_children:
        call = call.named_children[0]
    if call.type == "assignment_expression":  # Ex) ctx.body = order   (Koa)
        first = ctx.text_of(call.child_by_field_name("right"))
    elif call.type == "call_expression" and arguments_of(call):
        first = ctx.text_of(arguments_of(call)[0])
    else:
        return False
    name = re.fullmatch(r"\{?\s*(?:\.\.\.)?([A-Za-z_$][\w$]*)\s*\}?", first)
    if name is None:
        return False
    whole = rb"(?<![\w$.])" + re.escape(name.group(1).encode()) + rb"(?![\w$]|\s*[.\[(])"
    return re.search(whole, ctx.source[write.node.start_byte : write.node.end_byte]) is not None


def _write_route(ctx: JsContext, function: Node) -> bool:
    """``app.post("/x", fn)`` / ``router.put(…)`` / ``app.delete(…)`` / ``export async function POST``."""
    if ctx.binding_name(function) in ("POST", "PUT", "PATCH", "DELETE"):
        return True
    parent = function.parent
    if parent is None or parent.type != "arguments" or parent.parent is None:
        return False
    callee = parent.parent.child_by_field_name("function")
    if callee is None or callee.type != "member_expression":
        return False
    return ctx.text_of(callee.child_by_field_name("property")) in WRITE_ROUTES


NEST_WRITE_ROUTE = re.compile(r"^@(Post|Put|Patch)\b")
NEST_STATUS = re.compile(r"^@HttpCode\(\s*(?:HttpStatus\.)?(\w+)")


def _nest_created(ctx: JsContext, function: Node) -> Node | None:
    """A NestJS ``@Post()``/``@Put()``/``@Patch()`` method answers 201/200 with whatever it
    returns (unless ``@HttpCode(202)``/``ACCEPTED``): its ``return x`` claims the save."""
    decorators: list[str] = []
    sibling = function.prev_named_sibling
    while sibling is not None and sibling.type == "decorator":
        decorators.append(ctx.text_of(sibling))
        sibling = sibling.prev_named_sibling
    decorators += [ctx.text_of(c) for c in function.children if c.type == "decorator"]
    if not any(NEST_WRITE_ROUTE.match(d) for d in decorators):
        return None
    for decorator in decorators:
        status = NEST_STATUS.match(decorator)
        if status is not None and (HONEST.search(status.group(1)) or status.group(1) == "204"):
            return None
    body = function.child_by_field_name("body")
    if body is None:
        return None
    for match in re.finditer(rb"\breturn\s+[^;\s]", ctx.source[body.start_byte : body.end_byte]):
        start = body.start_byte + match.start()
        node = ctx.tree.root_node.descendant_for_byte_range(start, start + 1)
        while node is not None and node.type != "return_statement":
            node = node.parent
        if node is not None and ctx.enclosing_function(node) == function:
            value = node.named_children[0] if node.named_children else None
            if value is not None and not HONEST.search(ctx.text_of(value)):
                return value
    return None


def _outermost_expression(node: Node | None) -> Node | None:
    current = node
    while (
        current is not None
        and current.parent is not None
        and current.parent.type
        in (
            "member_expression",
            "call_expression",
            "new_expression",
            "await_expression",
        )
    ):
        current = current.parent
    while current is not None and current.type not in (
        "call_expression",
        "new_expression",
        "return_statement",
        "await_expression",
        "assignment_expression",
    ):
        current = current.parent
        if current is not None and current.type in ("statement_block", "program"):
            return None
    return current


def _short(ctx: JsContext, node: Node) -> str:
    text = " ".join(ctx.text_of(node).split())
    return text if len(text) <= 60 else text[:57] + "…"
