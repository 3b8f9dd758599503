// positive LW004: DocumentArchive.moveToArchive() catches the TypeORM save failure with a logger.warn and then emits document.archived as if it were stored
import { Injectable, Logger } from "@nestjs/common";
import { EventEmitter2 } from "@nestjs/event-emitter";
import { InjectRepository } from "@nestjs/typeorm";
import { LessThan, Repository } from "typeorm";
import { ArchivedDocument } from "./archived-document.entity";
import { Document } from "./document.entity";

@Injectable()
export class DocumentArchive {
  private readonly logger = new Logger(DocumentArchive.name);

  constructor(
    @InjectRepository(Document) private readonly documents: Repository<Document>,
    @InjectRepository(ArchivedDocument) private readonly archive: Repository<ArchivedDocument>,
    private readonly events: EventEmitter2,
  ) {}

  async staleBefore(cutoff: Date): Promise<Document[]> {
    return this.documents.find({ where: { updatedAt: LessThan(cutoff) }, take: 100 });
  }

  async moveToArchive(doc: Document): Promise<void> {
    const copy = this.archive.create({
      documentId: doc.id,
      ownerId: doc.ownerId,
      title: doc.title,
      body: doc.body,
      archivedAt: new Date(),
    });
    try {
      await this.archive.save(copy);
    } catch (err) {
      this.logger.warn(`archiving ${doc.id} failed: ${(err as Error).message}`);
    }
    this.events.emit("document.archived", { documentId: doc.id });
  }

  async sweep(cutoff: Date): Promise<number> {
    const docs = await this.staleBefore(cutoff);
    for (const doc of docs) {
      await this.moveToArchive(doc);
      await this.documents.delete(doc.id);
    }
    return docs.length;
  }
}
