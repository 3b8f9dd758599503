// positive LW001: a migration script writes secrets with items.forEach(async ...) - forEach drops every write promise
import { readFile } from "node:fs/promises";
import { createClient } from "redis";

class Vault {
  constructor(client) {
    this.client = client;
  }

  async put(name, ciphertext) {
    await this.client.hSet("vault", name, ciphertext);
  }
}

async function main(path) {
  const client = createClient({ url: process.env.REDIS_URL });
  await client.connect();
  const vault = new Vault(client);
  const items = JSON.parse(await readFile(path, "utf8"));
  items.forEach(async (item) => {
    await vault.put(item.name, item.ciphertext);
  });
  console.log(`migrated ${items.length} secrets`);
}

main(process.argv[2]);
