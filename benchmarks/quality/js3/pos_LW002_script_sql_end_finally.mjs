// Positive LW002: backfill script starts a postgres.js update per tenant, then the finally ends the pool under them.
import postgres from "postgres";

const sql = postgres(process.env.DATABASE_URL, { max: 4 });

async function tenantsMissingRegion() {
  return sql`select id, billing_country from tenants where region is null`;
}

function regionFor(country) {
  return ["DE", "FR", "NL", "IE"].includes(country) ? "eu" : "us";
}

try {
  const tenants = await tenantsMissingRegion();
  for (const t of tenants) {
    sql`update tenants set region = ${regionFor(t.billing_country)} where id = ${t.id}`.catch((e) =>
      console.warn("region backfill failed", t.id, e.message),
    );
  }
  console.log(`backfilling ${tenants.length} tenants`);
} finally {
  await sql.end();
}
