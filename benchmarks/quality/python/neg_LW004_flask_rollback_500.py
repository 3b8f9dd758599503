# negative LW004: Flask view rolls back, logs and answers 500 when the commit fails
import logging

from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.exc import SQLAlchemyError

app = Flask(__name__)
db = SQLAlchemy(app)
logger = logging.getLogger(__name__)


class Post(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(200), nullable=False)


@app.post("/posts")
def create_post():
    post = Post(title=request.json["title"])
    db.session.add(post)
    try:
        db.session.commit()
    except SQLAlchemyError:
        db.session.rollback()
        logger.exception("post not saved")
        return jsonify(error="could not save post"), 500
    return jsonify(id=post.id), 201
