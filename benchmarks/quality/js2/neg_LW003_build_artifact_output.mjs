// negative LW003: a build script writes generated bundle files into dist/, which is regenerated on every build and never read back as state
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const SRC = "src/icons";
const OUT = "dist";

export async function buildIconSprite() {
  const files = (await readdir(SRC)).filter((f) => f.endsWith(".svg"));
  const symbols = await Promise.all(
    files.map(async (f) => {
      const svg = await readFile(path.join(SRC, f), "utf8");
      return svg.replace("<svg", `<symbol id="${path.basename(f, ".svg")}"`).replace("</svg>", "</symbol>");
    }),
  );
  await mkdir(OUT, { recursive: true });
  await writeFile(path.join(OUT, "sprite.svg"), `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join("")}</svg>`);
}

await buildIconSprite();
