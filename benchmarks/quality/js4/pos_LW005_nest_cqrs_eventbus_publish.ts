// positive LW005: NestJS controller publishes MemberInvitedEvent on the CQRS EventBus and returns 201; the invitation row is only saved by the event handler, after the response
import { Body, Controller, HttpCode, Post } from "@nestjs/common";
import { EventBus, EventsHandler, type IEventHandler } from "@nestjs/cqrs";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { randomUUID } from "node:crypto";
import { Invitation } from "./invitation.entity";

export class MemberInvitedEvent {
  constructor(
    public readonly invitationId: string,
    public readonly teamId: string,
    public readonly email: string,
    public readonly role: "member" | "admin",
  ) {}
}

@EventsHandler(MemberInvitedEvent)
export class PersistInvitationHandler implements IEventHandler<MemberInvitedEvent> {
  constructor(@InjectRepository(Invitation) private readonly invitations: Repository<Invitation>) {}

  async handle(event: MemberInvitedEvent): Promise<void> {
    await this.invitations.save({
      id: event.invitationId,
      teamId: event.teamId,
      email: event.email,
      role: event.role,
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
    });
  }
}

@Controller("teams/:teamId/invitations")
export class InvitationController {
  constructor(private readonly eventBus: EventBus) {}

  @Post()
  @HttpCode(201)
  invite(@Body() body: { teamId: string; email: string; role?: "member" | "admin" }) {
    const invitationId = randomUUID();
    this.eventBus.publish(new MemberInvitedEvent(invitationId, body.teamId, body.email, body.role ?? "member"));
    return { invitationId, status: "sent" };
  }
}
