// positive LW045: review service stores the review with prisma.review.create, then fills review.sentiment inside a setTimeout callback that only changes the in-memory object
import { PrismaClient } from "@prisma/client";
import { scoreSentiment } from "./sentiment";

const prisma = new PrismaClient();

export type ReviewInput = {
  productId: string;
  authorId: string;
  stars: number;
  text: string;
  sentiment?: "positive" | "neutral" | "negative";
};

export async function listReviews(productId: string) {
  return prisma.review.findMany({ where: { productId }, orderBy: { createdAt: "desc" }, take: 50 });
}

export async function submitReview(input: ReviewInput) {
  const review: ReviewInput = { ...input };
  const created = await prisma.review.create({
    data: {
      productId: review.productId,
      authorId: review.authorId,
      stars: review.stars,
      text: review.text,
      sentiment: review.sentiment ?? null,
    },
  });

  setTimeout(() => {
    review.sentiment = scoreSentiment(review.text);
  }, 0);

  return { id: created.id };
}
