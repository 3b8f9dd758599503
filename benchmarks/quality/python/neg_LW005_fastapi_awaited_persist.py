# negative LW005: the fixed form, the judgment is persisted and checkpointed before the 201
from app.orchestrator import orchestrator
from app.repositories import judgment_repo
from app.state import state
from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter()


class JudgeRequest(BaseModel):
    text: str


@router.post("/judge", status_code=201)
async def judge(req: JudgeRequest) -> dict:
    judgment = await orchestrator.judge(req.text)
    await judgment_repo.save(judgment.to_row())
    await state.sync_checkpoint()
    return {"id": judgment.id}
