# positive LW004: the audit POST to the compliance store runs under contextlib.suppress(aiohttp.ClientError): failures vanish
import contextlib
from datetime import UTC, datetime

import aiohttp
from aiohttp import web

COMPLIANCE_STORE = "https://compliance.internal/v1/records"


async def store_consent(http: aiohttp.ClientSession, user_id: str, granted: bool) -> None:
    record = {"user": user_id, "granted": granted, "at": datetime.now(UTC).isoformat()}
    with contextlib.suppress(aiohttp.ClientError):
        async with http.post(COMPLIANCE_STORE, json=record) as resp:
            resp.raise_for_status()


async def consent_handler(request: web.Request) -> web.Response:
    body = await request.json()
    await store_consent(request.app["http"], body["user_id"], bool(body["granted"]))
    return web.json_response({"recorded": True})
