// negative LW003: static-site build writes generated pages into a freshly created dist/ directory; these are build artifacts, not a state file that the program reads back
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { marked } from "marked";
import { globby } from "globby";
import { readFile } from "node:fs/promises";

const OUT = path.resolve("dist");

function layout(title, body) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

async function build() {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const sources = await globby("content/**/*.md");
  const pages = [];
  for (const src of sources) {
    const md = await readFile(src, "utf8");
    const title = md.match(/^# (.+)$/m)?.[1] ?? path.basename(src, ".md");
    const rel = path.relative("content", src).replace(/\.md$/, ".html");
    const target = path.join(OUT, rel);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, layout(title, marked.parse(md)));
    pages.push(rel);
  }
  await writeFile(
    path.join(OUT, "sitemap.xml"),
    `<urlset>${pages.map((p) => `<url><loc>https://docs.example.com/${p}</loc></url>`).join("")}</urlset>`,
  );
  console.log(`built ${pages.length} pages`);
}

await build();
