// positive LW007: a migration script calls process.exit(1) in the catch of a failed insert without printing what failed
import { readFile } from "node:fs/promises";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function importCustomers(file: string): Promise<void> {
  const customers = JSON.parse(await readFile(file, "utf8")) as { id: string; name: string }[];
  for (const c of customers) {
    try {
      await pool.query("INSERT INTO customers (id, name) VALUES ($1, $2)", [c.id, c.name]);
    } catch {
      process.exit(1);
    }
  }
  await pool.end();
  console.log(`imported ${customers.length} customers`);
}

importCustomers(process.argv[2]);
