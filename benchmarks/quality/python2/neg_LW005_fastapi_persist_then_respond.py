# negative LW005: the fixed route awaits the receipt insert and the checkpoint before returning 201
import uuid
from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import BaseModel

router = APIRouter()


class ReceiptIn(BaseModel):
    order_id: str
    total_cents: int


class ReceiptRepo:
    def __init__(self, pool) -> None:
        self.pool = pool

    async def insert(self, receipt_id: str, body: ReceiptIn) -> None:
        await self.pool.execute(
            "INSERT INTO receipts (id, order_id, total_cents) VALUES ($1, $2, $3)",
            receipt_id,
            body.order_id,
            body.total_cents,
        )


def repo_dep() -> ReceiptRepo:
    from app.db import pool

    return ReceiptRepo(pool)


@router.post("/receipts", status_code=201)
async def create_receipt(body: ReceiptIn, repo: Annotated[ReceiptRepo, Depends(repo_dep)]) -> dict:
    receipt_id = uuid.uuid4().hex
    await repo.insert(receipt_id, body)
    return {"id": receipt_id}
