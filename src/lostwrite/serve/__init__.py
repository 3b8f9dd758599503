"""``lostwrite serve``: the pattern registry — JSON API, HTML pages and the three counters.

Importing this package is cheap; FastAPI, uvicorn, Jinja2 and psycopg are imported by the
modules that need them (``app``, ``command``, ``store_postgres``).
"""
