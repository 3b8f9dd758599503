# negative LW006: Django catalogue consumer checks Album.objects.filter(id=...).exists() inside the same atomic block before upserting the Track
"""`manage.py consume_catalogue`: keeps the music catalogue in sync with the label's feed."""

from __future__ import annotations

import json
import logging

from catalogue.models import Album, Track
from django.core.management.base import BaseCommand
from django.db import transaction
from kafka import KafkaConsumer

log = logging.getLogger(__name__)


def album_deleted(event: dict) -> None:
    Album.objects.filter(id=event["album_id"]).delete()


def track_updated(event: dict) -> None:
    if not Album.objects.filter(id=event["album_id"]).exists():
        log.warning("track %s dropped: album %s was deleted", event["track_id"], event["album_id"])
        return
    Track.objects.update_or_create(
        id=event["track_id"],
        defaults={"album_id": event["album_id"], "title": event["title"]},
    )


HANDLERS = {"album.deleted": album_deleted, "track.updated": track_updated}


class Command(BaseCommand):
    help = "Consume the label's catalogue events and project them into the catalogue tables."

    def handle(self, *args, **options) -> None:
        consumer = KafkaConsumer("catalogue", group_id="catalogue-projection")
        for message in consumer:
            event = json.loads(message.value)
            with transaction.atomic():
                HANDLERS[event["type"]](event)
