# positive LW006: a Peewee event handler inserts a Track on_conflict_replace for an album that AlbumDeleted can remove
import peewee

db = peewee.PostgresqlDatabase("music")


class Album(peewee.Model):
    title = peewee.CharField()

    class Meta:
        database = db


class Track(peewee.Model):
    album = peewee.ForeignKeyField(Album, on_delete="CASCADE")
    title = peewee.CharField()
    position = peewee.IntegerField()

    class Meta:
        database = db


def on_album_deleted(event: dict) -> None:
    Album.delete().where(Album.id == event["album_id"]).execute()


def on_track_saved(event: dict) -> None:
    Track.insert(
        id=event["track_id"], album=event["album_id"], title=event["title"], position=event["pos"]
    ).on_conflict_replace().execute()
