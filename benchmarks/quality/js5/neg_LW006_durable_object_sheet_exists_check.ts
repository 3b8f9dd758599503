// negative LW006: Durable Object spreadsheet checks that the sheet row still exists before upserting a cell, and tells the client the sheet is gone otherwise
import { DurableObject } from "cloudflare:workers";

type ClientMsg = { op: "sheet.delete"; sheetId: string } | { op: "cell.set"; sheetId: string; ref: string; value: string };

export class Workbook extends DurableObject {
  async fetch(request: Request): Promise<Response> {
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1]);
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  private setCell(ws: WebSocket, sheetId: string, ref: string, value: string): boolean {
    const present = this.ctx.storage.sql.exec("SELECT 1 AS present FROM sheet WHERE id = ?", sheetId).toArray();
    if (present.length === 0) {
      console.warn(`cell ${ref} dropped: sheet ${sheetId} was deleted`);
      ws.send(JSON.stringify({ op: "error", code: "sheet_deleted", sheetId }));
      return false;
    }
    this.ctx.storage.sql.exec(
      "INSERT INTO cell (sheet_id, ref, value) VALUES (?, ?, ?) ON CONFLICT (sheet_id, ref) DO UPDATE SET value = excluded.value",
      sheetId,
      ref,
      value,
    );
    return true;
  }

  async webSocketMessage(ws: WebSocket, raw: string | ArrayBuffer) {
    const msg = JSON.parse(typeof raw === "string" ? raw : new TextDecoder().decode(raw)) as ClientMsg;
    let applied = true;
    if (msg.op === "sheet.delete") {
      this.ctx.storage.sql.exec("DELETE FROM sheet WHERE id = ?", msg.sheetId);
    } else {
      applied = this.setCell(ws, msg.sheetId, msg.ref, msg.value);
    }
    if (applied) for (const peer of this.ctx.getWebSockets()) if (peer !== ws) peer.send(JSON.stringify(msg));
  }
}
