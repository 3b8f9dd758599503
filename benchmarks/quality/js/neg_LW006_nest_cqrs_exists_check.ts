// negative LW006: the ReplyPosted projection checks that the thread still exists before upserting the reply
import { Logger } from "@nestjs/common";
import { EventsHandler, type IEventHandler } from "@nestjs/cqrs";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { Reply, Thread } from "./entities";

export class ReplyPostedEvent {
  constructor(
    public readonly replyId: string,
    public readonly threadId: string,
    public readonly body: string,
  ) {}
}

@EventsHandler(ReplyPostedEvent)
export class ReplyPostedProjection implements IEventHandler<ReplyPostedEvent> {
  private readonly logger = new Logger(ReplyPostedProjection.name);

  constructor(
    @InjectRepository(Reply) private readonly replies: Repository<Reply>,
    @InjectRepository(Thread) private readonly threads: Repository<Thread>,
  ) {}

  async handle(event: ReplyPostedEvent) {
    const exists = await this.threads.existsBy({ id: event.threadId });
    if (!exists) {
      this.logger.warn(`thread ${event.threadId} removed, skipping reply ${event.replyId}`);
      return;
    }
    await this.replies.upsert({ id: event.replyId, threadId: event.threadId, body: event.body }, ["id"]);
  }
}

export class ThreadDeletedEvent {
  constructor(public readonly threadId: string) {}
}

@EventsHandler(ThreadDeletedEvent)
export class ThreadDeletedProjection implements IEventHandler<ThreadDeletedEvent> {
  constructor(@InjectRepository(Thread) private readonly threads: Repository<Thread>) {}

  async handle(event: ThreadDeletedEvent) {
    await this.threads.delete({ id: event.threadId });
  }
}
