"""Does an error handler do anything but log? Shared by LW001, LW004 and LW007.

A handler *swallows* the error when its body is empty, returns nothing useful (``null``,
``undefined``, ``Effect.void``), or only calls a logger (``console.*``, ``logger?.warn``,
``this.log.error``, ``req.log.info``, ``Effect.logWarning``, a ``debug("app")`` logger…). Re-throwing,
returning a value, calling ``next(err)``/``reject``, answering an error response, recording a
metric, retrying or enqueueing is handling; so is anything we do not recognise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lostwrite.detectors.js.writes import dotted, last_segment

if TYPE_CHECKING:
    from tree_sitter import Node

    from lostwrite.detectors.js.context import JsContext

LOG_METHODS = frozenset(
    {"warn", "warning", "info", "log", "debug", "trace", "error", "fatal", "critical", "notice"}
)
ERROR_LEVELS = frozenset({"error", "fatal", "critical"})
REPORTERS = frozenset(
    {"captureException", "captureMessage", "captureError", "notify", "noticeError", "setFailed"}
)
# Logger objects whose name does not say "log": ``consola.error(…)``, ``winston.error(…)``.
LOGGER_OBJECTS = frozenset({"console", "Effect", "consola", "winston", "signale", "rollbar"})
FUNCTION_TYPES = frozenset({"arrow_function", "function_expression", "function"})


@dataclass(frozen=True, slots=True)
class Swallow:
    """An error handler that only logs (``level`` is its highest log level, or ``none``)."""

    level: str  # "error", "warn" (warn/info/log/debug…) or "none" (empty / ignores it)
    node: Node  # the handler (callback or catch clause)

    @property
    def describe(self) -> str:
        if self.level == "none":
            return "ignored"
        if self.level == "error":
            return "only logged"
        return "only logged at a low level"


def log_level(ctx: JsContext, call: Node) -> str:
    """``error``/``warn`` when ``call`` is a logging call, else ''."""
    function = call.child_by_field_name("function")
    if function is None:
        return ""
    name = dotted(ctx, function) or ctx.text_of(function).replace("?.", ".")
    method = last_segment(name)
    receiver = name.rsplit(".", 1)[0] if "." in name else ""
    if method in REPORTERS or name == "process.stderr.write":
        return "error"  # Ex) process.stderr.write(`import failed: ${err}\n`)
    if method in LOG_METHODS and (
        receiver in LOGGER_OBJECTS or re.search(r"log", receiver, re.IGNORECASE) or not receiver
    ):
        if (
            not receiver
            and method not in ("warn", "error", "debug", "info", "trace")
            and not debug_logger(ctx, method)
        ):
            return ""
        return "error" if method in ERROR_LEVELS else "warn"
    # Ex) const log = debug("billing:audit"); … log("audit write failed %o", err)
    if not receiver and debug_logger(ctx, method):
        return "warn"
    if re.fullmatch(r"(log|logger)(Error|Warn|Warning|Info|Debug)?", method):
        return "error" if method.endswith("Error") else "warn"
    return ""


def debug_logger(ctx: JsContext, name: str) -> bool:
    """``name`` is a ``debug`` package logger: ``const log = debug("app:db")`` (or
    ``require("debug")("app")``), which prints nothing unless ``DEBUG`` is set."""
    if not re.fullmatch(r"[\w$]+", name) or b"debug" not in ctx.source:
        return False
    declared = re.search(
        rb"\b(?:const|let|var)\s+"
        + re.escape(name.encode())
        + rb"\s*=\s*(?:([\w$]+)|require\(\s*['\"]debug['\"]\s*\))\s*\(",
        ctx.source,
    )
    if declared is None:
        return False
    factory = declared.group(1)
    return factory is None or ctx.index.module_of(factory.decode()) == "debug"


def block_swallows(ctx: JsContext, block: Node) -> Swallow | None:
    """A statement block (``if (error) { … }``) that only logs, or None."""
    if block.type != "statement_block":
        level = _single_level(ctx, block)
        return Swallow(level, block) if level else None
    level = _block_level(ctx, block)
    return Swallow(level, block) if level else None


def swallows(ctx: JsContext, handler: Node) -> Swallow | None:
    """For a ``.catch(cb)`` callback or a ``catch (e) {…}`` clause: the swallow, or None."""
    # Ex) .catch(console.warn)
    if handler.type in ("member_expression", "identifier"):
        name = dotted(ctx, handler)
        if name in ("noop", "_.noop", "Effect.ignore"):
            return Swallow("none", handler)
        if name == "Effect.ignoreLogged":
            return Swallow("warn", handler)
        if last_segment(name) in LOG_METHODS and (
            name.startswith("console") or "log" in name.lower()
        ):
            return Swallow("error" if last_segment(name) in ERROR_LEVELS else "warn", handler)
        return None
    if handler.type in FUNCTION_TYPES:
        body = handler.child_by_field_name("body")
        if body is None:
            return None
        if body.type != "statement_block":
            # Ex) .catch(() => null) / .catch((e) => console.warn(e))
            if body.type in (
                "null",
                "undefined",
                "true",
                "false",
                "number",
                "string",
                "object",
                "array",
            ):
                return Swallow("none", handler) if body.type in ("null", "undefined") else None
            if body.type == "call_expression":
                level = log_level(ctx, body) or _empty_effect(ctx, body)
                return Swallow(level, handler) if level else None
            if body.type == "member_expression" and ctx.text_of(body) in (
                "Effect.void",
                "Effect.unit",
            ):
                return Swallow("none", handler)  # Effect.catchAll(() => Effect.void)
            return None
        level = _block_level(ctx, body)
        return Swallow(level, handler) if level else None
    if handler.type == "catch_clause":
        body = handler.child_by_field_name("body")
        level = _block_level(ctx, body) if body is not None else ""
        return Swallow(level, handler) if level else None
    return None


def _block_level(ctx: JsContext, block: Node) -> str:
    """``error``/``warn``/``none`` if every statement only logs, else ''."""
    level = "none"
    for statement in block.named_children:
        if statement.type == "comment" or statement.type == "empty_statement":
            continue
        if statement.type == "return_statement" and (
            not statement.named_children
            or statement.named_children[0].type in ("null", "undefined")
        ):
            continue  # Ex) console.warn(e); return null   -- a default, not a failure
        if statement.type in ("return_statement", "expression_statement") and _success_answer(
            ctx, statement
        ):
            continue  # Ex) console.warn(e); res.json({ ok: true })   -- success anyway
        if statement.type == "return_statement":
            found = _single_level(ctx, statement)  # Ex) return logger.warn(e)
            if found:
                level = _max_level(level, found)
                continue
        if statement.type == "expression_statement" and statement.named_children:
            expression = statement.named_children[0]
            if expression.type == "await_expression" and expression.named_children:
                expression = expression.named_children[0]
            if expression.type == "call_expression":
                found = log_level(ctx, expression)
                if found:
                    level = _max_level(level, found)
                    continue
            return ""
        if statement.type == "if_statement":
            consequence = statement.child_by_field_name("consequence")
            if statement.child_by_field_name("alternative") is None and consequence is not None:
                inner = (
                    _block_level(ctx, consequence)
                    if consequence.type == "statement_block"
                    else _single_level(ctx, consequence)
                )
                if inner:
                    level = _max_level(level, inner)
                    continue
            return ""
        if statement.type in ("lexical_declaration", "variable_declaration"):
            text = ctx.text_of(statement)
            if re.search(
                r"\b(message|msg|error|err|details?|reason)\b", text
            ) and "(" not in text.split("=", 1)[-1].replace("String(", ""):
                continue  # const msg = err instanceof Error ? err.message : String(err)
            return ""
        return ""
    return level


SUCCESS_ANSWER = re.compile(
    r"^(?:return\s+)?(?:await\s+)?(?:(?:res|reply|response|c)\.(?:status\(\s*20[0-4]\s*\)\.)?"
    r"(?:json|send|sendStatus|text)|Response\.json|NextResponse\.json)\("
)
FAILURE_WORDS = re.compile(r"\b[45]\d\d\b|error|fail|problem|unavailable|\bfalse\b", re.IGNORECASE)


def _success_answer(ctx: JsContext, statement: Node) -> bool:
    """``res.json({ ok: true })`` / ``return c.json(order)``: the failure answered as success."""
    text = ctx.text_of(statement)
    return SUCCESS_ANSWER.match(text) is not None and FAILURE_WORDS.search(text) is None


def _empty_effect(ctx: JsContext, call: Node) -> str:
    """``Effect.succeed(null)``: the failure replaced by an empty value."""
    function = call.child_by_field_name("function")
    if function is None or ctx.text_of(function) != "Effect.succeed":
        return ""
    arguments = call.child_by_field_name("arguments")
    values = arguments.named_children if arguments is not None else []
    return "none" if len(values) == 1 and values[0].type in ("null", "undefined") else ""


def _single_level(ctx: JsContext, statement: Node) -> str:
    # Ex) if (error) return console.error(error)
    if statement.type in ("expression_statement", "return_statement") and statement.named_children:
        expression = statement.named_children[0]
        if expression.type == "call_expression":
            return log_level(ctx, expression)
    return ""


def _max_level(a: str, b: str) -> str:
    order = {"none": 0, "warn": 1, "error": 2}
    return a if order[a] >= order[b] else b
