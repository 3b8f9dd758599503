// positive LW003: a NestJS FeatureFlagsService persists flags.json with fs.promises.writeFile over the live file on each toggle
import { Injectable, OnModuleInit } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { promises as fs } from "node:fs";

@Injectable()
export class FeatureFlagsService implements OnModuleInit {
  private flags: Record<string, boolean> = {};

  constructor(private readonly config: ConfigService) {}

  private get file(): string {
    return this.config.getOrThrow<string>("FLAGS_FILE");
  }

  async onModuleInit(): Promise<void> {
    this.flags = JSON.parse(await fs.readFile(this.file, "utf8"));
  }

  isOn(name: string): boolean {
    return this.flags[name] === true;
  }

  async toggle(name: string, on: boolean): Promise<void> {
    this.flags[name] = on;
    await fs.writeFile(this.file, JSON.stringify(this.flags, null, 2), "utf8");
  }
}
