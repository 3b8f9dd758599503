// positive LW006: event-store subscriber saves a chapter under bookId with no parent check, while BookArchived deletes the book (cascade)
import type { DataSource } from "typeorm";
import { Book, Chapter } from "./entities";
import type { EventStore } from "./event-store";

export function subscribeBookProjections(store: EventStore, ds: DataSource) {
  store.subscribe("ChapterRevised", async (e: { chapterId: string; bookId: string; text: string; rev: number }) => {
    await ds.getRepository(Chapter).save({ id: e.chapterId, bookId: e.bookId, text: e.text, revision: e.rev });
  });

  store.subscribe("BookArchived", async (e: { bookId: string }) => {
    await ds.getRepository(Book).delete(e.bookId);
  });
}
