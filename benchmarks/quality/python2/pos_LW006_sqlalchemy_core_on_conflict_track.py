# positive LW006: an album projection uses SQLAlchemy Core insert().on_conflict_do_update for tracks; AlbumRemoved deletes the album
from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, delete
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.engine import Connection

metadata = MetaData()
albums = Table("albums", metadata, Column("id", String, primary_key=True), Column("title", String))
tracks = Table(
    "tracks",
    metadata,
    Column("id", String, primary_key=True),
    Column("album_id", String, ForeignKey("albums.id", ondelete="CASCADE"), nullable=False),
    Column("number", Integer),
    Column("title", String),
)


def on_album_removed(conn: Connection, event: dict) -> None:
    conn.execute(delete(albums).where(albums.c.id == event["album_id"]))


def on_track_renamed(conn: Connection, event: dict) -> None:
    stmt = insert(tracks).values(
        id=event["track_id"],
        album_id=event["album_id"],
        number=event["number"],
        title=event["title"],
    )
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=[tracks.c.id], set_={"title": stmt.excluded.title}
        )
    )


HANDLERS = {"AlbumRemoved": on_album_removed, "TrackRenamed": on_track_renamed}


def dispatch(conn: Connection, event: dict) -> None:
    with conn.begin():
        HANDLERS[event["type"]](conn, event)
