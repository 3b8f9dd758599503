# negative LW005: Django view creates the booking inside transaction.atomic() and only schedules a notification with on_commit
"""Room bookings (Django, sync ORM + Celery notifications)."""

from __future__ import annotations

import json

from django.db import transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from rooms.models import Booking, Room
from rooms.tasks import notify_room_owner


@require_POST
def book_room(request: HttpRequest, room_id: int) -> JsonResponse:
    data = json.loads(request.body)
    with transaction.atomic():
        room = Room.objects.select_for_update().get(pk=room_id, active=True)
        booking = Booking.objects.create(
            room=room, user=request.user, start=data["start"], end=data["end"]
        )
        transaction.on_commit(lambda: notify_room_owner.delay(booking.pk))
    return JsonResponse({"booking": booking.pk, "room": room_id}, status=201)
