# positive LW006: a sync SQLAlchemy projector upserts a cart item (PostgreSQL ON CONFLICT) while CartAbandoned deletes the cart
from carts.models import Cart, CartItem
from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session


class CartProjector:
    def __init__(self, session: Session) -> None:
        self.session = session

    def on_cart_abandoned(self, event) -> None:
        self.session.execute(delete(Cart).where(Cart.id == event.cart_id))
        self.session.commit()

    def on_item_quantity_changed(self, event) -> None:
        stmt = insert(CartItem).values(id=event.item_id, cart_id=event.cart_id, qty=event.qty)
        stmt = stmt.on_conflict_do_update(index_elements=[CartItem.id], set_={"qty": event.qty})
        self.session.execute(stmt)
        self.session.commit()
