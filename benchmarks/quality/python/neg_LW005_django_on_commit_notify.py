# negative LW005: the Django view creates the order inside a transaction; on_commit only enqueues an email notification
import json

from django.db import transaction
from django.http import HttpRequest, JsonResponse
from orders.models import Order
from orders.tasks import send_confirmation


def create_order(request: HttpRequest) -> JsonResponse:
    data = json.loads(request.body)
    with transaction.atomic():
        order = Order.objects.create(customer_id=data["customer"], total=data["total"])
        transaction.on_commit(lambda: send_confirmation.delay(order.pk))
    return JsonResponse({"id": order.pk}, status=201)
