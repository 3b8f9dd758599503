# positive LW004: `except: pass` around session.add + commit (SQLAlchemy sync session)
from crm.models import Note
from sqlalchemy.orm import Session


def add_note(session: Session, contact_id: int, text: str) -> Note:
    note = Note(contact_id=contact_id, text=text)
    try:
        session.add(note)
        session.commit()
    except:  # noqa: E722
        pass
    return note
