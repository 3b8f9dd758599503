# positive LW004: a Django view's profile.save() is wrapped in `except DatabaseError: pass` and the view answers 200
from accounts.models import Profile
from django.contrib.auth.decorators import login_required
from django.db import DatabaseError
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


@login_required
def profile(request: HttpRequest) -> JsonResponse:
    p = Profile.objects.get(user=request.user)
    return JsonResponse({"bio": p.bio, "timezone": p.timezone})


@login_required
@require_POST
def update_profile(request: HttpRequest) -> JsonResponse:
    p = Profile.objects.get(user=request.user)
    p.bio = request.POST.get("bio", p.bio)
    p.timezone = request.POST.get("timezone", p.timezone)
    try:
        p.save(update_fields=["bio", "timezone"])
    except DatabaseError:
        pass
    return JsonResponse({"ok": True})
