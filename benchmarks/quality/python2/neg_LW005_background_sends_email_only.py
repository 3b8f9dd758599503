# negative LW005: the invitation row is inserted and awaited; BackgroundTasks only sends the notification e-mail afterwards
import smtplib
from email.message import EmailMessage

from fastapi import BackgroundTasks, FastAPI

app = FastAPI()


def send_invite_mail(to: str, link: str) -> None:
    msg = EmailMessage()
    msg["To"] = to
    msg["Subject"] = "You are invited"
    msg.set_content(f"Join here: {link}")
    with smtplib.SMTP("mail.internal") as smtp:
        smtp.send_message(msg)


@app.post("/invitations", status_code=201)
async def invite(body: dict, background: BackgroundTasks) -> dict:
    row = await app.state.pool.fetchrow(
        "INSERT INTO invitations (email) VALUES ($1) RETURNING id, token", body["email"]
    )
    background.add_task(send_invite_mail, body["email"], f"https://app/join/{row['token']}")
    return {"id": row["id"]}
