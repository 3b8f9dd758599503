import type { MiddlewareHandler } from "hono";
import postgres from "postgres";

// One SQL client per request, closed as soon as the handler has answered.
export const withSql: MiddlewareHandler = async (c, next) => {
  const sql = postgres(c.env.DATABASE_URL);
  c.set("sql", sql);
  try {
    await next();
  } finally {
    await sql.end();
  }
};
