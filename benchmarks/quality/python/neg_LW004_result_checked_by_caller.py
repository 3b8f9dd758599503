# negative LW004: a failed write returns a Failed result that the only caller turns into HTTP 503
import logging
from dataclasses import dataclass

from fastapi import FastAPI, HTTPException
from motor.motor_asyncio import AsyncIOMotorClient
from pymongo.errors import PyMongoError

logger = logging.getLogger(__name__)
app = FastAPI()
profiles = AsyncIOMotorClient().accounts.profiles


@dataclass
class Saved:
    id: str


@dataclass
class Failed:
    reason: str


async def save_profile(profile: dict) -> Saved | Failed:
    try:
        result = await profiles.insert_one(profile)
    except PyMongoError as exc:
        logger.error("profile insert failed: %s", exc)
        return Failed(str(exc))
    return Saved(str(result.inserted_id))


@app.post("/profiles", status_code=201)
async def create_profile(profile: dict) -> dict:
    outcome = await save_profile(profile)
    if isinstance(outcome, Failed):
        raise HTTPException(status_code=503, detail="profile not stored, retry later")
    return {"id": outcome.id}
