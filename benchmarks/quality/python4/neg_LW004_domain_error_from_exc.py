# negative LW004: the SQLAlchemy failure is translated into a domain error (`raise ... from exc`) that the Flask error handler turns into 503
"""Warehouse shipments (sync SQLAlchemy ORM, used from a Flask blueprint)."""

from __future__ import annotations

import logging

from flask import Blueprint, jsonify, request
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from warehouse.db import SessionLocal
from warehouse.mail import send_shipped_email
from warehouse.models import Shipment

log = logging.getLogger(__name__)
bp = Blueprint("shipments", __name__)


class ShipmentNotStored(RuntimeError):
    """The shipment could not be written; nothing downstream may run."""


class ShipmentBook:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _persist(self, shipment: Shipment) -> None:
        try:
            self.session.add(shipment)
            self.session.commit()
        except SQLAlchemyError as exc:
            self.session.rollback()
            log.error("shipment %s not saved: %s", shipment.tracking_no, exc)
            raise ShipmentNotStored(shipment.tracking_no) from exc

    def record_shipment(self, order_id: int, carrier: str, tracking_no: str) -> Shipment:
        shipment = Shipment(order_id=order_id, carrier=carrier, tracking_no=tracking_no)
        self._persist(shipment)
        send_shipped_email(order_id, carrier, tracking_no)
        return shipment


@bp.errorhandler(ShipmentNotStored)
def not_stored(exc: ShipmentNotStored):
    return jsonify({"error": "shipment not stored, retry", "tracking_no": str(exc)}), 503


@bp.post("/orders/<int:order_id>/shipments")
def create_shipment(order_id: int):
    body = request.get_json()
    with SessionLocal() as session:
        shipment = ShipmentBook(session).record_shipment(
            order_id, body["carrier"], body["tracking_no"]
        )
    return jsonify({"tracking_no": shipment.tracking_no}), 201
