// positive LW001: a NestJS service calls this.archiveRepository.save(entity) in an async method without awaiting it
import { Injectable, Logger } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { ArchivedDocument } from "./archived-document.entity";
import { Document } from "./document.entity";

@Injectable()
export class ArchiveService {
  private readonly logger = new Logger(ArchiveService.name);

  constructor(
    @InjectRepository(Document) private readonly documents: Repository<Document>,
    @InjectRepository(ArchivedDocument) private readonly archiveRepository: Repository<ArchivedDocument>,
  ) {}

  async find(id: string): Promise<Document | null> {
    return this.documents.findOneBy({ id });
  }

  async archive(id: string): Promise<{ archived: boolean }> {
    const doc = await this.documents.findOneByOrFail({ id });
    const entity = this.archiveRepository.create({ documentId: doc.id, body: doc.body, archivedAt: new Date() });
    this.archiveRepository.save(entity);
    this.logger.log(`archived ${doc.id}`);
    return { archived: true };
  }
}
