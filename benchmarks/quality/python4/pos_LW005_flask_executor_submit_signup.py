# positive LW005: Flask signup hands the account INSERT to a thread pool and returns 201 before it has run
"""Signup endpoint (Flask + psycopg 3 pool)."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

from flask import Flask, jsonify, request
from psycopg_pool import ConnectionPool
from werkzeug.security import generate_password_hash

app = Flask(__name__)
pool = ConnectionPool("postgresql://accounts@db/accounts")
workers = ThreadPoolExecutor(max_workers=4)
log = logging.getLogger(__name__)


def save_account(email: str, pw_hash: str) -> None:
    with pool.connection() as conn:
        conn.execute("INSERT INTO accounts (email, pw_hash) VALUES (%s, %s)", (email, pw_hash))


@app.post("/signup")
def signup():
    body = request.get_json()
    email = body["email"].strip().lower()
    pw_hash = generate_password_hash(body["password"])
    workers.submit(save_account, email, pw_hash)
    log.info("signup accepted for %s", email)
    return jsonify({"email": email, "created": True}), 201
