// positive LW007: a NestJS queue consumer calls process.exit(1) when saving the job result fails, logging nothing about the job
import { Processor, WorkerHost } from "@nestjs/bullmq";
import { InjectRepository } from "@nestjs/typeorm";
import type { Job } from "bullmq";
import { Repository } from "typeorm";
import { Thumbnail } from "./thumbnail.entity";

@Processor("thumbnails")
export class ThumbnailConsumer extends WorkerHost {
  constructor(@InjectRepository(Thumbnail) private readonly thumbnails: Repository<Thumbnail>) {
    super();
  }

  async process(job: Job<{ imageId: string; url: string }>): Promise<void> {
    const thumb = this.thumbnails.create({ imageId: job.data.imageId, url: job.data.url });
    try {
      await this.thumbnails.save(thumb);
    } catch {
      process.exit(1);
    }
  }
}
