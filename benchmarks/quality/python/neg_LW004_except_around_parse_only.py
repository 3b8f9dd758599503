# negative LW004: the except only guards JSON parsing; the write after it is not inside the try
import json
import logging

from hooks.models import Delivery
from sqlalchemy.orm import Session

logger = logging.getLogger(__name__)


def receive_webhook(session: Session, raw: bytes) -> Delivery | None:
    try:
        payload = json.loads(raw)
    except ValueError:
        logger.warning("ignoring malformed webhook body")
        return None
    delivery = Delivery(event=payload["event"], body=payload)
    session.add(delivery)
    session.commit()
    return delivery
