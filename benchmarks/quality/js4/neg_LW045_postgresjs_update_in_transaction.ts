// negative LW045: signup inserts the user and, in the same awaited sql.begin transaction, computes the risk tier and UPDATEs it, so the commit contains the enrichment
import postgres from "postgres";

const sql = postgres(process.env.DATABASE_URL as string, { max: 10 });

export async function registerUser(email: string, country: string, ip: string): Promise<string> {
  const id = crypto.randomUUID();
  await sql.begin(async (tx) => {
    await tx`
      INSERT INTO users (id, email, country, signup_ip)
      VALUES (${id}, ${email.toLowerCase()}, ${country}, ${ip})
    `;
    const { riskTier } = await import("./risk-rules.js");
    const tier = riskTier({ email, country, ip });
    await tx`UPDATE users SET risk_tier = ${tier} WHERE id = ${id}`;
  });
  return id;
}
