# negative LW006: the Peewee track handler checks Album.get_or_none before inserting the track
import logging

import peewee

db = peewee.PostgresqlDatabase("music")
logger = logging.getLogger(__name__)


class Album(peewee.Model):
    title = peewee.CharField()

    class Meta:
        database = db


class Track(peewee.Model):
    album = peewee.ForeignKeyField(Album, on_delete="CASCADE")
    title = peewee.CharField()

    class Meta:
        database = db


def on_album_deleted(event: dict) -> None:
    Album.delete().where(Album.id == event["album_id"]).execute()


def on_track_saved(event: dict) -> None:
    with db.atomic():
        album = Album.get_or_none(Album.id == event["album_id"])
        if album is None:
            logger.warning(
                "album %s deleted; track %s dropped", event["album_id"], event["track_id"]
            )
            return
        Track.insert(
            id=event["track_id"], album=album, title=event["title"]
        ).on_conflict_replace().execute()
