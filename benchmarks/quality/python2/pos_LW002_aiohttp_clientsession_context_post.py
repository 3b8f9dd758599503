# positive LW002: an HTTP write to the search index is spawned on an aiohttp.ClientSession that the `async with` closes right after
import asyncio
import logging

import aiohttp

log = logging.getLogger("indexer")
INDEX_URL = "http://search:9200/products/_doc"


class Indexer:
    def __init__(self) -> None:
        self.pending: list[asyncio.Task] = []

    async def reindex(self, products: list[dict]) -> None:
        async with aiohttp.ClientSession(raise_for_status=True) as http:
            for product in products:
                self.pending.append(
                    asyncio.create_task(http.put(f"{INDEX_URL}/{product['sku']}", json=product))
                )
            log.info("scheduled %d index writes", len(products))

    async def wait(self) -> None:
        await asyncio.gather(*self.pending)
