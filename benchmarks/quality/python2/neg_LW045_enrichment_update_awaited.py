# negative LW045: the product is committed, then the tags are computed and written with an awaited UPDATE in the same request
import asyncio

from catalog.models import Product
from catalog.tagging import suggest_tags
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession


async def create_product(session: AsyncSession, name: str, description: str) -> Product:
    product = Product(name=name, description=description)
    session.add(product)
    await session.commit()
    tags = await asyncio.to_thread(suggest_tags, description)
    await session.execute(update(Product).where(Product.id == product.id).values(tags=tags))
    await session.commit()
    return product
