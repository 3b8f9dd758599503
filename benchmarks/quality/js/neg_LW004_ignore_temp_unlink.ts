// negative LW004: only the cleanup of a temporary file ignores its error; the upload write itself propagates
import { unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { putObject } from "./s3";

export async function uploadThumbnail(key: string, png: Uint8Array) {
  const tmp = path.join(tmpdir(), `thumb-${process.pid}-${Date.now()}.png`);
  await writeFile(tmp, png);
  try {
    await putObject(key, tmp);
  } finally {
    await unlink(tmp).catch(() => {});
  }
}
