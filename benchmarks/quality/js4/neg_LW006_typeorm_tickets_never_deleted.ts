// negative LW006: attachment upsert handler in a model where tickets are never deleted (purge only sets purgedAt, no cascade), so the parent cannot disappear under the child write
import { EventsHandler, type IEventHandler } from "@nestjs/cqrs";
import { InjectRepository } from "@nestjs/typeorm";
import { Column, Entity, ManyToOne, PrimaryColumn, Repository, JoinColumn } from "typeorm";

@Entity()
export class Ticket {
  @PrimaryColumn("uuid") id!: string;
  @Column() subject!: string;
  @Column({ type: "timestamptz", nullable: true }) purgedAt!: Date | null;
}

@Entity()
export class Attachment {
  @PrimaryColumn("uuid") id!: string;
  @Column("uuid") ticketId!: string;
  @ManyToOne(() => Ticket, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "ticketId" })
  ticket!: Ticket;
  @Column() fileName!: string;
  @Column() scanVerdict!: string;
}

export class TicketPurgedEvent {
  constructor(public readonly ticketId: string) {}
}

export class AttachmentScannedEvent {
  constructor(
    public readonly attachmentId: string,
    public readonly ticketId: string,
    public readonly fileName: string,
    public readonly verdict: "clean" | "infected",
  ) {}
}

@EventsHandler(TicketPurgedEvent)
export class TicketPurgedHandler implements IEventHandler<TicketPurgedEvent> {
  constructor(@InjectRepository(Ticket) private readonly tickets: Repository<Ticket>) {}

  async handle(event: TicketPurgedEvent): Promise<void> {
    // tickets are retained for audit: purging hides them, it never deletes the row
    await this.tickets.update({ id: event.ticketId }, { purgedAt: new Date() });
  }
}

@EventsHandler(AttachmentScannedEvent)
export class AttachmentScannedHandler implements IEventHandler<AttachmentScannedEvent> {
  constructor(@InjectRepository(Attachment) private readonly attachments: Repository<Attachment>) {}

  async handle(event: AttachmentScannedEvent): Promise<void> {
    await this.attachments.upsert(
      { id: event.attachmentId, ticketId: event.ticketId, fileName: event.fileName, scanVerdict: event.verdict },
      ["id"],
    );
  }
}
