# Negative LW007: stream consumer logs the booking id and the error, then stops cleanly so the message is redelivered.
import logging
import sys

import redis
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from travel.db import engine
from travel.models import Booking

logger = logging.getLogger("bookings.consumer")


def persist(fields: dict[bytes, bytes]) -> None:
    with Session(engine) as session, session.begin():
        session.add(Booking(id=fields[b"id"].decode(), traveller=fields[b"traveller"].decode()))


def main() -> int:
    r = redis.Redis()
    while True:
        for _, messages in r.xreadgroup("writers", "w1", {"bookings": ">"}, block=5000) or []:
            for message_id, fields in messages:
                try:
                    persist(fields)
                except SQLAlchemyError:
                    logger.exception(
                        "booking %s (message %s) not persisted", fields.get(b"id"), message_id
                    )
                    return 1
                r.xack("bookings", "writers", message_id)


if __name__ == "__main__":
    sys.exit(main())
