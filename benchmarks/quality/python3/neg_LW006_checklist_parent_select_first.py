# Negative LW006: board projector reads the card in the same transaction and drops the toggle if the card is archived.
from __future__ import annotations

import logging
from dataclasses import dataclass

from board.tables import cards, checklist_items
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncEngine

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChecklistItemToggled:
    item_id: str
    card_id: str
    text: str
    done: bool


class BoardProjector:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def item_toggled(self, event: ChecklistItemToggled) -> None:
        async with self.engine.begin() as conn:
            card = (
                await conn.execute(select(cards.c.id).where(cards.c.id == event.card_id))
            ).first()
            if card is None:
                logger.warning(
                    "card %s no longer exists; skip item %s", event.card_id, event.item_id
                )
                return
            stmt = insert(checklist_items).values(
                id=event.item_id, card_id=event.card_id, text=event.text, done=event.done
            )
            await conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=[checklist_items.c.id], set_={"done": event.done}
                )
            )
