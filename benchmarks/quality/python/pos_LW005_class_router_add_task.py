# positive LW005: a class-based FastAPI router defers repo.save via BackgroundTasks and answers 201 "captured"
# ruff: noqa: B008
from fastapi import APIRouter, BackgroundTasks, Depends
from payments.repository import PaymentRepository, get_repository


class PaymentRoutes:
    def __init__(self) -> None:
        self.router = APIRouter(prefix="/payments")
        self.router.add_api_route("", self.capture, methods=["POST"], status_code=201)

    async def capture(
        self,
        payment: dict,
        background: BackgroundTasks,
        repo: PaymentRepository = Depends(get_repository),
    ) -> dict:
        background.add_task(repo.save, payment)
        return {"id": payment["id"], "captured": True}
