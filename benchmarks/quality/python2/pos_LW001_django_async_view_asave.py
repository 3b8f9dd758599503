# positive LW001: Django async view fires asyncio.create_task(order.asave()) and answers without the write
# ruff: noqa: RUF006
import asyncio
import json

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_http_methods
from shop.models import Order


async def order_detail(request: HttpRequest, pk: int) -> JsonResponse:
    order = await Order.objects.aget(pk=pk)
    return JsonResponse({"id": order.pk, "status": order.status})


@require_http_methods(["POST"])
async def mark_shipped(request: HttpRequest, pk: int) -> JsonResponse:
    body = json.loads(request.body or b"{}")
    order = await Order.objects.aget(pk=pk)
    order.status = "shipped"
    order.tracking_number = body.get("tracking_number", "")
    asyncio.create_task(order.asave(update_fields=["status", "tracking_number"]))
    return JsonResponse({"id": order.pk, "status": order.status})
