// positive LW045: a NestJS service inserts the article with drizzle, then enrichSummary(...).then sets article.summary on the in-memory row
import { Inject, Injectable } from "@nestjs/common";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { articles } from "./schema";

async function enrichSummary(body: string): Promise<string> {
  const { summarize } = await import("./summarizer");
  return summarize(body);
}

@Injectable()
export class ArticlesService {
  constructor(@Inject("DB") private readonly db: NodePgDatabase) {}

  async create(title: string, body: string) {
    const [article] = await this.db.insert(articles).values({ title, body }).returning();
    enrichSummary(body).then((summary) => {
      article.summary = summary;
    });
    return article;
  }
}
