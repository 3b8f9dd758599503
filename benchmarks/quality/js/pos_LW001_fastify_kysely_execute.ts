// positive LW001: Kysely insertInto(...).execute() in a Fastify handler is fired and left floating
import Fastify from "fastify";
import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";
import type { Database } from "./db-types";

const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new Pool() }) });
const app = Fastify();

app.get<{ Params: { q: string } }>("/search/:q", async (request) => {
  const q = request.params.q.trim().toLowerCase();
  const hits = await db.selectFrom("products").selectAll().where("name", "ilike", `%${q}%`).limit(20).execute();

  db.insertInto("search_log").values({ query: q, hits: hits.length, at: new Date() }).execute();

  return { hits };
});

export default app;
