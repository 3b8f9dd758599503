# positive LW045: the row is inserted, then a create_task'd enrich() sets row["classifier_verdict"] only in memory
# ruff: noqa: RUF006
import asyncio

from assistant.classifier import load_classifier


async def record_turn(store, turn) -> dict:
    row = {"id": turn.id, "text": turn.text, "would_have_asked": True}
    await store.insert(row)

    async def enrich() -> None:
        classifier = await load_classifier()
        row["classifier_verdict"] = classifier(turn.text)

    asyncio.create_task(enrich())
    return row
