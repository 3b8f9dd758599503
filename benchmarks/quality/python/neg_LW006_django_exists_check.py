# negative LW006: the Django consumer checks Order.objects.filter(pk=...).exists() under a row lock before the line item upsert
import logging

from django.db import transaction
from orders.models import LineItem, Order

logger = logging.getLogger(__name__)


def handle_event(event: dict) -> None:
    kind = event["kind"]
    if kind == "order.deleted":
        Order.objects.filter(pk=event["order_id"]).delete()
    elif kind == "line_item.upserted":
        with transaction.atomic():
            if not Order.objects.select_for_update().filter(pk=event["order_id"]).exists():
                logger.warning(
                    "order %s deleted; dropping item %s", event["order_id"], event["item_id"]
                )
                return
            LineItem.objects.update_or_create(
                pk=event["item_id"],
                defaults={"order_id": event["order_id"], "sku": event["sku"], "qty": event["qty"]},
            )
