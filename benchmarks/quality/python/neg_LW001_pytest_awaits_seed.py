# negative LW001: a pytest fixture seeds rows with create_task and gathers them before the test runs
import asyncio

import pytest
from app.repositories import UserRepository


@pytest.fixture
async def seeded_users(repo: UserRepository) -> list[str]:
    names = ["ada", "grace", "linus"]
    pending = [asyncio.create_task(repo.insert({"name": n})) for n in names]
    done, _ = await asyncio.wait(pending)
    for task in done:
        task.result()
    return names


async def test_lists_users(repo: UserRepository, seeded_users: list[str]) -> None:
    users = await repo.list()
    assert sorted(u["name"] for u in users) == sorted(seeded_users)
