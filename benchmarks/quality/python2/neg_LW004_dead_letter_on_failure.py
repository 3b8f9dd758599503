# negative LW004: when the vault write fails, the payload and error go to a dead-letter table and the failure is logged with traceback
import json
import logging

import asyncpg

log = logging.getLogger("vault.consumer")


class VaultConsumer:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def _store(self, message: dict) -> None:
        await self.pool.execute(
            "INSERT INTO secrets (name, ciphertext) VALUES ($1, $2)",
            message["name"],
            message["ciphertext"],
        )

    async def handle(self, message: dict) -> None:
        try:
            await self._store(message)
        except asyncpg.PostgresError as exc:
            log.exception("vault write failed for %s, dead-lettering", message.get("name"))
            await self.pool.execute(
                "INSERT INTO dead_letters (topic, payload, error) VALUES ($1, $2, $3)",
                "vault.secrets",
                json.dumps(message),
                repr(exc),
            )
