# Positive LW007: nightly interest accrual turns any SQLAlchemy error into SystemExit(1) without logging which account failed.
from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal

from bank.db import engine
from bank.models import SavingsAccount
from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

logger = logging.getLogger("accrual")


def daily_interest(balance: Decimal, rate: Decimal) -> Decimal:
    return (balance * rate / 365).quantize(Decimal("0.01"))


def accrue(day: date) -> int:
    logger.info("accrual for %s starting", day)
    with Session(engine) as session:
        accounts = session.scalars(
            select(SavingsAccount).where(SavingsAccount.open.is_(True))
        ).all()
        try:
            for account in accounts:
                session.execute(
                    update(SavingsAccount)
                    .where(SavingsAccount.id == account.id)
                    .values(balance=account.balance + daily_interest(account.balance, account.rate))
                )
            session.commit()
        except SQLAlchemyError:
            raise SystemExit(1) from None
    return len(accounts)
