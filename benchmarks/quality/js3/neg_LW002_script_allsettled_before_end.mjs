// Negative LW002: backfill script collects every update promise and awaits them before ending the pool.
import postgres from "postgres";

const sql = postgres(process.env.DATABASE_URL, { max: 4 });

const regionFor = (country) => (["DE", "FR", "NL", "IE"].includes(country) ? "eu" : "us");

try {
  const tenants = await sql`select id, billing_country from tenants where region is null`;
  const results = await Promise.allSettled(
    tenants.map((t) => sql`update tenants set region = ${regionFor(t.billing_country)} where id = ${t.id}`),
  );
  const failed = results.filter((r) => r.status === "rejected");
  if (failed.length) {
    console.error(`${failed.length} tenant updates failed`, failed[0].reason);
    process.exitCode = 1;
  }
} finally {
  await sql.end();
}
