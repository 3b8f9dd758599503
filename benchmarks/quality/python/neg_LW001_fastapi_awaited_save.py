# negative LW001: the fixed form, the FastAPI route awaits repo.save before answering
from app.orchestrator import orchestrator
from app.repositories import judgment_repo as repo
from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter()


class JudgeRequest(BaseModel):
    text: str


@router.post("/judge")
async def judge(req: JudgeRequest) -> dict:
    judgment = await orchestrator.judge(req.text)
    await repo.save(judgment.to_row())
    return {"id": judgment.id}
