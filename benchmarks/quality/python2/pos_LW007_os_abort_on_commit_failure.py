# positive LW007: a journal writer calls os.abort() when the SQLAlchemy commit fails, with no log line naming the entry
import os

from journal.models import JournalEntry
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session


class JournalWriter:
    def __init__(self, session: Session) -> None:
        self.session = session

    def write(self, entry: JournalEntry) -> None:
        self.session.add(entry)
        try:
            self.session.commit()
        except SQLAlchemyError:
            os.abort()

    def count(self) -> int:
        return self.session.query(JournalEntry).count()
