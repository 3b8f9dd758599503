# Negative LW005: Django signup view creates the account inside a transaction, then enqueues only the welcome email.
import json

from accounts.models import Account
from accounts.tasks import send_welcome_email
from django.db import transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def signup(request: HttpRequest) -> JsonResponse:
    data = json.loads(request.body)
    email = data["email"].strip().lower()
    with transaction.atomic():
        account = Account.objects.create(email=email, plan=data.get("plan", "free"))
        transaction.on_commit(lambda: send_welcome_email.delay(account.pk))
    return JsonResponse({"id": account.pk, "email": email}, status=201)
