// positive LW045: signup handler INSERTs the user with postgres.js, then calls annotateLater(row) without awaiting; the helper's dynamic import sets row.risk_tier on the in-memory object only
import postgres from "postgres";

const sql = postgres(process.env.DATABASE_URL as string, { max: 10 });

type SignupRow = {
  id: string;
  email: string;
  country: string;
  ip: string;
  risk_tier?: "low" | "review" | "block";
};

async function annotateLater(row: SignupRow): Promise<void> {
  const { riskTier } = await import("./risk-rules.js");
  row.risk_tier = riskTier({ email: row.email, country: row.country, ip: row.ip });
}

export async function registerUser(email: string, country: string, ip: string): Promise<SignupRow> {
  const row: SignupRow = { id: crypto.randomUUID(), email: email.toLowerCase(), country, ip };
  await sql`
    INSERT INTO users (id, email, country, signup_ip, risk_tier)
    VALUES (${row.id}, ${row.email}, ${row.country}, ${row.ip}, ${row.risk_tier ?? null})
  `;
  annotateLater(row);
  return row;
}

export async function usersNeedingReview(limit = 100) {
  return sql`SELECT id, email FROM users WHERE risk_tier = 'review' ORDER BY created_at LIMIT ${limit}`;
}
