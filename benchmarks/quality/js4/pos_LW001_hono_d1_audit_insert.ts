// positive LW001: Hono on Workers, the D1 audit-log INSERT in the download route is neither awaited nor passed to waitUntil
import { Hono } from "hono";

type Bindings = {
  DB: D1Database;
  ASSETS: R2Bucket;
};

const app = new Hono<{ Bindings: Bindings }>();

async function findAsset(db: D1Database, id: string) {
  return db
    .prepare("SELECT id, r2_key, owner_id, content_type FROM assets WHERE id = ?")
    .bind(id)
    .first<{ id: string; r2_key: string; owner_id: string; content_type: string }>();
}

app.get("/assets/:id", async (c) => {
  const asset = await findAsset(c.env.DB, c.req.param("id"));
  if (!asset) {
    return c.json({ error: "not found" }, 404);
  }
  return c.json(asset);
});

app.get("/assets/:id/download", async (c) => {
  const asset = await findAsset(c.env.DB, c.req.param("id"));
  if (!asset) {
    return c.json({ error: "not found" }, 404);
  }
  const object = await c.env.ASSETS.get(asset.r2_key);
  if (!object) {
    return c.json({ error: "blob missing" }, 410);
  }

  // compliance requires every download to be recorded
  c.env.DB.prepare(
    "INSERT INTO download_audit (asset_id, owner_id, ip, downloaded_at) VALUES (?, ?, ?, ?)",
  )
    .bind(asset.id, asset.owner_id, c.req.header("cf-connecting-ip") ?? "", Date.now())
    .run();

  return new Response(object.body, {
    headers: { "content-type": asset.content_type },
  });
});

export default app;
