# negative LW045: the classifier is lazily imported inside the function, but called before the insert
async def record_turn(store, turn) -> dict:
    from assistant.classifier import classify

    row = {"id": turn.id, "text": turn.text, "would_have_asked": True}
    row["classifier_verdict"] = classify(turn.text)
    await store.insert(row)
    return row
