# positive LW004: the except swallows a failure of self._persist(...), a local method that runs the INSERT
import logging

import asyncpg

logger = logging.getLogger(__name__)


class SignupService:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def _persist(self, email: str, plan: str) -> None:
        await self.pool.execute("INSERT INTO signups (email, plan) VALUES ($1, $2)", email, plan)

    async def signup(self, email: str, plan: str = "free") -> dict:
        try:
            await self._persist(email, plan)
        except Exception:
            logger.exception("signup persist failed for %s", email)
        return {"email": email, "plan": plan, "status": "registered"}
