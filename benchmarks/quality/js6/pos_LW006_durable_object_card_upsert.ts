// positive LW006: a board Durable Object (SQLite storage, FKs enforced) upserts a card on card.updated without checking its column, while column.deleted cascades to the cards
import { DurableObject } from "cloudflare:workers";

type BoardEvent =
  | { type: "column.created"; columnId: string; title: string }
  | { type: "column.deleted"; columnId: string }
  | { type: "card.updated"; cardId: string; columnId: string; text: string; position: number };

export class Board extends DurableObject {
  private sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: unknown) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.sql.exec(`CREATE TABLE IF NOT EXISTS columns (id TEXT PRIMARY KEY, title TEXT NOT NULL)`);
    this.sql.exec(`CREATE TABLE IF NOT EXISTS cards (
      id TEXT PRIMARY KEY,
      column_id TEXT NOT NULL REFERENCES columns(id) ON DELETE CASCADE,
      text TEXT NOT NULL,
      position REAL NOT NULL)`);
  }

  apply(event: BoardEvent): void {
    switch (event.type) {
      case "column.created":
        this.sql.exec("INSERT OR IGNORE INTO columns (id, title) VALUES (?, ?)", event.columnId, event.title);
        break;
      case "column.deleted":
        this.sql.exec("DELETE FROM columns WHERE id = ?", event.columnId);
        break;
      case "card.updated":
        this.sql.exec(
          `INSERT INTO cards (id, column_id, text, position) VALUES (?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET column_id = excluded.column_id, text = excluded.text, position = excluded.position`,
          event.cardId,
          event.columnId,
          event.text,
          event.position,
        );
        break;
    }
  }

  async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const event = JSON.parse(String(message)) as BoardEvent;
    this.apply(event);
    for (const peer of this.ctx.getWebSockets()) if (peer !== ws) peer.send(String(message));
  }
}
