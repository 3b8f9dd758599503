# negative LW006: the vault projection loads the parent with session.get(Vault, id) and skips the entry when it is None
import logging

from sqlalchemy.ext.asyncio import AsyncSession
from vaults.models import Vault, VaultEntry

log = logging.getLogger(__name__)


async def entry_written(session: AsyncSession, e: dict) -> None:
    async with session.begin():
        vault = await session.get(Vault, e["vault_id"], with_for_update=True)
        if vault is None:
            log.warning("vault %s destroyed; entry %s dropped", e["vault_id"], e["entry_id"])
            return
        await session.merge(VaultEntry(id=e["entry_id"], vault_id=vault.id, label=e["label"]))


async def vault_destroyed(session: AsyncSession, e: dict) -> None:
    async with session.begin():
        vault = await session.get(Vault, e["vault_id"])
        if vault is not None:
            await session.delete(vault)
