# positive LW001: asyncio.create_task(Order.objects.acreate(...)) in a Django async view, task dropped
# ruff: noqa: RUF006
import asyncio
import json

from django.http import HttpRequest, JsonResponse
from orders.models import Order


async def create_order(request: HttpRequest) -> JsonResponse:
    data = json.loads(request.body)
    asyncio.create_task(
        Order.objects.acreate(customer_id=data["customer"], total=data["total"], status="new")
    )
    return JsonResponse({"accepted": True})
