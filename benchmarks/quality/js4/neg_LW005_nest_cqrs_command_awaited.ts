// negative LW005: NestJS controller awaits commandBus.execute(InviteMemberCommand), whose handler saves the invitation before returning; events are published only after the save
import { Body, Controller, Post } from "@nestjs/common";
import { CommandBus, CommandHandler, EventBus, type ICommandHandler } from "@nestjs/cqrs";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { randomUUID } from "node:crypto";
import { Invitation } from "./invitation.entity";

export class InviteMemberCommand {
  constructor(
    public readonly teamId: string,
    public readonly email: string,
    public readonly role: "member" | "admin",
  ) {}
}

export class MemberInvitedEvent {
  constructor(public readonly invitationId: string, public readonly email: string) {}
}

@CommandHandler(InviteMemberCommand)
export class InviteMemberHandler implements ICommandHandler<InviteMemberCommand, string> {
  constructor(
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
    private readonly eventBus: EventBus,
  ) {}

  async execute(command: InviteMemberCommand): Promise<string> {
    const id = randomUUID();
    await this.invitations.save({
      id,
      teamId: command.teamId,
      email: command.email,
      role: command.role,
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
    });
    this.eventBus.publish(new MemberInvitedEvent(id, command.email));
    return id;
  }
}

@Controller("teams/:teamId/invitations")
export class InvitationController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  async invite(@Body() body: { teamId: string; email: string; role?: "member" | "admin" }) {
    const invitationId = await this.commandBus.execute<InviteMemberCommand, string>(
      new InviteMemberCommand(body.teamId, body.email, body.role ?? "member"),
    );
    return { invitationId, status: "sent" };
  }
}
