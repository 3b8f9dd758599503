# Negative LW002: per-request redis client is closed after call_next, but the endpoint awaits its counter write.
from redis.asyncio import Redis
from starlette.applications import Starlette
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


class RedisPerRequest(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        request.state.redis = Redis.from_url("redis://localhost:6379/3")
        try:
            return await call_next(request)
        finally:
            await request.state.redis.aclose()


async def download(request: Request) -> JSONResponse:
    asset = request.path_params["asset"]
    redis: Redis = request.state.redis
    total = await redis.hincrby("downloads", asset, 1)
    return JSONResponse({"url": f"https://cdn.example.com/{asset}", "downloads": total})


app = Starlette(routes=[Route("/download/{asset}", download)])
app.add_middleware(RedisPerRequest)
