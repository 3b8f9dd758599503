# positive LW006: Django management command consuming catalogue events does Track.update_or_create(album_id=...) with no album check; album.deleted deletes the album (CASCADE)
"""`manage.py consume_catalogue`: keeps the music catalogue in sync with the label's feed."""

from __future__ import annotations

import json

from catalogue.models import Album, Track  # Track.album = ForeignKey(Album, on_delete=CASCADE)
from django.core.management.base import BaseCommand
from django.db import transaction
from kafka import KafkaConsumer


def album_upserted(event: dict) -> None:
    Album.objects.update_or_create(
        id=event["album_id"], defaults={"title": event["title"], "artist": event["artist"]}
    )


def album_deleted(event: dict) -> None:
    Album.objects.filter(id=event["album_id"]).delete()


def track_updated(event: dict) -> None:
    Track.objects.update_or_create(
        id=event["track_id"],
        defaults={
            "album_id": event["album_id"],
            "title": event["title"],
            "duration_ms": event["duration_ms"],
        },
    )


HANDLERS = {
    "album.upserted": album_upserted,
    "album.deleted": album_deleted,
    "track.updated": track_updated,
}


class Command(BaseCommand):
    help = "Consume the label's catalogue events and project them into the catalogue tables."

    def handle(self, *args, **options) -> None:
        consumer = KafkaConsumer("catalogue", group_id="catalogue-projection")
        for message in consumer:
            event = json.loads(message.value)
            with transaction.atomic():
                HANDLERS[event["type"]](event)
