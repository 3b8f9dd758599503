// positive LW006: Durable Object spreadsheet, a "cell.set" websocket message upserts into cell via ctx.storage.sql while "sheet.delete" removes the sheet (cells cascade); no sheet check
import { DurableObject } from "cloudflare:workers";

type ClientMsg =
  | { op: "sheet.create"; sheetId: string; title: string }
  | { op: "sheet.delete"; sheetId: string }
  | { op: "cell.set"; sheetId: string; ref: string; value: string };

export class Workbook extends DurableObject {
  constructor(ctx: DurableObjectState, env: unknown) {
    super(ctx, env);
    ctx.storage.sql.exec(`
      CREATE TABLE IF NOT EXISTS sheet (id TEXT PRIMARY KEY, title TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS cell (
        sheet_id TEXT NOT NULL REFERENCES sheet(id) ON DELETE CASCADE,
        ref TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (sheet_id, ref)
      );
    `);
  }

  async fetch(request: Request): Promise<Response> {
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1]);
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  private setCell(sheetId: string, ref: string, value: string) {
    this.ctx.storage.sql.exec(
      "INSERT INTO cell (sheet_id, ref, value) VALUES (?, ?, ?) ON CONFLICT (sheet_id, ref) DO UPDATE SET value = excluded.value",
      sheetId,
      ref,
      value,
    );
  }

  async webSocketMessage(ws: WebSocket, raw: string | ArrayBuffer) {
    const msg = JSON.parse(typeof raw === "string" ? raw : new TextDecoder().decode(raw)) as ClientMsg;
    switch (msg.op) {
      case "sheet.create":
        this.ctx.storage.sql.exec("INSERT INTO sheet (id, title) VALUES (?, ?)", msg.sheetId, msg.title);
        break;
      case "sheet.delete":
        this.ctx.storage.sql.exec("DELETE FROM sheet WHERE id = ?", msg.sheetId);
        break;
      case "cell.set":
        this.setCell(msg.sheetId, msg.ref, msg.value);
        break;
    }
    for (const peer of this.ctx.getWebSockets()) if (peer !== ws) peer.send(JSON.stringify(msg));
  }
}
