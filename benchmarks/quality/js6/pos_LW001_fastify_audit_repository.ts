// positive LW001: Fastify route calls AuditRepository.record (a Kysely insert) without await; the promise floats with only a debug-log catch
import Fastify, { type FastifyInstance } from "fastify";
import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface DB {
  documents: { id: string; owner_id: string; title: string; body: string; updated_at: Date };
  audit_events: { id: string; actor_id: string; action: string; target_id: string; at: Date };
}

const db = new Kysely<DB>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});

export class AuditRepository {
  constructor(private readonly kysely: Kysely<DB>) {}

  async record(actorId: string, action: string, targetId: string): Promise<void> {
    await this.kysely
      .insertInto("audit_events")
      .values({ id: crypto.randomUUID(), actor_id: actorId, action, target_id: targetId, at: new Date() })
      .execute();
  }
}

export class DocumentService {
  constructor(
    private readonly kysely: Kysely<DB>,
    private readonly audit: AuditRepository,
  ) {}

  async get(id: string) {
    return this.kysely.selectFrom("documents").selectAll().where("id", "=", id).executeTakeFirst();
  }

  async rename(actorId: string, id: string, title: string) {
    const doc = await this.kysely
      .updateTable("documents")
      .set({ title, updated_at: new Date() })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    // compliance trail: started, never awaited, failure only visible at debug level
    this.audit.record(actorId, "document.rename", id).catch((err) => {
      console.debug("audit write failed", err);
    });
    return doc;
  }
}

export function buildApp(): FastifyInstance {
  const app = Fastify({ logger: true });
  const service = new DocumentService(db, new AuditRepository(db));

  app.get<{ Params: { id: string } }>("/documents/:id", async (req, reply) => {
    const doc = await service.get(req.params.id);
    if (!doc) return reply.code(404).send({ error: "not found" });
    return doc;
  });

  app.patch<{ Params: { id: string }; Body: { title: string } }>("/documents/:id", async (req) => {
    const actor = String(req.headers["x-user-id"] ?? "anonymous");
    return service.rename(actor, req.params.id, req.body.title);
  });

  return app;
}
