// Positive LW002: Koa middleware commits the per-request knex transaction after next(); the handler's insert is left floating.
import Koa, { type Context, type Next } from "koa";
import Router from "@koa/router";
import knexFactory, { type Knex } from "knex";

const knex = knexFactory({ client: "pg", connection: process.env.DATABASE_URL });
const app = new Koa();
const router = new Router();

app.use(async (ctx: Context, next: Next) => {
  const trx: Knex.Transaction = await knex.transaction();
  ctx.state.trx = trx;
  try {
    await next();
    await trx.commit();
  } catch (err) {
    await trx.rollback();
    throw err;
  }
});

router.post("/tickets/:id/notes", async (ctx) => {
  const trx: Knex.Transaction = ctx.state.trx;
  const ticket = await trx("tickets").where({ id: ctx.params.id }).first("id", "status");
  if (!ticket) ctx.throw(404);
  const body = (ctx.request as unknown as { body: { text: string; author: string } }).body;
  trx("ticket_notes")
    .insert({ ticket_id: ticket.id, author: body.author, text: body.text })
    .catch((err: Error) => console.error("note insert failed", err.message));
  ctx.body = { ok: true };
});

app.use(router.routes());
export default app;
