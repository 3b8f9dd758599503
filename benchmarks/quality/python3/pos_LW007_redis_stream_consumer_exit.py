# Positive LW007: stream consumer calls sys.exit() when persisting a booking fails, with no log line about the booking.
import sys

import redis
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from travel.db import engine
from travel.models import Booking

STREAM = "bookings"


def persist(fields: dict[bytes, bytes]) -> None:
    with Session(engine) as session, session.begin():
        session.add(
            Booking(
                id=fields[b"id"].decode(),
                traveller=fields[b"traveller"].decode(),
                flight=fields[b"flight"].decode(),
            )
        )


def main() -> None:
    r = redis.Redis()
    last_id = "$"
    while True:
        for _, messages in r.xread({STREAM: last_id}, block=5000) or []:
            for message_id, fields in messages:
                try:
                    persist(fields)
                except SQLAlchemyError:
                    sys.exit()
                last_id = message_id


if __name__ == "__main__":
    main()
