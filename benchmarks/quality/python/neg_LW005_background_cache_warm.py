# negative LW005: the product is saved before the answer; BackgroundTasks only pre-renders a page into an in-memory cache
from catalog.db import products
from catalog.render import render_product_page
from fastapi import BackgroundTasks, FastAPI

app = FastAPI()
page_cache: dict[str, str] = {}


async def warm_page(sku: str) -> None:
    page_cache[sku] = await render_product_page(sku)


@app.put("/products/{sku}")
async def update_product(sku: str, data: dict, background: BackgroundTasks) -> dict:
    await products.update_one({"sku": sku}, {"$set": data}, upsert=True)
    background.add_task(warm_page, sku)
    return {"sku": sku, "updated": True}
