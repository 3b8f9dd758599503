# positive LW005: a Django view enqueues persist_signup.delay(...) and answers 201 with the new id; the row only exists once a worker runs
import json
import uuid

from accounts.models import Signup
from celery import shared_task
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


@shared_task(autoretry_for=(Exception,), max_retries=3)
def persist_signup(signup_id: str, email: str, plan: str) -> None:
    Signup.objects.create(id=signup_id, email=email, plan=plan)


@require_POST
def create_signup(request: HttpRequest) -> JsonResponse:
    data = json.loads(request.body)
    signup_id = str(uuid.uuid4())
    persist_signup.delay(signup_id, data["email"], data.get("plan", "free"))
    return JsonResponse({"id": signup_id, "status": "created"}, status=201)


def signup_detail(request: HttpRequest, signup_id: str) -> JsonResponse:
    s = Signup.objects.get(pk=signup_id)
    return JsonResponse({"id": str(s.pk), "email": s.email, "plan": s.plan})
