# negative LW007: sys.exit(1) here guards a missing DATABASE_URL at startup; no write has failed and nothing is lost
import os
import sys

import uvicorn


def main() -> None:
    dsn = os.environ.get("DATABASE_URL")
    if not dsn:
        sys.exit(1)
    port = int(os.environ.get("PORT", "8000"))
    uvicorn.run("app.main:app", host="127.0.0.1", port=port)


if __name__ == "__main__":
    main()
