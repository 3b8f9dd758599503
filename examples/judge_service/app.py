"""A judgment service with the lost-write bugs of the CYNIC field report."""

import asyncio
import json
import logging

from fastapi import FastAPI

from judge_service.repository import JudgmentRepository

logger = logging.getLogger(__name__)
app = FastAPI()
repo = JudgmentRepository()
GUIDANCE_PATH = "state/guidance.json"


@app.post("/judge")
async def judge(request: dict) -> dict:
    judgment = {"id": request["id"], "verdict": "WAG", "q_score": 61.8}
    asyncio.create_task(repo.save(judgment))  # the response goes out before the save
    write_guidance(judgment)
    await sync_checkpoint(judgment)
    return {"id": judgment["id"], "status": "saved"}


def write_guidance(judgment: dict) -> None:
    with open(GUIDANCE_PATH, "w") as f:  # truncated first, torn by a crash
        json.dump({"last": judgment["id"]}, f)


async def sync_checkpoint(judgment: dict) -> None:
    try:
        await repo.save_checkpoint(judgment)
    except Exception as exc:
        logger.warning("checkpoint sync failed: %s", exc)  # and the caller goes on


async def record_turn(turn: dict) -> None:
    row = {"id": turn["id"], "text": turn["text"], "would_have_asked": True}
    await repo.insert(row)

    async def enrich() -> None:
        from judge_service.classifier import classify

        row["classifier_verdict"] = classify(row["text"])  # only the in-memory copy

    asyncio.create_task(enrich())
