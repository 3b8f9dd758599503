# negative LW004: the driver error is translated into a domain error raised from it
import asyncpg


class SignupFailed(RuntimeError):
    pass


async def persist_signup(pool: asyncpg.Pool, email: str, plan: str) -> None:
    try:
        await pool.execute("INSERT INTO signups (email, plan) VALUES ($1, $2)", email, plan)
    except asyncpg.UniqueViolationError as exc:
        raise SignupFailed(f"{email} is already registered") from exc
    except asyncpg.PostgresError as exc:
        raise SignupFailed("signup could not be stored") from exc
