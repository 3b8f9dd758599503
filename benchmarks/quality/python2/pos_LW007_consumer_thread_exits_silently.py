# positive LW007: a recorder thread calls sys.exit(70) on a Mongo write error: the thread dies silently (SystemExit in a thread prints nothing) and the event is gone
import queue
import sys
import threading

from pymongo import MongoClient
from pymongo.errors import PyMongoError


class Recorder(threading.Thread):
    def __init__(self, inbox: "queue.Queue[dict]") -> None:
        super().__init__(daemon=True)
        self.inbox = inbox
        self.events = MongoClient("mongodb://mongo:27017")["telemetry"]["events"]

    def run(self) -> None:
        while True:
            doc = self.inbox.get()
            try:
                self.events.insert_one(doc)
            except PyMongoError:
                sys.exit(70)
            finally:
                self.inbox.task_done()
