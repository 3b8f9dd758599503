# Negative LW045: Flask upload computes the dominant colour before adding and committing the media row.
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
    item = MediaItem(filename=upload.filename, dominant=dominant_color(content))
    db.session.add(item)
    db.session.commit()
    return jsonify(id=item.id, dominant=item.dominant), 201
