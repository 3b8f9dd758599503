"""Which functions are HTTP request handlers (the code path whose return is the response).

Recognised: FastAPI/Starlette routes (``@app.post``, ``@router.api_route``, ``Route(path,
endpoint)``, ``HTTPEndpoint`` methods), Flask/Quart (``@app.route``, ``@bp.post``,
``add_url_rule``, ``MethodView``), Django (function views taking ``request`` in a views module
or under a view decorator, class-based ``View``/DRF ``APIView``/``ViewSet`` methods), aiohttp
(``@routes.post``, ``router.add_post``, ``web.post``, ``web.View``), Litestar (``@post``,
``@get`` … from ``litestar``), Sanic (``@app.post``, ``HTTPMethodView``), Tornado
``RequestHandler`` methods, Falcon responders (``on_post(self, req, resp)``), Bottle
(``@post``, ``@route(method=...)``), Pyramid (``@view_config``) and Django Ninja
(``@api.post``), gRPC servicer methods (``def CreateUser(self, request, context)``); also
any function whose first parameter is annotated with a framework
``Request`` type.

API::

    handler_index(ctx)             # HandlerIndex, built once per file
    index.handler(fn)              # Handler | None for a function node
    index.enclosing(node)          # Handler | None for the nearest function around ``node``
    Handler.function / .framework / .method / .status / .describe()
    success_status(handler)        # the 2xx it declares (route or returned response), else 200
    success_text(handler)          # "HTTP 201" / "an OK reply" (gRPC), for messages
    returned_statuses(handler)     # statuses its responses declare, in source order
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from lostwrite.detectors.python.context import PythonContext
from lostwrite.detectors.python.semantic import FunctionNode, SemanticModel, dotted

ROUTE_VERBS = frozenset(("get", "post", "put", "patch", "delete", "head", "options"))
ROUTE_DECORATORS = ROUTE_VERBS | {"route", "api_route", "view", "endpoint"}
ROUTER_WORDS = re.compile(
    r"^_?(app|application|api|router|routes|route|bp|blueprint|web|server|v\d+|"
    r"\w+_(router|app|api|bp|blueprint|routes))$",
    re.IGNORECASE,
)
FRAMEWORK_ROOTS = {
    "fastapi": "FastAPI",
    "starlette": "Starlette",
    "flask": "Flask",
    "quart": "Quart",
    "django": "Django",
    "rest_framework": "Django REST framework",
    "aiohttp": "aiohttp",
    "litestar": "Litestar",
    "sanic": "Sanic",
    "tornado": "Tornado",
    "falcon": "Falcon",
    "bottle": "Bottle",
    "pyramid": "Pyramid",
    "ninja": "Django Ninja",
    "blacksheep": "BlackSheep",
}
# Falcon responders: on_post(self, req, resp) / on_put_item(self, req, resp, item_id)
FALCON_RESPONDER = re.compile(r"^on_(get|post|put|patch|delete)(?:_\w+)?$")
VIEW_DECORATORS = frozenset(
    (
        "require_POST",
        "require_GET",
        "require_safe",
        "require_http_methods",
        "api_view",
        "csrf_exempt",
        "login_required",
        "permission_required",
        "action",
        "view_config",
    )
)
VIEW_BASES = frozenset(
    (
        "View",
        "APIView",
        "GenericAPIView",
        "CreateAPIView",
        "UpdateAPIView",
        "ViewSet",
        "ModelViewSet",
        "GenericViewSet",
        "HTTPEndpoint",
        "MethodView",
        "HTTPMethodView",
        "RequestHandler",
        "Controller",
        "TemplateView",
        "FormView",
        "CreateView",
        "UpdateView",
        "DeleteView",
    )
)
VIEW_METHODS = ROUTE_VERBS | {
    "create",
    "update",
    "partial_update",
    "destroy",
    "perform_create",
    "perform_update",
    "perform_destroy",
    "form_valid",
    "dispatch",
}
REQUEST_TYPES = frozenset(
    (
        "fastapi.Request",
        "starlette.requests.Request",
        "aiohttp.web.Request",
        "aiohttp.web_request.Request",
        "django.http.HttpRequest",
        "rest_framework.request.Request",
        "sanic.Request",
        "sanic.request.Request",
        "litestar.Request",
        "quart.Request",
    )
)
REGISTRARS = frozenset(
    (
        "add_url_rule",
        "add_api_route",
        "add_route",
        "add_post",
        "add_get",
        "add_put",
        "add_patch",
        "add_delete",
        "add_api_view",
    )
)
RESPONSE_FACTORIES = frozenset(("jsonify", "json", "text", "html", "redirect", "render"))
STARLETTE_ROUTES = frozenset(("Route", "route", "post", "get", "put", "patch", "delete", "path"))


@dataclass(frozen=True, slots=True)
class Handler:
    """A request handler: the function, its framework, HTTP method and declared status."""

    function: FunctionNode
    framework: str
    method: str = ""
    status: int | None = None

    def describe(self) -> str:
        """``POST handler create_order()`` / ``request handler track()``."""
        kind = f"{self.method} handler" if self.method else "request handler"
        return f"{kind} {self.function.name}()"


class HandlerIndex:
    """The request handlers of one file."""

    def __init__(self, ctx: PythonContext) -> None:
        self.ctx = ctx
        self.model: SemanticModel = ctx.model
        self._handlers: dict[FunctionNode, Handler | None] = {}
        self._registered: dict[str, str] | None = None
        self._views_module = bool(re.search(r"(^|[/\\])views?(\.py$|[/\\])", ctx.path))

    def handler(self, fn: FunctionNode | None) -> Handler | None:
        """The handler ``fn`` is, judged on first request and cached."""
        if fn is None:
            return None
        if fn not in self._handlers:
            self._handlers[fn] = self._judge(fn)
        return self._handlers[fn]

    def enclosing(self, node: ast.AST) -> Handler | None:
        return self.handler(self.model.enclosing_function(node))

    # -- registrations by reference: Route("/x", endpoint), app.router.add_post("/x", fn) --

    def _registrations(self) -> dict[str, str]:
        if self._registered is None:
            self._registered = {}
            self._collect_registrations(self._registered)
        return self._registered

    def _collect_registrations(self, registered: dict[str, str]) -> None:
        for call in self.model.of_type(ast.Call):
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in REGISTRARS or (
                name in STARLETTE_ROUTES
                and call.args
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
                and len(call.args) >= 2
                and self._framework_of(func)
            ):
                target: ast.expr | None = None
                for keyword in call.keywords:
                    if keyword.arg in ("view_func", "endpoint", "handler"):
                        target = keyword.value
                if target is None and len(call.args) >= 2:
                    target = call.args[-1]
                if isinstance(target, ast.Name):
                    method = name[4:].upper() if name.startswith("add_") else ""
                    if method in ("ROUTE", "URL_RULE", "API_ROUTE", "API_VIEW"):
                        method = ""
                    registered[target.id] = method or _methods_keyword(call)

    # -- judging one function --

    def _judge(self, fn: FunctionNode) -> Handler | None:
        model = self.model
        for decorator in fn.decorator_list:
            found = self._from_decorator(fn, decorator)
            if found is not None:
                return found
        if isinstance(model.parent(fn), ast.Module):
            registered = self._registrations()
            if fn.name in registered:
                return Handler(fn, self._framework() or "web", registered[fn.name])
        cls = model.parent(fn)
        # Ex) class OrderResource: def on_post(self, req, resp): ...  (Falcon)
        responder = FALCON_RESPONDER.match(fn.name)
        if isinstance(cls, ast.ClassDef) and responder is not None:
            names = [a.arg for a in fn.args.args[1:3]]
            if names[:1] in (["req"], ["request"]) and len(names) == 2:
                return Handler(fn, self._framework() or "Falcon", responder.group(1).upper())
        if isinstance(cls, ast.ClassDef) and fn.name in VIEW_METHODS:
            for base in cls.bases:
                base_name = dotted(base).split(".")[-1]
                if base_name in VIEW_BASES or base_name.endswith(("View", "ViewSet", "Endpoint")):
                    method = fn.name.upper() if fn.name in ROUTE_VERBS else ""
                    if fn.name in ("create", "perform_create"):  # DRF: 201 Created
                        return Handler(fn, self._framework() or "web", "POST", 201)
                    return Handler(fn, self._framework() or "web", method)
        # Ex) class UserService(users_pb2_grpc.UserServiceServicer): def CreateUser(self,
        #     request, context): ... return CreateUserReply(ok=True)  (gRPC: the reply is OK)
        if isinstance(cls, ast.ClassDef) and any(
            dotted(base).endswith("Servicer") for base in cls.bases
        ):
            names = [a.arg for a in fn.args.args]
            if len(names) == 3 and names[2] in ("context", "ctx") and fn.name[:1].isupper():
                return Handler(fn, "gRPC", "RPC")
        params = fn.args.posonlyargs + fn.args.args
        if params and params[0].arg in ("self", "cls"):
            params = params[1:]
        if params:
            first = params[0]
            if first.annotation is not None:
                resolved = model.resolve(first.annotation) or ""
                if resolved in REQUEST_TYPES:
                    return Handler(fn, FRAMEWORK_ROOTS[resolved.split(".")[0]])
            if (
                first.arg == "request"
                and self._views_module
                and model.enclosing_function(fn) is None
                and not fn.name.startswith("_")
            ):
                return Handler(fn, "Django")
            # Ex) async def signup(request): ... return JSONResponse(...)  (routed elsewhere)
            if first.arg in ("request", "req") and _returns_response(fn):
                return Handler(fn, self._framework() or "web")
        return None

    def _from_decorator(self, fn: FunctionNode, decorator: ast.expr) -> Handler | None:
        model = self.model
        call = decorator if isinstance(decorator, ast.Call) else None
        func = call.func if call is not None else decorator
        resolved = model.resolve(func) or ""
        root = resolved.split(".")[0]
        last = resolved.split(".")[-1] if resolved else dotted(func).split(".")[-1]
        # Ex) @post("/orders") (Litestar) / @api_view(["POST"]) (DRF) / @require_POST (Django)
        if root in FRAMEWORK_ROOTS and (last in ROUTE_DECORATORS or last in VIEW_DECORATORS):
            method = last.upper() if last in ROUTE_VERBS else ""
            if last == "require_POST":
                method = "POST"
            if call is not None and not method:
                method = _methods_keyword(call) or _methods_list(call)
            status = _status(call)
            if status is None and root == "litestar" and last == "post":
                status = 201  # Litestar's @post answers 201 Created by default
            return Handler(fn, FRAMEWORK_ROOTS[root], method, status)
        # Ex) @app.post("/judge") / @router.api_route(...) / @bp.route("/x", methods=["POST"])
        if isinstance(func, ast.Attribute) and func.attr in ROUTE_DECORATORS:
            owner = func.value
            owner_name = dotted(owner).split(".")[-1]
            path_like = (
                call is not None
                and call.args
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
                and call.args[0].value.startswith("/")
            )
            if call is not None and (ROUTER_WORDS.match(owner_name) or path_like):
                method = func.attr.upper() if func.attr in ROUTE_VERBS else _methods_keyword(call)
                framework = self._framework() or "web"
                return Handler(fn, framework, method, _status(call))
        return None

    def _framework_of(self, func: ast.expr) -> str:
        resolved = self.model.resolve(func) or ""
        return FRAMEWORK_ROOTS.get(resolved.split(".")[0], "")

    def _framework(self) -> str:
        """The web framework this module imports, if any (for messages)."""
        for target in self.model.imports.values():
            root = target.split(".")[0]
            if root in FRAMEWORK_ROOTS:
                return FRAMEWORK_ROOTS[root]
        return ""


def _returns_response(fn: FunctionNode) -> bool:
    """Does ``fn`` return an HTTP response object (``JSONResponse(...)``, ``jsonify(...)``)?"""
    for node in ast.walk(fn):
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Call):
            name = dotted(node.value.func).split(".")[-1]
            if name.endswith(("Response", "response")) or name in RESPONSE_FACTORIES:
                return True
    return False


def _methods_keyword(call: ast.Call) -> str:
    """``methods=["POST"]`` (Flask), ``method="POST"`` (Bottle), ``request_method="POST"``
    (Pyramid)."""
    for keyword in call.keywords:
        if (
            keyword.arg in ("method", "request_method")
            and isinstance(keyword.value, ast.Constant)
            and isinstance(keyword.value.value, str)
        ):
            return keyword.value.value.upper()
        if keyword.arg == "methods" and isinstance(keyword.value, ast.List | ast.Tuple | ast.Set):
            names = [
                e.value.upper()
                for e in keyword.value.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
            ]
            return "/".join(names)
    return ""


def _methods_list(call: ast.Call) -> str:
    if call.args and isinstance(call.args[0], ast.List | ast.Tuple):
        return "/".join(
            e.value.upper()
            for e in call.args[0].elts
            if isinstance(e, ast.Constant) and isinstance(e.value, str)
        )
    return ""


def _status(call: ast.Call | None) -> int | None:
    """A declared ``status_code=202`` / ``status.HTTP_202_ACCEPTED`` on the route decorator."""
    if call is None:
        return None
    for keyword in call.keywords:
        if keyword.arg == "status_code":
            return status_value(keyword.value)
    return None


def status_value(expr: ast.expr) -> int | None:
    """``202`` / ``status.HTTP_202_ACCEPTED`` / ``HTTPStatus.ACCEPTED`` -> 202."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, int):
        return expr.value
    name = dotted(expr)
    match = re.search(r"HTTP_(\d{3})", name)
    if match:
        return int(match.group(1))
    if name.endswith(("HTTPStatus.ACCEPTED", "status.ACCEPTED")):
        return 202
    if name.endswith("HTTPStatus.OK"):
        return 200
    if name.endswith("HTTPStatus.CREATED"):
        return 201
    return None


