# Positive LW005: Django signup view answers 201 "created" after only enqueuing the Celery task that creates the account.
import json

from accounts.tasks import create_account
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


def normalise(email: str) -> str:
    return email.strip().lower()


@require_POST
def signup(request: HttpRequest) -> JsonResponse:
    data = json.loads(request.body)
    email = normalise(data["email"])
    create_account.delay(email=email, plan=data.get("plan", "free"), referrer=data.get("ref"))
    return JsonResponse({"email": email, "status": "created"}, status=201)
