# positive LW005: Django async view answers 201 while the booking row is created by a task scheduled with create_task
"""Room bookings (Django async views, async ORM)."""

from __future__ import annotations

import asyncio
import json

from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from rooms.models import Booking, Room


async def _store_booking(room_id: int, user_id: int, start: str, end: str) -> None:
    await Booking.objects.acreate(room_id=room_id, user_id=user_id, start=start, end=end)


@csrf_exempt
@require_POST
async def book_room(request: HttpRequest, room_id: int) -> JsonResponse:
    data = json.loads(request.body)
    if not await Room.objects.filter(pk=room_id, active=True).aexists():
        return JsonResponse({"error": "no such room"}, status=404)
    user = await request.auser()
    asyncio.create_task(_store_booking(room_id, user.pk, data["start"], data["end"]))  # noqa: RUF006
    return JsonResponse({"room": room_id, "start": data["start"], "booked": True}, status=201)
