# positive LW004: an asyncpg INSERT ... RETURNING fails, the error is logged and {} is returned like an empty result
import logging

import asyncpg

logger = logging.getLogger(__name__)


async def create_api_key(conn: asyncpg.Connection, owner: str, key_hash: str) -> dict:
    try:
        row = await conn.fetchrow(
            "INSERT INTO api_keys (owner, key_hash) VALUES ($1, $2) RETURNING id, created_at",
            owner,
            key_hash,
        )
    except asyncpg.PostgresError as exc:
        logger.error("api key insert failed: %s", exc)
        return {}
    return dict(row)
