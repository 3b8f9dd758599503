// negative LW006: the board Durable Object only upserts a card when its column still exists (INSERT ... SELECT ... WHERE EXISTS) and logs the skipped card otherwise
import { DurableObject } from "cloudflare:workers";

type BoardEvent =
  | { type: "column.deleted"; columnId: string }
  | { type: "card.updated"; cardId: string; columnId: string; text: string; position: number };

export class Board extends DurableObject {
  private sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: unknown) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
  }

  apply(event: BoardEvent): void {
    if (event.type === "column.deleted") {
      this.sql.exec("DELETE FROM columns WHERE id = ?", event.columnId);
      return;
    }
    const cursor = this.sql.exec(
      `INSERT INTO cards (id, column_id, text, position)
       SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM columns WHERE id = ?)
       ON CONFLICT (id) DO UPDATE SET column_id = excluded.column_id, text = excluded.text, position = excluded.position`,
      event.cardId,
      event.columnId,
      event.text,
      event.position,
      event.columnId,
    );
    if (cursor.rowsWritten === 0) {
      console.warn("skipping card of deleted column", { cardId: event.cardId, columnId: event.columnId });
    }
  }

  async webSocketMessage(_ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    this.apply(JSON.parse(String(message)) as BoardEvent);
  }
}
