// Positive LW001: static-site build script starts fs.promises.writeFile for each page and never awaits the promises.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { renderMarkdown } from "./render.mjs";

async function build(srcDir, outDir) {
  await mkdir(outDir, { recursive: true });
  const entries = await readdir(srcDir);
  let pages = 0;
  for (const entry of entries) {
    if (!entry.endsWith(".md")) continue;
    const source = await readFile(path.join(srcDir, entry), "utf8");
    const html = renderMarkdown(source);
    writeFile(path.join(outDir, entry.replace(/\.md$/, ".html")), html, "utf8");
    pages += 1;
  }
  console.log(`built ${pages} pages into ${outDir}`);
}

await build(process.argv[2] ?? "content", process.argv[3] ?? "public");
