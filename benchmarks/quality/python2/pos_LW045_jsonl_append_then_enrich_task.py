# positive LW045: an audit line is appended to a JSONL log, then an asyncio task computes the risk label into the dict already written
import asyncio
import json
import os

LOG = os.environ.get("DECISIONS_LOG", "/var/log/agent/decisions.jsonl")
_background: set[asyncio.Task] = set()


def append_line(path: str, record: dict) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")


async def load_risk_model():
    from agent import risk  # heavy import, deferred

    return risk


async def log_decision(decision_id: str, prompt: str, would_have_asked: bool) -> None:
    record = {"id": decision_id, "prompt": prompt, "would_have_asked": would_have_asked}
    await asyncio.to_thread(append_line, LOG, record)

    async def label() -> None:
        risk = await load_risk_model()
        record["risk_label"] = risk.label(prompt)

    t = asyncio.create_task(label())
    _background.add(t)
    t.add_done_callback(_background.discard)
