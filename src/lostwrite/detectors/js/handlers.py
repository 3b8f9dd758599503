"""Request handlers and their background hooks: Hono, Express, Fastify, Koa, Next.js (route
handlers and ``"use server"`` actions), Remix/React Router and SvelteKit form actions, NestJS,
Cloudflare Workers and AWS Lambda.

``handler_of`` finds the request handler a node runs in; ``wait_until_for`` says which
``waitUntil`` would keep a background promise alive there (``c.executionCtx.waitUntil`` in
Hono, ``ctx.waitUntil`` in a Workers ``fetch``, ``event.waitUntil`` for a ``FetchEvent``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tree_sitter import Node

    from lostwrite.detectors.js.context import JsContext

NEXT_ROUTE_NAMES = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
NEST_DECORATOR = re.compile(r"^@(Post|Put|Patch|Delete|Get|All|MessagePattern|EventPattern)\b")


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    type: str


@dataclass(frozen=True, slots=True)
class Handler:
    """A request handler: its function, framework and the names of its request objects."""

    function: Node
    framework: (
        str  # hono | express | fastify | koa | next | action | workers | nest | lambda | effect
    )
    context: str = ""  # Hono ``c``, Workers ``ctx``
    response: str = ""  # Express ``res`` / Fastify ``reply``


def params(ctx: JsContext, function: Node) -> list[Param]:
    single = function.child_by_field_name("parameter")
    if single is not None:
        return [Param(ctx.text_of(single), "")]
    node = function.child_by_field_name("parameters")
    if node is None:
        return []
    found: list[Param] = []
    for child in node.named_children:
        if child.type == "identifier":
            found.append(Param(ctx.text_of(child), ""))
        elif child.type in ("required_parameter", "optional_parameter"):
            pattern = child.child_by_field_name("pattern")
            annotation = child.child_by_field_name("type")
            name = ctx.text_of(pattern) if pattern is not None else ""
            found.append(Param(name, ctx.text_of(annotation).lstrip(": ").strip()))
        elif child.type == "assignment_pattern":
            found.append(Param(ctx.text_of(child.child_by_field_name("left")), ""))
        else:
            found.append(Param("", ""))
    return found


def _body(ctx: JsContext, function: Node) -> bytes:
    body = function.child_by_field_name("body")
    return ctx.source[body.start_byte : body.end_byte] if body is not None else b""


def classify_handler(ctx: JsContext, function: Node) -> Handler | None:
    """The handler ``function`` is, if it looks like one."""
    found = params(ctx, function)
    names = [p.name for p in found]
    body = _body(ctx, function)
    for p in found:
        # Ex) app.post("/x", async (c) => …) / (c: Context) => …
        if p.type.startswith("Context") or (
            p.name == "c"
            and re.search(rb"\bc\.(req|json|text|env|get|var|executionCtx|body|set)\b", body)
        ):
            return Handler(function, "hono", context=p.name)
    # Ex) export default { async fetch(request, env, ctx) { … } }
    if len(found) >= 3 and found[2].type.startswith("ExecutionContext"):
        return Handler(function, "workers", context=found[2].name)
    if ctx.binding_name(function) in ("fetch", "queue", "scheduled") and found:
        return Handler(function, "workers", context=found[2].name if len(found) >= 3 else "")
    for p in found:
        if p.type.startswith(("ExecutionContext", "FetchEvent")) or (
            p.name in ("ctx", "event", "context")
            and re.search(rb"\b" + p.name.encode() + rb"\.waitUntil\b", body)
        ):
            return Handler(function, "workers", context=p.name)
    # Ex) router.post("/orders", async (req, res) => …)
    if len(names) >= 2 and names[0] in ("req", "request") and names[1] in ("res", "response"):
        return Handler(function, "express", response=names[1])
    if len(names) >= 2 and names[1] == "reply":
        return Handler(function, "fastify", response="reply")
    # Ex) router.post("/orders", async (ctx, next) => { …; ctx.body = order })   (Koa)
    if names[:1] == ["ctx"] and re.search(rb"\bctx\.(body|status|request)\b", body):
        return Handler(function, "koa", response="ctx")
    # Ex) export async function POST(request: Request) { … }   (Next.js route handler)
    name = ctx.binding_name(function)
    # Ex) export const handler = async (event, context) => { … }   (AWS Lambda)
    if name in ("handler", "exports.handler", "module.exports.handler") and names[:1] == ["event"]:
        return Handler(function, "lambda")
    if name in NEXT_ROUTE_NAMES and _exported(function):
        return Handler(function, "next")
    # Ex) "use server"; export async function saveAddress(formData: FormData) { … }
    if _server_action(ctx, function):
        return Handler(function, "action")
    # Ex) export async function action({ request, context }) { … }   (Remix / React Router)
    #     export const actions = { default: async ({ request }) => { … } }   (SvelteKit)
    if _form_action(ctx, function):
        return Handler(function, "action")
    # Ex) HttpRouter.post("/orders", Effect.gen(function* () { … }))   (@effect/platform)
    if effect_route(ctx, function):
        return Handler(function, "effect")
    # Ex) @Post() async create(@Body() dto) { … }   (NestJS)
    if function.type == "method_definition":
        sibling = function.prev_named_sibling
        while sibling is not None and sibling.type == "decorator":
            if NEST_DECORATOR.match(ctx.text_of(sibling)):
                return Handler(function, "nest")
            sibling = sibling.prev_named_sibling
        if any(
            NEST_DECORATOR.match(ctx.text_of(c)) for c in function.children if c.type == "decorator"
        ):
            return Handler(function, "nest")
    return None


USE_SERVER = re.compile(rb"""\s*(?://[^\n]*\n\s*|/\*.*?\*/\s*)*['"]use server['"]""", re.DOTALL)


def _server_action(ctx: JsContext, function: Node) -> bool:
    """A Next.js server action: an exported async function of a ``"use server"`` module, or
    an async function whose body starts with ``"use server"``."""
    if not any(child.type == "async" for child in function.children):
        return False
    body = function.child_by_field_name("body")
    if body is not None and USE_SERVER.match(ctx.source, body.start_byte + 1):
        return True
    return _exported(function) and USE_SERVER.match(ctx.source) is not None


def _form_action(ctx: JsContext, function: Node) -> bool:
    """A Remix/React Router ``action`` or a SvelteKit form action: one destructured
    ``{ request, … }`` parameter."""
    found = params(ctx, function)
    if len(found) != 1 or not re.match(r"^\{[^}]*\brequest\b", found[0].name):
        return False
    if ctx.binding_name(function) == "action" and _exported(function):
        return True
    holder = function.parent.parent if function.parent is not None else None  # pair -> object
    declarator = holder.parent if holder is not None and holder.type == "object" else None
    return (
        declarator is not None
        and declarator.type == "variable_declarator"
        and ctx.text_of(declarator.child_by_field_name("name")) == "actions"
    )


EFFECT_ROUTES = frozenset({"get", "head", "post", "put", "patch", "del", "delete", "all"})


def effect_route(ctx: JsContext, function: Node) -> str:
    """``post`` for the generator of ``HttpRouter.post("/x", Effect.gen(function* () { … }))``."""
    parent = function.parent
    if parent is None or parent.type != "arguments" or parent.parent is None:
        return ""
    gen = parent.parent
    if ctx.text_of(gen.child_by_field_name("function")) != "Effect.gen":
        return ""
    outer = gen.parent
    if outer is None or outer.type != "arguments" or outer.parent is None:
        return ""
    callee = outer.parent.child_by_field_name("function")
    if callee is None or callee.type != "member_expression":
        return ""
    method = ctx.text_of(callee.child_by_field_name("property"))
    first = outer.named_children[0] if outer.named_children else None
    if method in EFFECT_ROUTES and first is not None and first.type == "string":
        return method
    return ""


def is_read_only_route(ctx: JsContext, handler: Handler) -> bool:
    """The handler serves a GET/HEAD request (``app.get("/x", …)``, ``export function GET``,
    ``@Get()``): its answer describes what was read, not a claim that data was stored."""
    function = handler.function
    if ctx.binding_name(function) in ("GET", "HEAD"):
        return True
    if handler.framework == "effect":
        return effect_route(ctx, function) in ("get", "head")
    parent = function.parent
    if parent is not None and parent.type == "arguments" and parent.parent is not None:
        callee = parent.parent.child_by_field_name("function")
        if callee is not None and callee.type == "member_expression":
            method = ctx.text_of(callee.child_by_field_name("property"))
            return method in ("get", "head")
    if function.type == "method_definition":
        sibling = function.prev_named_sibling
        while sibling is not None and sibling.type == "decorator":
            if ctx.text_of(sibling).startswith("@Get("):
                return True
            sibling = sibling.prev_named_sibling
    return False


def _exported(function: Node) -> bool:
    parent = function.parent
    while parent is not None and parent.type in ("variable_declarator", "lexical_declaration"):
        parent = parent.parent
    return parent is not None and parent.type == "export_statement"


def handler_of(ctx: JsContext, node: Node) -> Handler | None:
    """The nearest enclosing function that is a request handler."""
    function = ctx.enclosing_function(node)
    while function is not None:
        handler = classify_handler(ctx, function)
        if handler is not None:
            return handler
        function = ctx.enclosing_function(function)
    return None


def wait_until_for(ctx: JsContext, node: Node) -> str:
    """The ``waitUntil`` expression available where ``node`` runs, or ''."""
    handler = handler_of(ctx, node)
    if handler is None or not handler.context:
        return ""
    if handler.framework == "hono":
        return f"{handler.context}.executionCtx.waitUntil"
    if handler.framework == "workers":
        return f"{handler.context}.waitUntil"
    return ""
