// negative LW005: NestJS controller awaits commandBus.execute(), whose handler inserts the review with Prisma, before returning 201; the event published afterwards only notifies
import { Body, Controller, HttpCode, Injectable, Post } from "@nestjs/common";
import { CommandBus, CommandHandler, EventBus, ICommandHandler } from "@nestjs/cqrs";
import { randomUUID } from "node:crypto";
import { PrismaService } from "../prisma/prisma.service";

export class SubmitReviewCommand {
  constructor(
    public readonly id: string,
    public readonly productId: string,
    public readonly stars: number,
    public readonly text: string,
  ) {}
}

export class ReviewStoredEvent {
  constructor(public readonly id: string, public readonly productId: string) {}
}

@CommandHandler(SubmitReviewCommand)
@Injectable()
export class SubmitReviewHandler implements ICommandHandler<SubmitReviewCommand> {
  constructor(
    private readonly prisma: PrismaService,
    private readonly events: EventBus,
  ) {}

  async execute(cmd: SubmitReviewCommand): Promise<string> {
    await this.prisma.review.create({
      data: { id: cmd.id, productId: cmd.productId, stars: cmd.stars, text: cmd.text },
    });
    this.events.publish(new ReviewStoredEvent(cmd.id, cmd.productId));
    return cmd.id;
  }
}

@Controller("reviews")
export class ReviewsController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(201)
  async submit(@Body() dto: { productId: string; stars: number; text: string }) {
    const id = await this.commandBus.execute(new SubmitReviewCommand(randomUUID(), dto.productId, dto.stars, dto.text));
    return { id, status: "stored" };
  }
}
