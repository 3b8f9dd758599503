// positive LW006: NestJS CQRS ReplyPosted handler upserts a reply by threadId; ThreadDeleted handler deletes the thread (cascade)
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

export class ThreadDeletedEvent {
  constructor(public readonly threadId: string) {}
}

@EventsHandler(ReplyPostedEvent)
export class ReplyPostedProjection implements IEventHandler<ReplyPostedEvent> {
  constructor(@InjectRepository(Reply) private readonly replies: Repository<Reply>) {}

  async handle(event: ReplyPostedEvent) {
    await this.replies.upsert({ id: event.replyId, threadId: event.threadId, body: event.body }, ["id"]);
  }
}

@EventsHandler(ThreadDeletedEvent)
export class ThreadDeletedProjection implements IEventHandler<ThreadDeletedEvent> {
  constructor(@InjectRepository(Thread) private readonly threads: Repository<Thread>) {}

  async handle(event: ThreadDeletedEvent) {
    await this.threads.delete({ id: event.threadId });
  }
}
