# Negative LW002: FastAPI dependency closes the session in finally, and the handler awaits the audit write before returning.
from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from clinic.db import SessionLocal
from fastapi import APIRouter, Depends
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

router = APIRouter(prefix="/patients")


async def get_session() -> AsyncIterator[AsyncSession]:
    session = SessionLocal()
    try:
        yield session
    finally:
        await session.close()


async def log_access(session: AsyncSession, patient_id: int, staff_id: int) -> None:
    await session.execute(
        text("INSERT INTO chart_access_log (patient_id, staff_id) VALUES (:p, :s)"),
        {"p": patient_id, "s": staff_id},
    )
    await session.commit()


@router.get("/{patient_id}/chart")
async def read_chart(
    patient_id: int, staff_id: int, session: Annotated[AsyncSession, Depends(get_session)]
) -> dict[str, object]:
    result = await session.execute(
        text("SELECT * FROM charts WHERE patient_id = :p"), {"p": patient_id}
    )
    chart = dict(result.mappings().one())
    await log_access(session, patient_id, staff_id)
    return chart
