// negative LW045: review service awaits the lazily loaded sentiment model and sets the field before prisma.review.create, so the stored row is complete
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

type SentimentModule = typeof import("./sentiment");
let sentimentModule: Promise<SentimentModule> | undefined;

function loadSentiment(): Promise<SentimentModule> {
  sentimentModule ??= import("./sentiment");
  return sentimentModule;
}

export async function submitReview(input: { productId: string; authorId: string; stars: number; text: string }) {
  const { scoreSentiment } = await loadSentiment();
  const sentiment = scoreSentiment(input.text);
  const created = await prisma.review.create({
    data: { ...input, sentiment },
  });
  return { id: created.id, sentiment };
}
