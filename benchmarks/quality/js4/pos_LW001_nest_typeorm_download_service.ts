// positive LW001: NestJS service, recordDownload() calls this.downloads.insert(...) without awaiting or returning it; the other methods are correct
import { Injectable, NotFoundException } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { Release } from "./release.entity";
import { DownloadEvent } from "./download-event.entity";

@Injectable()
export class ReleaseService {
  constructor(
    @InjectRepository(Release) private readonly releases: Repository<Release>,
    @InjectRepository(DownloadEvent) private readonly downloads: Repository<DownloadEvent>,
  ) {}

  async publish(projectId: string, version: string, notes: string): Promise<Release> {
    const release = this.releases.create({ projectId, version, notes, publishedAt: new Date() });
    return this.releases.save(release);
  }

  async latest(projectId: string): Promise<Release> {
    const release = await this.releases.findOne({
      where: { projectId },
      order: { publishedAt: "DESC" },
    });
    if (!release) throw new NotFoundException(`no release for ${projectId}`);
    return release;
  }

  recordDownload(release: Release, userAgent: string, country: string): void {
    this.downloads.insert({
      releaseId: release.id,
      userAgent,
      country,
      at: new Date(),
    });
  }

  async downloadUrl(projectId: string, userAgent: string, country: string): Promise<string> {
    const release = await this.latest(projectId);
    this.recordDownload(release, userAgent, country);
    return `https://cdn.example.com/${projectId}/${release.version}/bundle.tgz`;
  }
}
