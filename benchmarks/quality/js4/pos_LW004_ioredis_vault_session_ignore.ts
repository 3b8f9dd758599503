// positive LW004: SessionVault.persist() ignores a failed ioredis HSET/EXPIRE with .catch(() => undefined) and reports the session as saved
import Redis from "ioredis";
import { randomUUID } from "node:crypto";

export type Session = {
  userId: string;
  roles: string[];
  mfa: boolean;
  createdAt: number;
};

export class SessionVault {
  constructor(
    private readonly vault: Redis,
    private readonly ttlSeconds = 60 * 60 * 8,
  ) {}

  private key(id: string): string {
    return `sess:${id}`;
  }

  async open(id: string): Promise<Session | null> {
    const raw = await this.vault.hget(this.key(id), "data");
    return raw ? (JSON.parse(raw) as Session) : null;
  }

  async persist(session: Session): Promise<string> {
    const id = randomUUID();
    await this.vault
      .multi()
      .hset(this.key(id), "data", JSON.stringify(session))
      .expire(this.key(id), this.ttlSeconds)
      .exec()
      .catch(() => undefined);
    return id;
  }

  async revoke(id: string): Promise<void> {
    await this.vault.del(this.key(id));
  }
}
