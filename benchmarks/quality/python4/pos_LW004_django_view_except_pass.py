# positive LW004: Django view wraps the newsletter subscription save in `except DatabaseError: pass` and still answers {"subscribed": true}
"""Newsletter signup (Django)."""

from __future__ import annotations

import json

from django.db import DatabaseError, transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from newsletter.models import Subscriber


def _normalise(email: str) -> str:
    return email.strip().lower()


@require_POST
def subscribe(request: HttpRequest) -> JsonResponse:
    data = json.loads(request.body)
    email = _normalise(data["email"])
    if "@" not in email:
        return JsonResponse({"error": "invalid email"}, status=400)
    try:
        with transaction.atomic():
            Subscriber.objects.update_or_create(email=email, defaults={"lists": data["lists"]})
    except DatabaseError:
        pass
    return JsonResponse({"subscribed": True, "email": email})
