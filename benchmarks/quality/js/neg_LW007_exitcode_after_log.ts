// negative LW007: a failed export write is logged and only sets process.exitCode; the process ends normally
import { writeFile } from "node:fs/promises";
import { buildReport } from "./report";

async function main() {
  const out = process.argv[2] ?? "report.json";
  try {
    await writeFile(out, JSON.stringify(await buildReport(), null, 2), { flag: "wx" });
    console.log(`report written to ${out}`);
  } catch (err) {
    console.error(`could not write ${out}:`, err);
    process.exitCode = 1;
  }
}

void main();
