# positive LW004: an append to the orders journal swallows OSError (disk full) and the checkout proceeds
import json

JOURNAL = "/var/lib/shop/orders.jsonl"


def journal_order(order: dict) -> None:
    try:
        with open(JOURNAL, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(order) + "\n")
    except OSError:
        pass


def checkout(cart: dict) -> dict:
    order = {"id": cart["id"], "items": cart["items"], "status": "placed"}
    journal_order(order)
    return order
