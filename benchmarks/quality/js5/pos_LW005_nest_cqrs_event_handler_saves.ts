// positive LW005: NestJS controller publishes ReviewSubmittedEvent on the CQRS EventBus and returns the review id; the event handler does the Prisma insert asynchronously, after the 201
import { Body, Controller, HttpCode, Injectable, Logger, Post } from "@nestjs/common";
import { EventBus, EventsHandler, IEventHandler } from "@nestjs/cqrs";
import { randomUUID } from "node:crypto";
import { PrismaService } from "../prisma/prisma.service";

export class ReviewSubmittedEvent {
  constructor(
    public readonly id: string,
    public readonly productId: string,
    public readonly authorId: string,
    public readonly stars: number,
    public readonly text: string,
  ) {}
}

@EventsHandler(ReviewSubmittedEvent)
@Injectable()
export class PersistReviewHandler implements IEventHandler<ReviewSubmittedEvent> {
  private readonly logger = new Logger(PersistReviewHandler.name);

  constructor(private readonly prisma: PrismaService) {}

  async handle(event: ReviewSubmittedEvent): Promise<void> {
    await this.prisma.review.create({
      data: { id: event.id, productId: event.productId, authorId: event.authorId, stars: event.stars, text: event.text },
    });
    this.logger.log(`review ${event.id} stored`);
  }
}

class SubmitReviewDto {
  productId!: string;
  stars!: number;
  text!: string;
}

@Controller("reviews")
export class ReviewsController {
  constructor(private readonly eventBus: EventBus) {}

  @Post()
  @HttpCode(201)
  submit(@Body() dto: SubmitReviewDto) {
    const id = randomUUID();
    this.eventBus.publish(new ReviewSubmittedEvent(id, dto.productId, "current-user", dto.stars, dto.text));
    return { id, status: "published" };
  }
}
