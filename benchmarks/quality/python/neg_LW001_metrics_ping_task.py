# negative LW001: a fire-and-forget UDP metrics ping (statsd counter), nothing is stored
# ruff: noqa: RUF006
import asyncio
import socket

STATSD = ("127.0.0.1", 8125)
_sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)


async def ping_metric(name: str) -> None:
    _sock.sendto(f"{name}:1|c".encode(), STATSD)


async def handle_search(query: str, index) -> list[dict]:
    asyncio.create_task(ping_metric("search.requests"))
    return await index.search(query, limit=20)
