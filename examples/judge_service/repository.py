"""Persistence for judgments (asyncpg)."""

import asyncpg


class JudgmentRepository:
    def __init__(self) -> None:
        self.pool: asyncpg.Pool | None = None

    async def save(self, judgment: dict) -> None:
        async with self.pool.acquire() as conn:
            await conn.execute(
                "INSERT INTO judgments (id, verdict, q_score) VALUES ($1, $2, $3)",
                judgment["id"],
                judgment["verdict"],
                judgment["q_score"],
            )

    async def save_checkpoint(self, judgment: dict) -> None:
        async with self.pool.acquire() as conn:
            await conn.execute("UPDATE checkpoints SET last_id = $1", judgment["id"])

    async def insert(self, row: dict) -> None:
        async with self.pool.acquire() as conn:
            await conn.execute("INSERT INTO turns (id, body) VALUES ($1, $2)", row["id"], row)
