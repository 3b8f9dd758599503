# positive LW001: Starlette endpoint fires an httpx POST to the profile store as a dropped task
# ruff: noqa: RUF006
"""Profile edge service: forwards profile edits to the profile store."""

import asyncio
import os

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

STORE_URL = os.environ.get("PROFILE_STORE_URL", "http://profile-store:8080")
client = httpx.AsyncClient(base_url=STORE_URL, timeout=5.0)


async def get_profile(request: Request) -> JSONResponse:
    resp = await client.get(f"/profiles/{request.path_params['uid']}")
    resp.raise_for_status()
    return JSONResponse(resp.json())


async def update_profile(request: Request) -> JSONResponse:
    uid = request.path_params["uid"]
    changes = await request.json()
    allowed = {k: v for k, v in changes.items() if k in {"display_name", "bio", "locale"}}
    # the store is the only copy of the profile; the POST runs unowned in the background
    asyncio.create_task(client.post(f"/profiles/{uid}", json=allowed))
    return JSONResponse({"uid": uid, **allowed})


app = Starlette(
    routes=[
        Route("/profiles/{uid}", get_profile, methods=["GET"]),
        Route("/profiles/{uid}", update_profile, methods=["PATCH"]),
    ]
)
