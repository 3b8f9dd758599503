// negative LW001: Koa webhook receiver keeps each background store POST in a pending set, logs failures at error level and drains the set before shutdown
import Koa from "koa";
import Router from "@koa/router";
import bodyParser from "koa-bodyparser";
import pino from "pino";

const log = pino();
const EVENT_STORE_URL = process.env.EVENT_STORE_URL ?? "http://event-store.internal:8080";

class WriteKeeper {
  private readonly pending = new Set<Promise<void>>();

  track(label: string, write: Promise<Response>): void {
    const p: Promise<void> = write
      .then((res) => {
        if (!res.ok) throw new Error(`store answered ${res.status}`);
      })
      .catch((err: unknown) => {
        log.error({ err, label }, "background store write failed");
      })
      .finally(() => {
        this.pending.delete(p);
      });
    this.pending.add(p);
  }

  async drain(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }
}

const keeper = new WriteKeeper();
const router = new Router();

router.post("/webhooks/payments", async (ctx) => {
  const event = ctx.request.body as { id: string; account: string };
  keeper.track(
    event.id,
    fetch(`${EVENT_STORE_URL}/streams/account-${event.account}/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(event),
    }),
  );
  ctx.status = 200;
});

const app = new Koa();
app.use(bodyParser());
app.use(router.routes());
const server = app.listen(8081);

process.on("SIGTERM", async () => {
  server.close();
  await keeper.drain();
  process.exit(0);
});
