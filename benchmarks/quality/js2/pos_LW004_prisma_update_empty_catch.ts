// positive LW004: the last-seen timestamp update is chained with an empty .catch(() => {}), so failures are ignored outright
import { PrismaClient } from "@prisma/client";

export class PresenceService {
  constructor(private readonly prisma: PrismaClient) {}

  async heartbeat(userId: string): Promise<{ online: true }> {
    await this.prisma.user
      .update({ where: { id: userId }, data: { lastSeenAt: new Date() } })
      .catch(() => {});
    return { online: true };
  }

  async onlineSince(minutes: number) {
    return this.prisma.user.findMany({ where: { lastSeenAt: { gte: new Date(Date.now() - minutes * 60_000) } } });
  }
}
