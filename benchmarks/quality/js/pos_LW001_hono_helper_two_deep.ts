// positive LW001: a local helper that writes two calls deep (recordDownload -> bumpCounter -> sql UPDATE) is called without await
import { Hono } from "hono";
import postgres from "postgres";

const sql = postgres(process.env.DATABASE_URL!);
const app = new Hono();

async function bumpCounter(db: postgres.Sql, packageId: string) {
  await db`UPDATE packages SET downloads = downloads + 1 WHERE id = ${packageId}`;
}

async function recordDownload(db: postgres.Sql, packageId: string, version: string) {
  if (version.endsWith("-dev")) return;
  await bumpCounter(db, packageId);
}

app.get("/packages/:id/:version/tarball", async (c) => {
  const { id, version } = c.req.param();
  const [pkg] = await sql`SELECT tarball_url FROM versions WHERE package_id = ${id} AND version = ${version}`;
  if (!pkg) return c.notFound();

  recordDownload(sql, id, version);

  return c.redirect(pkg.tarball_url);
});

export default app;
