# positive LW045: after the asyncpg INSERT, loop.call_soon schedules attach_score, which only mutates the in-memory lead
import asyncio

import asyncpg
from sales.scoring import lead_score


def attach_score(lead: dict) -> None:
    lead["score"] = lead_score(lead)


async def create_lead(pool: asyncpg.Pool, lead: dict) -> dict:
    await pool.execute(
        "INSERT INTO leads (email, company, source) VALUES ($1, $2, $3)",
        lead["email"],
        lead["company"],
        lead["source"],
    )
    asyncio.get_running_loop().call_soon(attach_score, lead)
    return lead
