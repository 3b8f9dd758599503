// negative LW002: integration test closes the pool in afterAll; every write in the tests is awaited
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Pool } from "pg";
import { createUser, getUser } from "../src/users";

const pool = new Pool({ connectionString: process.env.TEST_DATABASE_URL });

beforeAll(async () => {
  await pool.query("TRUNCATE users CASCADE");
});

afterAll(async () => {
  await pool.end();
});

describe("users", () => {
  it("stores and reads back a user", async () => {
    const id = await createUser(pool, { email: "a@example.com" });
    await pool.query("UPDATE users SET verified = true WHERE id = $1", [id]);
    expect((await getUser(pool, id))?.verified).toBe(true);
  });
});
