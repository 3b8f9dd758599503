# positive LW001: aiohttp handler starts a Motor insert_one with ensure_future and drops the future
# ruff: noqa: RUF006
"""Audit trail for the admin console (aiohttp + Motor)."""

import asyncio
import datetime as dt

from aiohttp import web
from motor.motor_asyncio import AsyncIOMotorClient

routes = web.RouteTableDef()


def _audit_doc(request: web.Request, action: str, target: str) -> dict:
    return {
        "actor": request["user"].id,
        "action": action,
        "target": target,
        "ip": request.remote,
        "at": dt.datetime.now(dt.UTC),
    }


@routes.get("/admin/users/{user_id}")
async def show_user(request: web.Request) -> web.Response:
    db = request.app["mongo"].console
    user = await db.users.find_one({"_id": request.match_info["user_id"]})
    if user is None:
        raise web.HTTPNotFound()
    return web.json_response({"id": str(user["_id"]), "email": user["email"]})


@routes.post("/admin/users/{user_id}/disable")
async def disable_user(request: web.Request) -> web.Response:
    db = request.app["mongo"].console
    user_id = request.match_info["user_id"]
    await db.users.update_one({"_id": user_id}, {"$set": {"disabled": True}})
    # compliance requires an audit record for every disable; this one may never be written
    asyncio.ensure_future(db.audit_log.insert_one(_audit_doc(request, "disable", user_id)))
    return web.json_response({"disabled": user_id})


def make_app() -> web.Application:
    app = web.Application()
    app["mongo"] = AsyncIOMotorClient("mongodb://mongo:27017")
    app.add_routes(routes)
    return app
