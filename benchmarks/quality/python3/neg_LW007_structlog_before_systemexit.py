# Negative LW007: accrual job records the failing account with structlog before turning the error into SystemExit.
from __future__ import annotations

from datetime import date
from decimal import Decimal

import structlog
from bank.db import engine
from bank.models import SavingsAccount
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

log = structlog.get_logger("accrual")


def accrue(day: date) -> int:
    with Session(engine) as session:
        accounts = session.scalars(select(SavingsAccount)).all()
        current = None
        try:
            for account in accounts:
                current = account.id
                account.balance += (account.balance * account.rate / 365).quantize(Decimal("0.01"))
            session.commit()
        except SQLAlchemyError as exc:
            log.exception("accrual_commit_failed", day=str(day), account_id=current, error=str(exc))
            raise SystemExit(1) from exc
    return len(accounts)
