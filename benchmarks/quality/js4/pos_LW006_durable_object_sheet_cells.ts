// positive LW006: Durable Object applies queued spreadsheet events; cell.updated upserts into cell with no check on the sheet, while sheet.deleted deletes the sheet (cell.sheet_id ... ON DELETE CASCADE)
import { DurableObject } from "cloudflare:workers";

type SheetEvent =
  | { type: "sheet.created"; sheetId: string; title: string }
  | { type: "sheet.deleted"; sheetId: string }
  | { type: "cell.updated"; sheetId: string; ref: string; value: string; editor: string };

export class Workbook extends DurableObject {
  constructor(ctx: DurableObjectState, env: unknown) {
    super(ctx, env);
    ctx.blockConcurrencyWhile(async () => {
      this.ctx.storage.sql.exec(`
        CREATE TABLE IF NOT EXISTS sheet (id TEXT PRIMARY KEY, title TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS cell (
          sheet_id TEXT NOT NULL REFERENCES sheet(id) ON DELETE CASCADE,
          ref TEXT NOT NULL,
          value TEXT NOT NULL,
          editor TEXT NOT NULL,
          PRIMARY KEY (sheet_id, ref)
        );
      `);
    });
  }

  async apply(events: SheetEvent[]): Promise<number> {
    let applied = 0;
    for (const event of events) {
      switch (event.type) {
        case "sheet.created":
          this.ctx.storage.sql.exec("INSERT OR IGNORE INTO sheet (id, title) VALUES (?, ?)", event.sheetId, event.title);
          break;
        case "sheet.deleted":
          this.ctx.storage.sql.exec("DELETE FROM sheet WHERE id = ?", event.sheetId);
          break;
        case "cell.updated":
          this.ctx.storage.sql.exec(
            `INSERT INTO cell (sheet_id, ref, value, editor) VALUES (?, ?, ?, ?)
             ON CONFLICT (sheet_id, ref) DO UPDATE SET value = excluded.value, editor = excluded.editor`,
            event.sheetId,
            event.ref,
            event.value,
            event.editor,
          );
          break;
      }
      applied += 1;
    }
    return applied;
  }
}
