# positive LW001: aiohttp handler stores a blob with asyncio.ensure_future(vault.put(...)) and drops the future
# ruff: noqa: RUF006
import asyncio
import hashlib
import logging

from aiohttp import web

log = logging.getLogger("vault.api")
routes = web.RouteTableDef()


class Vault:
    """Content-addressed blob store on top of an S3-compatible bucket."""

    def __init__(self, s3, bucket: str) -> None:
        self.s3 = s3
        self.bucket = bucket

    async def put(self, key: str, body: bytes) -> None:
        await self.s3.put_object(Bucket=self.bucket, Key=key, Body=body)

    async def exists(self, key: str) -> bool:
        try:
            await self.s3.head_object(Bucket=self.bucket, Key=key)
        except self.s3.exceptions.NoSuchKey:
            return False
        return True


@routes.get("/blobs/{digest}")
async def head_blob(request: web.Request) -> web.Response:
    vault: Vault = request.app["vault"]
    found = await vault.exists(request.match_info["digest"])
    return web.json_response({"found": found})


@routes.put("/blobs")
async def upload_blob(request: web.Request) -> web.Response:
    vault: Vault = request.app["vault"]
    body = await request.read()
    digest = hashlib.sha256(body).hexdigest()
    asyncio.ensure_future(vault.put(digest, body))
    log.info("accepted blob %s (%d bytes)", digest, len(body))
    return web.json_response({"digest": digest}, status=201)


def build_app(s3) -> web.Application:
    app = web.Application()
    app["vault"] = Vault(s3, "blobs")
    app.add_routes(routes)
    return app
