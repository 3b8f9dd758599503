// positive LW003: SettingsStore class (desktop/agent app) persists settings.yaml, loaded at every start, with fs.promises.writeFile over the live path on each change
import { promises as fs } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { EventEmitter } from "node:events";

export interface AgentSettings {
  serverUrl: string;
  enrollmentToken: string | null;
  pollSeconds: number;
  tags: string[];
}

const DEFAULTS: AgentSettings = { serverUrl: "https://fleet.example.com", enrollmentToken: null, pollSeconds: 60, tags: [] };

export class SettingsStore extends EventEmitter {
  private data: AgentSettings = { ...DEFAULTS };
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly dir: string) {
    super();
  }

  get file(): string {
    return path.join(this.dir, "settings.yaml");
  }

  async load(): Promise<AgentSettings> {
    try {
      this.data = { ...DEFAULTS, ...YAML.parse(await fs.readFile(this.file, "utf8")) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
    return this.data;
  }

  get<K extends keyof AgentSettings>(key: K): AgentSettings[K] {
    return this.data[key];
  }

  async update(patch: Partial<AgentSettings>): Promise<void> {
    this.data = { ...this.data, ...patch };
    this.saving = this.saving.then(() => this.persist());
    await this.saving;
    this.emit("changed", this.data);
  }

  private async persist(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    await fs.writeFile(this.file, YAML.stringify(this.data), "utf8");
  }
}
