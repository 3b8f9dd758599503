# negative LW005: the invoice is saved inside transaction.atomic(); on_commit only fires a webhook after the commit
import json

import requests
from billing.models import Invoice
from django.db import transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


def notify_accounting(invoice_id: int) -> None:
    requests.post("https://hooks.accounting.example/invoice", json={"id": invoice_id}, timeout=5)


@require_POST
def create_invoice(request: HttpRequest) -> JsonResponse:
    data = json.loads(request.body)
    with transaction.atomic():
        invoice = Invoice.objects.create(customer_id=data["customer"], total=data["total"])
        transaction.on_commit(lambda: notify_accounting(invoice.pk))
    return JsonResponse({"id": invoice.pk}, status=201)
