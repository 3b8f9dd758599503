// positive LW003: model registry promotes a staged manifest by copyFile()-ing it onto the live active-manifest.json that the serving process reads on reload
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createHash } from "node:crypto";

const REGISTRY = process.env.REGISTRY_DIR ?? "/var/lib/models";
const LIVE_MANIFEST = join(REGISTRY, "active-manifest.json");

export interface Manifest {
  model: string;
  version: string;
  sha256: string;
  promotedAt?: string;
}

export async function stage(model: string, version: string, weights: Buffer): Promise<string> {
  const dir = join(REGISTRY, "staged", `${model}-${version}`);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "weights.bin"), weights, { flag: "wx" });
  const manifest: Manifest = { model, version, sha256: createHash("sha256").update(weights).digest("hex") };
  const manifestPath = join(dir, "manifest.json");
  await writeFile(manifestPath, JSON.stringify(manifest), { flag: "wx" });
  return manifestPath;
}

export async function promote(stagedManifestPath: string): Promise<Manifest> {
  const manifest = JSON.parse(await readFile(stagedManifestPath, "utf8")) as Manifest;
  manifest.promotedAt = new Date().toISOString();
  await writeFile(stagedManifestPath, JSON.stringify(manifest));
  // the serving process re-reads LIVE_MANIFEST on SIGHUP
  await copyFile(stagedManifestPath, LIVE_MANIFEST);
  return manifest;
}

export async function active(): Promise<Manifest> {
  return JSON.parse(await readFile(LIVE_MANIFEST, "utf8")) as Manifest;
}
