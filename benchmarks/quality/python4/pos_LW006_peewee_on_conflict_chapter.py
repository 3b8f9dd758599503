# positive LW006: ChapterRevised subscriber upserts a Chapter with Peewee on_conflict, never checking that the Book still exists; BookRetracted deletes it with cascade
"""Publishing platform projections (Peewee + blinker signals)."""

from __future__ import annotations

from blinker import signal
from peewee import CharField, ForeignKeyField, IntegerField, Model, SqliteDatabase, TextField

db = SqliteDatabase("books.db", pragmas={"foreign_keys": 1})


class Book(Model):
    id = CharField(primary_key=True)
    title = CharField()

    class Meta:
        database = db


class Chapter(Model):
    id = CharField(primary_key=True)
    book = ForeignKeyField(Book, backref="chapters", on_delete="CASCADE")
    number = IntegerField()
    text = TextField()

    class Meta:
        database = db


book_retracted = signal("book-retracted")
chapter_revised = signal("chapter-revised")


@book_retracted.connect
def on_book_retracted(sender: object, book_id: str) -> None:
    with db.atomic():
        Book.delete().where(Book.id == book_id).execute()


@chapter_revised.connect
def on_chapter_revised(
    sender: object, chapter_id: str, book_id: str, number: int, text: str
) -> None:
    with db.atomic():
        (
            Chapter.insert(id=chapter_id, book=book_id, number=number, text=text)
            .on_conflict(conflict_target=[Chapter.id], update={Chapter.text: text})
            .execute()
        )
