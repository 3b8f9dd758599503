# positive LW004: a Flask-SQLAlchemy route rolls back on a failed commit, logs a warning and still returns 201
from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.exc import SQLAlchemyError

app = Flask(__name__)
db = SQLAlchemy(app)


class Bookmark(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    url = db.Column(db.String, nullable=False)
    owner = db.Column(db.String, nullable=False)


@app.get("/bookmarks")
def list_bookmarks():
    rows = Bookmark.query.filter_by(owner=request.args["owner"]).all()
    return jsonify([{"id": b.id, "url": b.url} for b in rows])


@app.post("/bookmarks")
def add_bookmark():
    data = request.get_json()
    bookmark = Bookmark(url=data["url"], owner=data["owner"])
    db.session.add(bookmark)
    try:
        db.session.commit()
    except SQLAlchemyError:
        db.session.rollback()
        app.logger.warning("bookmark for %s not saved", data["owner"])
    return jsonify({"url": bookmark.url}), 201
