"""Spawn sites and handle fates (tasks.py) and request handlers (frameworks.py)."""

from __future__ import annotations

import ast
import textwrap

import pytest

from lostwrite.detectors.python.context import PythonContext
from lostwrite.detectors.python.frameworks import handler_index
from lostwrite.detectors.python.tasks import spawns
from lostwrite.scan.config import AnalysisOptions


def context(source: str, path: str = "example.py") -> PythonContext:
    source = textwrap.dedent(source).strip() + "\n"
    return PythonContext(path, source, ast.parse(source), AnalysisOptions(codes=frozenset()))


def fates(source: str) -> list[tuple[int, str, str]]:
    return [(s.call.lineno, s.spawner, s.fate.kind) for s in spawns(context(source))]


FATES = {
    "dropped": ("import asyncio\nasync def f(c):\n    asyncio.create_task(c)", "dropped"),
    "unused": ("import asyncio\nasync def f(c):\n    t = asyncio.create_task(c)", "unused"),
    "awaited later": (
        "import asyncio\nasync def f(c):\n    t = asyncio.create_task(c)\n    await t",
        "awaited",
    ),
    "gathered": (
        "import asyncio\nasync def f(cs):\n    ts = [asyncio.create_task(c) for c in cs]\n"
        "    await asyncio.gather(*ts)",
        "gathered",
    ),
    "kept in a set": (
        "import asyncio\nS = set()\nasync def f(c):\n    S.add(asyncio.create_task(c))",
        "kept",
    ),
    "done-callback that logs": (
        "import asyncio, logging\nasync def f(c):\n    t = asyncio.create_task(c)\n"
        "    t.add_done_callback(lambda t: logging.error('x', exc_info=t.exception()))",
        "kept-logged",
    ),
    "returned": ("import asyncio\ndef f(c):\n    return asyncio.ensure_future(c)", "returned"),
    "taskgroup": (
        "import asyncio\nasync def f(c):\n    async with asyncio.TaskGroup() as tg:\n"
        "        tg.create_task(c)",
        "taskgroup",
    ),
    "nursery": (
        "import trio\nasync def f(g):\n    async with trio.open_nursery() as n:\n"
        "        n.start_soon(g)",
        "taskgroup",
    ),
    "thread never joined": (
        "import threading\ndef f(g):\n    t = threading.Thread(target=g)\n    t.start()",
        "never-joined",
    ),
    "thread joined": (
        "import threading\ndef f(g):\n    t = threading.Thread(target=g)\n    t.start()\n"
        "    t.join()",
        "awaited",
    ),
    "executor future dropped": (
        "import asyncio\nasync def f(g):\n    asyncio.get_running_loop().run_in_executor(None, g)",
        "dropped",
    ),
    "background tasks": (
        "from fastapi import BackgroundTasks\nasync def f(g, bg: BackgroundTasks):\n"
        "    bg.add_task(g)",
        "deferred",
    ),
    "rebound before use": (
        "import asyncio\nasync def f(c, d):\n    t = asyncio.create_task(c)\n    t = d\n    await t",
        "unused",
    ),
    "only printed": (
        "import asyncio\nasync def f(c):\n    t = asyncio.create_task(c)\n    print(t)",
        "dropped",
    ),
}


@pytest.mark.parametrize("case", sorted(FATES))
def test_fates(case: str) -> None:
    source, fate = FATES[case]
    found = fates(source)
    assert len(found) == 1, found
    assert found[0][2] == fate


def test_aliased_create_task_is_a_spawn() -> None:
    source = "from asyncio import create_task as spawn\nasync def f(c):\n    spawn(c)"
    assert fates(source) == [(3, "asyncio.create_task", "dropped")]


def test_plain_start_and_submit_are_not_spawns() -> None:
    source = "def f(server, pool, job):\n    server.start()\n    pool.submit(job)"
    assert fates(source) == []


HANDLERS = {
    "fastapi": (
        "from fastapi import FastAPI\napp = FastAPI()\n@app.post('/x')\nasync def h(): ...",
        "POST handler h()",
    ),
    "flask route": (
        "from flask import Flask\napp = Flask(__name__)\n"
        "@app.route('/x', methods=['PUT'])\ndef h(): ...",
        "PUT handler h()",
    ),
    "litestar": (
        "from litestar import post\n@post('/x')\nasync def h() -> None: ...",
        "POST handler h()",
    ),
    "aiohttp table": (
        "from aiohttp import web\nroutes = web.RouteTableDef()\n"
        "@routes.delete('/x')\nasync def h(request): ...",
        "DELETE handler h()",
    ),
    "aiohttp router": (
        "from aiohttp import web\nasync def h(request): ...\n"
        "app = web.Application()\napp.router.add_patch('/x', h)",
        "PATCH handler h()",
    ),
    "django class view": (
        "from django.views import View\nclass V(View):\n    def post(self, request): ...",
        "POST handler post()",
    ),
    "starlette endpoint": (
        "from starlette.endpoints import HTTPEndpoint\n"
        "class E(HTTPEndpoint):\n    async def put(self, request): ...",
        "PUT handler put()",
    ),
    "request annotation": (
        "from starlette.requests import Request\nasync def h(request: Request): ...",
        "request handler h()",
    ),
}


@pytest.mark.parametrize("case", sorted(HANDLERS))
def test_handlers(case: str) -> None:
    source, described = HANDLERS[case]
    ctx = context(source)
    index = handler_index(ctx)
    found = [index.handler(fn) for fn in ctx.model.of_type(ast.AsyncFunctionDef)]
    found += [index.handler(fn) for fn in ctx.model.of_type(ast.FunctionDef)]
    assert [h.describe() for h in found if h is not None] == [described]


def test_django_function_view_needs_a_views_module() -> None:
    source = "def detail(request, pk): ..."
    ctx = context(source, path="shop/views.py")
    [fn] = ctx.model.of_type(ast.FunctionDef)
    assert handler_index(ctx).handler(fn) is not None
    ctx = context(source, path="shop/helpers.py")
    [fn] = ctx.model.of_type(ast.FunctionDef)
    assert handler_index(ctx).handler(fn) is None


def test_helper_functions_are_not_handlers() -> None:
    source = "from fastapi import FastAPI\napp = FastAPI()\nasync def load(user_id): ..."
    ctx = context(source)
    [fn] = ctx.model.of_type(ast.AsyncFunctionDef)
    assert handler_index(ctx).handler(fn) is None
