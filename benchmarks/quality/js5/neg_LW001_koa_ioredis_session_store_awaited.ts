// negative LW001: Koa session store class awaits the ioredis SET; the only un-awaited calls are a synchronous LRU cache set and a UDP statsd counter
import Koa from "koa";
import session from "koa-session";
import Redis from "ioredis";
import { LRUCache } from "lru-cache";
import StatsD from "hot-shots";

const metrics = new StatsD({ prefix: "shop." });

class RedisSessionStore {
  private readonly hot = new LRUCache<string, Record<string, unknown>>({ max: 5_000, ttl: 30_000 });

  constructor(
    private readonly client: Redis,
    private readonly prefix = "sess:",
  ) {}

  async get(key: string): Promise<Record<string, unknown> | undefined> {
    const cached = this.hot.get(key);
    if (cached) return cached;
    const raw = await this.client.get(this.prefix + key);
    return raw ? JSON.parse(raw) : undefined;
  }

  async set(key: string, sess: Record<string, unknown>, maxAge: number | "session" | undefined): Promise<void> {
    const ttlSeconds = typeof maxAge === "number" ? Math.ceil(maxAge / 1000) : 86_400;
    await this.client.set(this.prefix + key, JSON.stringify(sess), "EX", ttlSeconds);
    this.hot.set(key, sess);
    metrics.increment("session.saved");
  }

  async destroy(key: string): Promise<void> {
    this.hot.delete(key);
    await this.client.del(this.prefix + key);
  }
}

const app = new Koa();
app.keys = [process.env.SESSION_SECRET ?? "dev-only"];
const sessions = new RedisSessionStore(new Redis(process.env.REDIS_URL ?? "redis://localhost:6379"));

app.use(session({ store: sessions, maxAge: 7 * 86_400_000, renew: true }, app));
app.use(async (ctx) => {
  ctx.body = { cart: ctx.session?.cart ?? [] };
});

app.listen(3000);
