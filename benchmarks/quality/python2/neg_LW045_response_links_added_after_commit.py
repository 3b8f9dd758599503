# negative LW045: after the insert the handler adds HATEOAS links to the response dict; they are not part of the stored record
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/vault/items", status_code=201)
async def add_item(request: Request, body: dict) -> dict:
    row = await request.app.state.pool.fetchrow(
        "INSERT INTO vault_items (name, payload) VALUES ($1, $2) RETURNING id, name",
        body["name"],
        body["payload"],
    )
    item = dict(row)
    item["links"] = {
        "self": f"/vault/items/{item['id']}",
        "history": f"/vault/items/{item['id']}/history",
    }
    return item
