// positive LW006: NestJS CQRS event handler upserts an attachment row for AttachmentScanned without checking the ticket, while TicketPurged deletes tickets (Attachment.ticket onDelete: "CASCADE")
import { EventsHandler, type IEventHandler } from "@nestjs/cqrs";
import { InjectRepository } from "@nestjs/typeorm";
import { Column, Entity, ManyToOne, PrimaryColumn, Repository, JoinColumn } from "typeorm";

@Entity()
export class Ticket {
  @PrimaryColumn("uuid") id!: string;
  @Column() subject!: string;
}

@Entity()
export class Attachment {
  @PrimaryColumn("uuid") id!: string;
  @Column("uuid") ticketId!: string;
  @ManyToOne(() => Ticket, { onDelete: "CASCADE" })
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
    await this.tickets.delete({ id: event.ticketId });
  }
}

@EventsHandler(AttachmentScannedEvent)
export class AttachmentScannedHandler implements IEventHandler<AttachmentScannedEvent> {
  constructor(@InjectRepository(Attachment) private readonly attachments: Repository<Attachment>) {}

  async handle(event: AttachmentScannedEvent): Promise<void> {
    await this.attachments.upsert(
      {
        id: event.attachmentId,
        ticketId: event.ticketId,
        fileName: event.fileName,
        scanVerdict: event.verdict,
      },
      ["id"],
    );
  }
}
