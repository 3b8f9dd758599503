# negative LW004: save_upload returns False on failure and the Flask caller checks it and aborts with 503
import logging

import redis
from flask import Flask, abort, request

app = Flask(__name__)
r = redis.Redis()
logger = logging.getLogger(__name__)


def save_upload(upload_id: str, blob: bytes) -> bool:
    try:
        r.set(f"upload:{upload_id}", blob, ex=86400)
    except redis.RedisError:
        logger.exception("upload %s not stored", upload_id)
        return False
    return True


@app.put("/uploads/<upload_id>")
def put_upload(upload_id: str):
    if not save_upload(upload_id, request.get_data()):
        abort(503)
    return {"id": upload_id}, 201
