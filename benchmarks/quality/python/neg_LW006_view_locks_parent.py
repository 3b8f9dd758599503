# negative LW006: request views, the child create first locks the parent with get_object_or_404(select_for_update())
from django.db import transaction
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from orders.models import LineItem, Order


def delete_order(request: HttpRequest, pk: int) -> JsonResponse:
    Order.objects.filter(pk=pk).delete()
    return JsonResponse({"deleted": pk})


def add_item(request: HttpRequest, pk: int) -> JsonResponse:
    with transaction.atomic():
        order = get_object_or_404(Order.objects.select_for_update(), pk=pk)
        item = LineItem.objects.create(
            order=order, sku=request.POST["sku"], qty=int(request.POST["qty"])
        )
    return JsonResponse({"item": item.pk}, status=201)
