# negative LW002: the write runs concurrently with a read, but the task is awaited before `async with` closes the connection
import asyncio

import asyncpg


async def checkout(pool: asyncpg.Pool, cart_id: int, user_id: int) -> dict:
    async with pool.acquire() as conn:
        mark = asyncio.create_task(
            conn.execute("UPDATE carts SET checked_out_at = now() WHERE id = $1", cart_id)
        )
        items = await pool.fetch("SELECT sku, qty FROM cart_items WHERE cart_id = $1", cart_id)
        await mark
    return {"cart": cart_id, "user": user_id, "items": [dict(i) for i in items]}
