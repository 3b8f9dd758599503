# negative LW045: the verdict is computed and set on the row before the line is appended to the JSONL log
import json

from assistant.classifier import classify

LOG = "/var/log/assistant/turns.jsonl"


def log_turn(turn_id: str, text: str) -> dict:
    row = {"id": turn_id, "text": text, "would_have_asked": True}
    row["classifier_verdict"] = classify(text)
    with open(LOG, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(row) + "\n")
    return row
