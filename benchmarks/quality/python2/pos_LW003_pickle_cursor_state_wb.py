# positive LW003: a Celery beat task pickles its sync cursor into cursor.pkl opened with "wb" each run
import pickle
from pathlib import Path

from celery import shared_task

CURSOR_FILE = Path("/srv/sync/cursor.pkl")


def load_cursor() -> dict:
    if not CURSOR_FILE.exists():
        return {"since": None, "page": 0}
    with CURSOR_FILE.open("rb") as fh:
        return pickle.load(fh)


@shared_task(name="crm.sync_contacts")
def sync_contacts() -> int:
    from crm.client import fetch_contacts_since, upsert_contacts

    cursor = load_cursor()
    batch, cursor["since"] = fetch_contacts_since(cursor["since"])
    upsert_contacts(batch)
    cursor["page"] += 1
    with CURSOR_FILE.open("wb") as fh:
        pickle.dump(cursor, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return len(batch)
