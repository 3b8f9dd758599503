# negative LW007: the view logs the DatabaseError and answers 503; the process does not die
import logging

from catalog.models import Product
from django.db import DatabaseError
from django.http import HttpRequest, JsonResponse

logger = logging.getLogger(__name__)


def create_product(request: HttpRequest) -> JsonResponse:
    try:
        product = Product.objects.create(name=request.POST["name"], price=request.POST["price"])
    except DatabaseError:
        logger.exception("product %r not created", request.POST.get("name"))
        return JsonResponse({"error": "database unavailable"}, status=503)
    return JsonResponse({"id": product.pk}, status=201)
