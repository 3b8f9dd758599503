// positive LW001: Koa webhook receiver forwards the event to the event-store service with fetch POST and never awaits the request
import Koa from "koa";
import Router from "@koa/router";
import bodyParser from "koa-bodyparser";
import { createHmac, timingSafeEqual } from "node:crypto";

const EVENT_STORE_URL = process.env.EVENT_STORE_URL ?? "http://event-store.internal:8080";
const SECRET = process.env.WEBHOOK_SECRET ?? "";

function verify(raw: string, signature: string | undefined): boolean {
  if (!signature) return false;
  const expected = createHmac("sha256", SECRET).update(raw).digest("hex");
  return expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}

function appendToStore(stream: string, event: unknown) {
  return fetch(`${EVENT_STORE_URL}/streams/${encodeURIComponent(stream)}/events`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(event),
  });
}

const router = new Router();

router.post("/webhooks/payments", async (ctx) => {
  const raw = ctx.request.rawBody;
  if (!verify(raw, ctx.get("x-signature") || undefined)) {
    ctx.status = 401;
    return;
  }
  const event = ctx.request.body as { id: string; type: string; account: string };
  appendToStore(`account-${event.account}`, event);
  ctx.status = 200;
  ctx.body = { received: event.id };
});

const app = new Koa();
app.use(bodyParser());
app.use(router.routes());
app.listen(8081);
