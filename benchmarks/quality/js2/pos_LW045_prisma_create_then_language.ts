// positive LW045: a Prisma post is created, then detectLanguage(...).then(lang => post.language = lang) mutates the returned object only
import { PrismaClient } from "@prisma/client";

async function detectLanguage(text: string): Promise<string> {
  const { franc } = await import("franc");
  return franc(text);
}

export class PostService {
  constructor(private readonly prisma: PrismaClient) {}

  async publish(authorId: string, title: string, body: string) {
    const post = await this.prisma.post.create({ data: { authorId, title, body } });
    detectLanguage(body).then((lang) => {
      post.language = lang;
    });
    return post;
  }
}
