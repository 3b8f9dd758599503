# positive LW002: a Litestar handler spawns client.put(...) to the config store inside `async with httpx.AsyncClient()` and leaves the block
import asyncio

import httpx
from litestar import Litestar, put

CONFIG_STORE = "http://consul:8500/v1/kv"
_background: set[asyncio.Task] = set()


@put("/flags/{name:str}")
async def set_flag(name: str, data: dict) -> dict:
    async with httpx.AsyncClient(timeout=5) as client:
        current = await client.get(f"{CONFIG_STORE}/flags/{name}")
        task = asyncio.create_task(client.put(f"{CONFIG_STORE}/flags/{name}", json=data))
        _background.add(task)
        task.add_done_callback(_background.discard)
    return {"name": name, "previous": current.status_code == 200}


app = Litestar(route_handlers=[set_flag])
