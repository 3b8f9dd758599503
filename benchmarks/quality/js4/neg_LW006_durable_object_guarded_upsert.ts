// negative LW006: Durable Object only upserts a cell when its sheet row still exists (INSERT ... SELECT ... WHERE EXISTS) and logs the skipped cell otherwise
import { DurableObject } from "cloudflare:workers";

type SheetEvent =
  | { type: "sheet.deleted"; sheetId: string }
  | { type: "cell.updated"; sheetId: string; ref: string; value: string; editor: string };

export class Workbook extends DurableObject {
  async apply(events: SheetEvent[]): Promise<void> {
    for (const event of events) {
      if (event.type === "sheet.deleted") {
        this.ctx.storage.sql.exec("DELETE FROM sheet WHERE id = ?", event.sheetId);
        continue;
      }
      const cursor = this.ctx.storage.sql.exec(
        `INSERT INTO cell (sheet_id, ref, value, editor)
         SELECT id, ?, ?, ? FROM sheet WHERE id = ?
         ON CONFLICT (sheet_id, ref) DO UPDATE SET value = excluded.value, editor = excluded.editor`,
        event.ref,
        event.value,
        event.editor,
        event.sheetId,
      );
      if (cursor.rowsWritten === 0) {
        console.warn("skipping cell update for deleted sheet", { sheetId: event.sheetId, ref: event.ref });
      }
    }
  }
}
