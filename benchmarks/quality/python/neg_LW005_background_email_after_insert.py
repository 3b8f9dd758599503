# negative LW005: the user row is inserted (awaited) first; only the welcome email goes to BackgroundTasks
from email.message import EmailMessage

import aiosmtplib
from accounts.db import users
from fastapi import BackgroundTasks, FastAPI

app = FastAPI()


async def send_welcome(address: str) -> None:
    msg = EmailMessage()
    msg["To"] = address
    msg["Subject"] = "Welcome!"
    msg.set_content("Thanks for signing up.")
    await aiosmtplib.send(msg, hostname="smtp.internal")


@app.post("/users", status_code=201)
async def register(user: dict, background: BackgroundTasks) -> dict:
    user_id = await users.insert(user)
    background.add_task(send_welcome, user["email"])
    return {"id": user_id}
