# Positive LW006: task-board projector upserts checklist items via SQLAlchemy Core with no check that the card survives.
from __future__ import annotations

from dataclasses import dataclass

from board.tables import cards, checklist_items
from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncEngine


@dataclass(frozen=True)
class ChecklistItemToggled:
    item_id: str
    card_id: str
    text: str
    done: bool


@dataclass(frozen=True)
class CardArchived:
    card_id: str


class BoardProjector:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def item_toggled(self, event: ChecklistItemToggled) -> None:
        stmt = insert(checklist_items).values(
            id=event.item_id, card_id=event.card_id, text=event.text, done=event.done
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[checklist_items.c.id], set_={"done": event.done}
        )
        async with self.engine.begin() as conn:
            await conn.execute(stmt)

    async def card_archived(self, event: CardArchived) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(delete(cards).where(cards.c.id == event.card_id))
