# positive LW001: create_task(repo.save(...)) in a FastAPI route, the task handle is dropped
# ruff: noqa: RUF006
import asyncio

from app.orchestrator import orchestrator
from app.repositories import judgment_repo as repo
from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter()


class JudgeRequest(BaseModel):
    text: str
    author: str


@router.post("/judge")
async def judge(req: JudgeRequest) -> dict:
    judgment = await orchestrator.judge(req.text)
    asyncio.create_task(repo.save(judgment.to_row()))
    return {"id": judgment.id, "score": judgment.score}
