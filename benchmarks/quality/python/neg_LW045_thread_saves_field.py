# negative LW045: the enrichment thread sets rec.sentiment and saves that field itself, then is joined before returning
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
        rec.save(only=[Feedback.sentiment])

    worker = threading.Thread(target=enrich)
    worker.start()
    worker.join(timeout=10)
    return rec
