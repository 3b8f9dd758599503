// negative LW007: process.exit(2) follows a usage message for bad arguments; no write has happened
const { importFile } = require("./import");

async function main(argv) {
  const [file] = argv;
  if (!file) {
    console.error("usage: import-contacts <file.csv>");
    process.exit(2);
  }
  const count = await importFile(file);
  console.log(`imported ${count} contacts`);
}

main(process.argv.slice(2)).catch((err) => {
  console.error("import failed:", err);
  process.exitCode = 1;
});
