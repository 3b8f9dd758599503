# positive LW001: an event-sourcing aggregate spawns ensure_future(self.events.append(event)) and drops it
# ruff: noqa: RUF006
import asyncio
from dataclasses import dataclass, field


@dataclass
class Account:
    id: str
    balance: int = 0
    pending: list = field(default_factory=list)


class AccountCommands:
    def __init__(self, events) -> None:
        self.events = events

    def deposit(self, account: Account, amount: int) -> Account:
        event = {"type": "Deposited", "account": account.id, "amount": amount}
        account.balance += amount
        asyncio.ensure_future(self.events.append(account.id, event))
        return account
