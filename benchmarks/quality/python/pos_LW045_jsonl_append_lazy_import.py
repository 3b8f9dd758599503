# positive LW045: the turn is appended to the JSONL log, then a background task lazily imports the classifier and sets the verdict in memory
# ruff: noqa: RUF006
import asyncio
import json

LOG = "/var/log/assistant/turns.jsonl"


async def log_turn(turn_id: str, text: str) -> dict:
    row = {"id": turn_id, "text": text, "would_have_asked": True}
    with open(LOG, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(row) + "\n")

    async def classify_later() -> None:
        from assistant.classifier import classify

        row["classifier_verdict"] = classify(text)

    asyncio.create_task(classify_later())
    return row
