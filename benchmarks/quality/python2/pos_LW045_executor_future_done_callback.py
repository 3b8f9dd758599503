# positive LW045: after session.commit() a thread-pool job computes tags and a done-callback sets them on the ORM object, never committed
from concurrent.futures import Future, ThreadPoolExecutor

from catalog.models import Product
from catalog.tagging import suggest_tags
from sqlalchemy.orm import Session

POOL = ThreadPoolExecutor(max_workers=4)


def create_product(session: Session, name: str, description: str) -> Product:
    product = Product(name=name, description=description)
    session.add(product)
    session.commit()

    def attach(fut: Future) -> None:
        product.tags = fut.result()

    POOL.submit(suggest_tags, description).add_done_callback(attach)
    return product
