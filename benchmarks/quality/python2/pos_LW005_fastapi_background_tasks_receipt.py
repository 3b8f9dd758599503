# positive LW005: a FastAPI route hands the receipt write to BackgroundTasks and returns 201 with the id before it is stored
from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Depends
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

    async def get(self, receipt_id: str):
        return await self.pool.fetchrow("SELECT * FROM receipts WHERE id = $1", receipt_id)


def repo_dep() -> ReceiptRepo:
    from app.db import pool

    return ReceiptRepo(pool)


@router.get("/receipts/{receipt_id}")
async def read_receipt(receipt_id: str, repo: Annotated[ReceiptRepo, Depends(repo_dep)]) -> dict:
    return dict(await repo.get(receipt_id))


@router.post("/receipts", status_code=201)
async def create_receipt(
    body: ReceiptIn,
    background: BackgroundTasks,
    repo: Annotated[ReceiptRepo, Depends(repo_dep)],
) -> dict:
    receipt_id = uuid.uuid4().hex
    background.add_task(repo.insert, receipt_id, body)
    return {"id": receipt_id}
