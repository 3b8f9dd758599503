# positive LW004: a Django view catches DatabaseError from obj.save(), logs it and still answers ok
import logging

from django.db import DatabaseError
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from tickets.models import Ticket

logger = logging.getLogger(__name__)


def close_ticket(request: HttpRequest, pk: int) -> JsonResponse:
    ticket = get_object_or_404(Ticket, pk=pk)
    ticket.status = "closed"
    try:
        ticket.save(update_fields=["status"])
    except DatabaseError:
        logger.exception("could not close ticket %s", pk)
    return JsonResponse({"id": pk, "status": "closed"})
