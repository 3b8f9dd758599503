// positive LW006: Workers queue consumer projects ItemAdded into list_items by list_id without checking the list; ListDeleted cascades
type ListEvent =
  | { type: "ItemAdded"; itemId: string; listId: string; text: string }
  | { type: "ListDeleted"; listId: string };

interface Env {
  DB: D1Database;
}

export default {
  async queue(batch: MessageBatch<ListEvent>, env: Env): Promise<void> {
    for (const msg of batch.messages) {
      const e = msg.body;
      switch (e.type) {
        case "ItemAdded":
          await env.DB.prepare(
            "INSERT INTO list_items (id, list_id, text) VALUES (?1, ?2, ?3) ON CONFLICT (id) DO UPDATE SET text = ?3",
          )
            .bind(e.itemId, e.listId, e.text)
            .run();
          break;
        case "ListDeleted":
          await env.DB.prepare("DELETE FROM lists WHERE id = ?1").bind(e.listId).run();
          break;
      }
      msg.ack();
    }
  },
};
