// positive LW001: Hono on Workers, the D1 audit insert in the role-change route is started and never awaited nor passed to waitUntil
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

app.get("/teams/:teamId/members", async (c) => {
  const { results } = await c.env.DB.prepare(
    "SELECT user_id, role, joined_at FROM team_members WHERE team_id = ?1 ORDER BY joined_at",
  )
    .bind(c.req.param("teamId"))
    .all();
  return c.json(results);
});

function writeAudit(db: D1Database, actor: string, action: string, detail: unknown) {
  return db
    .prepare("INSERT INTO audit_log (actor_id, action, detail, at) VALUES (?1, ?2, ?3, ?4)")
    .bind(actor, action, JSON.stringify(detail), Date.now())
    .run();
}

app.put("/teams/:teamId/members/:userId/role", async (c) => {
  const { role } = RoleChange.parse(await c.req.json());
  const teamId = c.req.param("teamId");
  const userId = c.req.param("userId");

  await c.env.DB.prepare("UPDATE team_members SET role = ?1 WHERE team_id = ?2 AND user_id = ?3")
    .bind(role, teamId, userId)
    .run();

  // compliance trail for permission changes: the promise is dropped on the floor
  writeAudit(c.env.DB, c.get("actorId"), "member.role_changed", { teamId, userId, role });

  return c.json({ teamId, userId, role });
});

export default app;
