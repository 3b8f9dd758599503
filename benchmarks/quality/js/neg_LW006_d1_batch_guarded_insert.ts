// negative LW006: the queue consumer checks the parent list with a SELECT and skips the item when the list is gone
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
      if (e.type === "ListDeleted") {
        await env.DB.prepare("DELETE FROM lists WHERE id = ?1").bind(e.listId).run();
      } else {
        const list = await env.DB.prepare("SELECT id FROM lists WHERE id = ?1").bind(e.listId).first();
        if (list === null) {
          console.warn("dropping item for deleted list", e.itemId, e.listId);
        } else {
          await env.DB.prepare(
            "INSERT INTO list_items (id, list_id, text) VALUES (?1, ?2, ?3) ON CONFLICT (id) DO UPDATE SET text = ?3",
          )
            .bind(e.itemId, e.listId, e.text)
            .run();
        }
      }
      msg.ack();
    }
  },
};
