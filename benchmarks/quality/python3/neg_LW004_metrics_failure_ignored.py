# Negative LW004: the only swallowed error is a best-effort metrics push; the invoice write is awaited and not caught.
from __future__ import annotations

import logging

import httpx
from billing.invoices import Invoice, InvoiceStore

logger = logging.getLogger(__name__)


class InvoiceService:
    def __init__(self, store: InvoiceStore, statsd: httpx.AsyncClient) -> None:
        self.store = store
        self.statsd = statsd

    async def _count(self, metric: str) -> None:
        try:
            await self.statsd.get(f"/incr/{metric}")
        except httpx.HTTPError as exc:
            logger.debug("metrics unavailable: %s", exc)

    async def issue(self, invoice: Invoice) -> Invoice:
        await self.store.insert(invoice)
        await self._count("invoices.issued")
        return invoice
