# negative LW004: a psycopg transaction rolls back on error and re-raises
import psycopg


def transfer(conn: psycopg.Connection, src: int, dst: int, cents: int) -> None:
    cur = conn.cursor()
    try:
        cur.execute("UPDATE accounts SET balance = balance - %s WHERE id = %s", (cents, src))
        cur.execute("UPDATE accounts SET balance = balance + %s WHERE id = %s", (cents, dst))
        conn.commit()
    except Exception:
        conn.rollback()
        raise
    finally:
        cur.close()
