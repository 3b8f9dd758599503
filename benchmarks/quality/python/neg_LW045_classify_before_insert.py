# negative LW045: the fixed form, the pure classifier is imported at module load and applied before the insert
from assistant.classifier import classify


async def record_turn(store, turn) -> dict:
    row = {"id": turn.id, "text": turn.text, "would_have_asked": True}
    row["classifier_verdict"] = classify(turn.text)
    await store.insert(row)
    return row
