// Negative LW045: NestJS service labels the document first and saves the entity once with the label set.
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
    const label = await this.classifier.label(content);
    return this.documents.save(this.documents.create({ ownerId, title, content, label }));
  }
}
