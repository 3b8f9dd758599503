// negative LW001: NestJS service keeps background Prisma writes in a pending set, logs failures at error with the stack and drains them on shutdown; un-awaited calls elsewhere store nothing
import { Injectable, Logger, type OnApplicationShutdown } from "@nestjs/common";
import { EventEmitter2 } from "@nestjs/event-emitter";
import { PrismaService } from "./prisma.service";
import { MetricsService } from "./metrics.service";

@Injectable()
export class DownloadsService implements OnApplicationShutdown {
  private readonly logger = new Logger(DownloadsService.name);
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly prisma: PrismaService,
    private readonly events: EventEmitter2,
    private readonly metrics: MetricsService,
  ) {}

  private keep(work: Promise<unknown>, what: string): void {
    const tracked = work
      .catch((err: Error) => {
        this.logger.error(`${what} failed`, err.stack);
      })
      .finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }

  async registerDownload(userId: string, assetId: string) {
    const asset = await this.prisma.asset.findUniqueOrThrow({ where: { id: assetId } });
    this.keep(
      this.prisma.downloadLog.create({ data: { userId, assetId, at: new Date() } }),
      `download log for ${assetId}`,
    );
    // in-process only: a websocket broadcast and a metrics counter, neither stores data
    this.events.emit("asset.downloaded", { assetId, userId });
    this.metrics.increment("downloads_total", { plan: asset.plan });
    return { url: asset.signedUrl };
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }
}
