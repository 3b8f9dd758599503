# negative LW002: inside the session block only a websocket notification is spawned; the write itself is awaited
# ruff: noqa: RUF006
import asyncio

from board.models import Card
from board.realtime import notify_board
from sqlalchemy.ext.asyncio import async_sessionmaker


async def move_card(sessionmaker: async_sessionmaker, card_id: int, column: str) -> None:
    async with sessionmaker() as session:
        card = await session.get(Card, card_id)
        card.column = column
        await session.commit()
        asyncio.create_task(notify_board(card.board_id, {"card": card_id, "column": column}))
