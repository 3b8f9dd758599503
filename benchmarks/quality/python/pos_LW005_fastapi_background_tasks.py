# positive LW005: FastAPI BackgroundTasks.add_task(persist_judgment, ...) then 201 with the id
from app.orchestrator import orchestrator
from app.repositories import judgment_repo
from fastapi import APIRouter, BackgroundTasks
from pydantic import BaseModel

router = APIRouter()


class JudgeRequest(BaseModel):
    text: str


async def persist_judgment(judgment) -> None:
    await judgment_repo.save(judgment.to_row())


@router.post("/judge", status_code=201)
async def judge(req: JudgeRequest, background: BackgroundTasks) -> dict:
    judgment = await orchestrator.judge(req.text)
    background.add_task(persist_judgment, judgment)
    return {"id": judgment.id}