def handler_index(ctx: PythonContext) -> HandlerIndex:
    """The file's handler index, built once and shared by every detector."""
    index = ctx.__dict__.get("_handler_index")
    if index is None:
        index = HandlerIndex(ctx)
        ctx.__dict__["_handler_index"] = index
    return index


def success_status(handler: Handler) -> int:
    """The success status the handler declares: on the route, else in a response it returns."""
    for status in (handler.status, *returned_statuses(handler)):
        if status is not None and 200 <= status < 300:
            return status
    return 200


def success_text(handler: Handler) -> str:
    """How the handler says "done": ``HTTP 201``, or ``an OK reply`` for a gRPC method."""
    if handler.framework == "gRPC":
        return "an OK reply"
    return f"HTTP {success_status(handler)}"


def returned_statuses(handler: Handler) -> list[int]:
    """Statuses the handler's responses declare, in source order."""
    found: list[int | None] = []
    for node in ast.walk(handler.function):
        if isinstance(node, ast.Return) and node.value is not None:
            value = node.value
            # Ex) return jsonify(job), 202 (Flask)
            if isinstance(value, ast.Tuple) and len(value.elts) >= 2:
                found.append(status_value(value.elts[1]))
            # Ex) return JSONResponse(body, status_code=202) / web.json_response(x, status=202)
            if isinstance(value, ast.Call):
                found.extend(
                    status_value(k.value)
                    for k in value.keywords
                    if k.arg in ("status_code", "status")
                )
        # Ex) self.set_status(201) (Tornado) / response.set_status(201)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "set_status"
            and node.args
        ):
            found.append(status_value(node.args[0]))
        # Ex) response.status_code = 202 / resp.status = falcon.HTTP_201
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Attribute) and t.attr in ("status_code", "status")
            for t in node.targets
        ):
            found.append(status_value(node.value))
    return [status for status in found if status is not None]
