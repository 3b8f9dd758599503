# positive LW006: an asyncpg projection class upserts vault entries; VaultDestroyed removes the vault in another handler
import asyncpg


class VaultProjection:
    """Builds the vaults/entries read model from the vault event stream."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool
        self.handlers = {
            "VaultCreated": self.vault_created,
            "VaultDestroyed": self.vault_destroyed,
            "EntryWritten": self.entry_written,
        }

    async def vault_created(self, conn: asyncpg.Connection, e: dict) -> None:
        await conn.execute(
            "INSERT INTO vaults (id, owner) VALUES ($1, $2)", e["vault_id"], e["owner"]
        )

    async def vault_destroyed(self, conn: asyncpg.Connection, e: dict) -> None:
        await conn.execute("DELETE FROM vaults WHERE id = $1", e["vault_id"])

    async def entry_written(self, conn: asyncpg.Connection, e: dict) -> None:
        await conn.execute(
            "INSERT INTO vault_entries (id, vault_id, label, secret) VALUES ($1, $2, $3, $4) "
            "ON CONFLICT (id) DO UPDATE SET label = EXCLUDED.label, secret = EXCLUDED.secret",
            e["entry_id"],
            e["vault_id"],
            e["label"],
            e["secret"],
        )

    async def apply(self, event: dict) -> None:
        async with self.pool.acquire() as conn, conn.transaction():
            await self.handlers[event["type"]](conn, event)
