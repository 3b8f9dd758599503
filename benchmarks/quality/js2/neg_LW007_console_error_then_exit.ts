// negative LW007: the migration script prints the failing customer and the error to stderr before process.exit(1)
import { readFile } from "node:fs/promises";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function importCustomers(file: string): Promise<void> {
  const customers = JSON.parse(await readFile(file, "utf8")) as { id: string; name: string }[];
  for (const c of customers) {
    try {
      await pool.query("INSERT INTO customers (id, name) VALUES ($1, $2)", [c.id, c.name]);
    } catch (err) {
      console.error(`import stopped: customer ${c.id} not inserted`, err);
      process.exit(1);
    }
  }
  await pool.end();
}

importCustomers(process.argv[2]);
