# negative LW045: insert, then the enrichment is awaited and written with an UPDATE before returning
import asyncpg
from sales.scoring import lead_score_remote


async def create_lead(pool: asyncpg.Pool, lead: dict) -> dict:
    lead_id = await pool.fetchval(
        "INSERT INTO leads (email, company) VALUES ($1, $2) RETURNING id",
        lead["email"],
        lead["company"],
    )
    score = await lead_score_remote(lead)
    await pool.execute("UPDATE leads SET score = $1 WHERE id = $2", score, lead_id)
    return {**lead, "id": lead_id, "score": score}
