# negative LW004: the Flask route rolls back a failed commit, logs it and answers 500, so the client knows nothing was stored
from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.exc import SQLAlchemyError

app = Flask(__name__)
db = SQLAlchemy(app)


class Bookmark(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    url = db.Column(db.String, nullable=False)


@app.post("/bookmarks")
def add_bookmark():
    bookmark = Bookmark(url=request.get_json()["url"])
    db.session.add(bookmark)
    try:
        db.session.commit()
    except SQLAlchemyError:
        db.session.rollback()
        app.logger.exception("bookmark not saved")
        return jsonify({"error": "could not save bookmark"}), 500
    return jsonify({"id": bookmark.id}), 201
