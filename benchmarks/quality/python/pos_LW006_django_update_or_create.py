# positive LW006: a Django event consumer update_or_creates LineItem(order_id=...) and another event deletes the Order
from django.db import transaction
from orders.models import LineItem, Order


def handle_event(event: dict) -> None:
    kind = event["kind"]
    if kind == "order.deleted":
        Order.objects.filter(pk=event["order_id"]).delete()
    elif kind == "line_item.upserted":
        with transaction.atomic():
            LineItem.objects.update_or_create(
                pk=event["item_id"],
                defaults={"order_id": event["order_id"], "sku": event["sku"], "qty": event["qty"]},
            )
