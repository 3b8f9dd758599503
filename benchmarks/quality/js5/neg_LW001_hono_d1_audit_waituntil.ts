// negative LW001: Hono on Workers, the D1 audit insert is awaited in the role-change route and the view counter is handed to executionCtx.waitUntil
import { Hono } from "hono";
import { z } from "zod";

type Bindings = { DB: D1Database; SESSIONS: KVNamespace };
type Variables = { actorId: string };

const app = new Hono<{ Bindings: Bindings; Variables: Variables }>();

const RoleChange = z.object({ role: z.enum(["viewer", "editor", "owner"]) });

app.use("/teams/*", async (c, next) => {
  const token = c.req.header("authorization")?.replace(/^Bearer /, "");
  const actorId = token ? await c.env.SESSIONS.get(`tok:${token}`) : null;
  if (!actorId) return c.json({ error: "unauthorized" }, 401);
  c.set("actorId", actorId);
  await next();
});

function writeAudit(db: D1Database, actor: string, action: string, detail: unknown) {
  return db
    .prepare("INSERT INTO audit_log (actor_id, action, detail, at) VALUES (?1, ?2, ?3, ?4)")
    .bind(actor, action, JSON.stringify(detail), Date.now())
    .run();
}

app.get("/teams/:teamId", async (c) => {
  const teamId = c.req.param("teamId");
  const team = await c.env.DB.prepare("SELECT id, name FROM teams WHERE id = ?1").bind(teamId).first();
  if (!team) return c.json({ error: "not found" }, 404);
  // page views are best effort, but the runtime keeps the request alive until the write settles
  c.executionCtx.waitUntil(
    c.env.DB.prepare("UPDATE teams SET views = views + 1 WHERE id = ?1").bind(teamId).run(),
  );
  return c.json(team);
});

app.put("/teams/:teamId/members/:userId/role", async (c) => {
  const { role } = RoleChange.parse(await c.req.json());
  const teamId = c.req.param("teamId");
  const userId = c.req.param("userId");

  await c.env.DB.batch([
    c.env.DB.prepare("UPDATE team_members SET role = ?1 WHERE team_id = ?2 AND user_id = ?3").bind(
      role,
      teamId,
      userId,
    ),
  ]);
  await writeAudit(c.env.DB, c.get("actorId"), "member.role_changed", { teamId, userId, role });

  return c.json({ teamId, userId, role });
});

export default app;
