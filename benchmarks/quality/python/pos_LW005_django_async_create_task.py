# positive LW005: a Django async view spawns Order.objects.acreate with create_task and returns 201
# ruff: noqa: RUF006
import asyncio
import json

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from orders.models import Order


@require_POST
async def create_order(request: HttpRequest) -> JsonResponse:
    data = json.loads(request.body)
    asyncio.create_task(Order.objects.acreate(customer_id=data["customer"], total=data["total"]))
    return JsonResponse({"status": "created"}, status=201)
