# positive LW001: a timing-decorated helper that commits a SQLAlchemy session is spawned with create_task and dropped
# ruff: noqa: RUF006
from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

P = ParamSpec("P")
R = TypeVar("R")


def timed(name: str) -> Callable[[Callable[P, Awaitable[R]]], Callable[P, Awaitable[R]]]:
    def wrap(fn: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
        @functools.wraps(fn)
        async def inner(*args: P.args, **kwargs: P.kwargs) -> R:
            started = time.perf_counter()
            try:
                return await fn(*args, **kwargs)
            finally:
                print(f"{name} took {time.perf_counter() - started:.3f}s")

        return inner

    return wrap


class Snapshot:
    def __init__(self, game_id: str, board: str) -> None:
        self.game_id = game_id
        self.board = board


@timed("persist_snapshot")
async def persist_snapshot(sessions: async_sessionmaker[AsyncSession], snap: Snapshot) -> None:
    async with sessions() as session:
        session.add(snap)
        await session.commit()


class GameLoop:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions
        self.turn = 0

    async def on_move(self, game_id: str, board: str) -> None:
        self.turn += 1
        if self.turn % 10 == 0:
            asyncio.create_task(persist_snapshot(self.sessions, Snapshot(game_id, board)))
