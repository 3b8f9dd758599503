# positive LW005: a Flask route starts a thread that saves the upload metadata and immediately answers 201
import threading
import uuid

from flask import Flask, jsonify, request
from media.store import MediaStore

app = Flask(__name__)
store = MediaStore.from_env()


@app.get("/media/<media_id>")
def get_media(media_id: str):
    meta = store.get(media_id)
    return (jsonify(meta), 200) if meta else (jsonify({"error": "not found"}), 404)


@app.post("/media")
def create_media():
    media_id = uuid.uuid4().hex
    meta = {"id": media_id, "name": request.form["name"], "size": request.content_length}
    threading.Thread(target=store.save, args=(media_id, meta), daemon=True).start()
    return jsonify({"id": media_id}), 201
