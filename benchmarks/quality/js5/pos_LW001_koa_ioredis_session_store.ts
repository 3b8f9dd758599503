// positive LW001: Koa session store class, set() fires the ioredis SET without returning or awaiting it, so koa-session thinks the session is saved
import Koa from "koa";
import session from "koa-session";
import Redis from "ioredis";

class RedisSessionStore {
  constructor(
    private readonly client: Redis,
    private readonly prefix = "sess:",
  ) {}

  async get(key: string): Promise<Record<string, unknown> | undefined> {
    const raw = await this.client.get(this.prefix + key);
    return raw ? JSON.parse(raw) : undefined;
  }

  async set(key: string, sess: Record<string, unknown>, maxAge: number | "session" | undefined): Promise<void> {
    const ttlSeconds = typeof maxAge === "number" ? Math.ceil(maxAge / 1000) : 86_400;
    this.client.set(this.prefix + key, JSON.stringify(sess), "EX", ttlSeconds);
  }

  async destroy(key: string): Promise<void> {
    await this.client.del(this.prefix + key);
  }
}

const app = new Koa();
app.keys = [process.env.SESSION_SECRET ?? "dev-only"];
const sessions = new RedisSessionStore(new Redis(process.env.REDIS_URL ?? "redis://localhost:6379"));

app.use(session({ store: sessions, maxAge: 7 * 86_400_000, renew: true }, app));

app.use(async (ctx) => {
  if (ctx.path === "/cart/add" && ctx.method === "POST") {
    const cart = (ctx.session!.cart as string[] | undefined) ?? [];
    cart.push(String(ctx.query.sku));
    ctx.session!.cart = cart;
    ctx.body = { items: cart.length };
    return;
  }
  ctx.body = { cart: ctx.session?.cart ?? [] };
});

app.listen(3000);
