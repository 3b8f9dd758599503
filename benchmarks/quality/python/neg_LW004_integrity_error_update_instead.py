# negative LW004: an IntegrityError on insert is handled by rolling back and updating the existing row (still written)
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from stats.models import DailyCount


async def bump(session: AsyncSession, day: str, n: int) -> None:
    session.add(DailyCount(day=day, count=n))
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        await session.execute(
            update(DailyCount).where(DailyCount.day == day).values(count=DailyCount.count + n)
        )
        await session.commit()
