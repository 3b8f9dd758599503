# positive LW045: a Peewee record is created, then threading.Timer sets rec.sentiment without rec.save()
import threading

import peewee
from feedback.nlp import sentiment

db = peewee.SqliteDatabase("feedback.db")


class Feedback(peewee.Model):
    text = peewee.TextField()
    sentiment = peewee.CharField(null=True)

    class Meta:
        database = db


def submit(text: str) -> Feedback:
    rec = Feedback.create(text=text)

    def enrich() -> None:
        rec.sentiment = sentiment(rec.text)

    threading.Timer(0.0, enrich).start()
    return rec
