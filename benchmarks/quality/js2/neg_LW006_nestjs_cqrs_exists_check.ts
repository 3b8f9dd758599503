// negative LW006: the NestJS chapter handler checks books.existsBy({ id }) in a transaction and skips when the book was withdrawn
import { Logger } from "@nestjs/common";
import { EventsHandler, type IEventHandler } from "@nestjs/cqrs";
import { DataSource } from "typeorm";
import { Book } from "./book.entity";
import { Chapter } from "./chapter.entity";

export class ChapterRevisedEvent {
  constructor(
    public readonly bookId: string,
    public readonly number: number,
    public readonly text: string,
  ) {}
}

@EventsHandler(ChapterRevisedEvent)
export class ChapterRevisedHandler implements IEventHandler<ChapterRevisedEvent> {
  private readonly logger = new Logger(ChapterRevisedHandler.name);

  constructor(private readonly dataSource: DataSource) {}

  async handle(event: ChapterRevisedEvent) {
    await this.dataSource.transaction(async (manager) => {
      const exists = await manager.getRepository(Book).existsBy({ id: event.bookId });
      if (!exists) {
        this.logger.warn(`book ${event.bookId} withdrawn; chapter ${event.number} not projected`);
        return;
      }
      await manager.getRepository(Chapter).save({ bookId: event.bookId, number: event.number, text: event.text });
    });
  }
}
