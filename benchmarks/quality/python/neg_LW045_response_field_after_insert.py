# negative LW045: after the insert only a response-only field (the URL) is added synchronously; it is not part of the record
from fastapi import FastAPI, Request
from links.db import links

app = FastAPI()


@app.post("/links", status_code=201)
async def shorten(payload: dict, request: Request) -> dict:
    record = {"target": payload["url"], "owner": payload["owner"]}
    result = await links.insert_one(record)
    response = {"id": str(result.inserted_id), "target": record["target"]}
    response["short_url"] = str(request.url_for("follow", link_id=response["id"]))
    return response
