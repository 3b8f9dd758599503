// negative LW001: NestJS service, the release row and its download counter row are written with an awaited Promise.all
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

  async latest(projectId: string): Promise<Release> {
    const release = await this.releases.findOne({
      where: { projectId },
      order: { publishedAt: "DESC" },
    });
    if (!release) throw new NotFoundException(`no release for ${projectId}`);
    return release;
  }

  async downloadUrl(projectId: string, userAgent: string, country: string): Promise<string> {
    const release = await this.latest(projectId);
    await Promise.all([
      this.downloads.insert({ releaseId: release.id, userAgent, country, at: new Date() }),
      this.releases.increment({ id: release.id }, "downloadCount", 1),
    ]);
    return `https://cdn.example.com/${projectId}/${release.version}/bundle.tgz`;
  }
}
