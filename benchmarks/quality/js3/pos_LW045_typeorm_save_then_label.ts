// Positive LW045: NestJS service saves the document entity, then a classifier promise sets its label without saving again.
import { Injectable } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import type { Repository } from "typeorm";
import { Document } from "./document.entity";
import { ClassifierClient } from "./classifier.client";

@Injectable()
export class DocumentService {
  constructor(
    @InjectRepository(Document) private readonly documents: Repository<Document>,
    private readonly classifier: ClassifierClient,
  ) {}

  async upload(ownerId: string, title: string, content: string): Promise<Document> {
    const doc = await this.documents.save(this.documents.create({ ownerId, title, content }));
    this.classifier.label(content).then((label) => {
      doc.label = label;
    });
    return doc;
  }
}
