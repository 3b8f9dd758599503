// Negative LW002: Koa per-request transaction; the note insert is awaited before next() returns and the commit runs.
import Koa, { type Context, type Next } from "koa";
import Router from "@koa/router";
import knexFactory, { type Knex } from "knex";

const knex = knexFactory({ client: "pg", connection: process.env.DATABASE_URL });
const app = new Koa();
const router = new Router();

app.use(async (ctx: Context, next: Next) => {
  await knex.transaction(async (trx: Knex.Transaction) => {
    ctx.state.trx = trx;
    await next();
  });
});

router.post("/tickets/:id/notes", async (ctx) => {
  const trx: Knex.Transaction = ctx.state.trx;
  const body = (ctx.request as unknown as { body: { text: string; author: string } }).body;
  const [note] = await trx("ticket_notes")
    .insert({ ticket_id: ctx.params.id, author: body.author, text: body.text })
    .returning(["id"]);
  ctx.status = 201;
  ctx.body = note;
});

app.use(router.routes());
export default app;
