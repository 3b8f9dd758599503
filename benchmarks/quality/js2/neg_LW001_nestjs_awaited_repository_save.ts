// negative LW001: the NestJS archive service awaits this.archiveRepository.save(entity)
import { Injectable } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { ArchivedDocument } from "./archived-document.entity";
import { Document } from "./document.entity";

@Injectable()
export class ArchiveService {
  constructor(
    @InjectRepository(Document) private readonly documents: Repository<Document>,
    @InjectRepository(ArchivedDocument) private readonly archiveRepository: Repository<ArchivedDocument>,
  ) {}

  async archive(id: string): Promise<{ archived: boolean }> {
    const doc = await this.documents.findOneByOrFail({ id });
    const entity = this.archiveRepository.create({ documentId: doc.id, body: doc.body, archivedAt: new Date() });
    await this.archiveRepository.save(entity);
    return { archived: true };
  }
}
