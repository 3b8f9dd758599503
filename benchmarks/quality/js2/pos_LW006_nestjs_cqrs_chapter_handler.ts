// positive LW006: a NestJS CQRS @EventsHandler saves a chapter for event.bookId without checking the book that BookWithdrawn deletes
import { EventsHandler, type IEventHandler } from "@nestjs/cqrs";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { Book } from "./book.entity";
import { Chapter } from "./chapter.entity";

export class BookWithdrawnEvent {
  constructor(public readonly bookId: string) {}
}

export class ChapterRevisedEvent {
  constructor(
    public readonly bookId: string,
    public readonly number: number,
    public readonly text: string,
  ) {}
}

@EventsHandler(BookWithdrawnEvent)
export class BookWithdrawnHandler implements IEventHandler<BookWithdrawnEvent> {
  constructor(@InjectRepository(Book) private readonly books: Repository<Book>) {}

  async handle(event: BookWithdrawnEvent) {
    await this.books.delete({ id: event.bookId });
  }
}

@EventsHandler(ChapterRevisedEvent)
export class ChapterRevisedHandler implements IEventHandler<ChapterRevisedEvent> {
  constructor(@InjectRepository(Chapter) private readonly chapters: Repository<Chapter>) {}

  async handle(event: ChapterRevisedEvent) {
    await this.chapters.save({ bookId: event.bookId, number: event.number, text: event.text });
  }
}
