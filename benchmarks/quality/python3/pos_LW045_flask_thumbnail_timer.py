# Positive LW045: Flask upload commits the media row, then a threading.Timer sets the dominant colour on the instance only.
import threading

from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from media.colors import dominant_color

app = Flask(__name__)
db = SQLAlchemy(app)


class MediaItem(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    filename = db.Column(db.String(255), nullable=False)
    dominant = db.Column(db.String(7))


@app.post("/media")
def upload_media():
    upload = request.files["file"]
    content = upload.read()
    item = MediaItem(filename=upload.filename)
    db.session.add(item)
    db.session.commit()

    def enrich() -> None:
        item.dominant = dominant_color(content)

    threading.Timer(0.0, enrich).start()
    return jsonify(id=item.id), 201
