// negative LW004: the archive upload retries with backoff and throws after the last failed attempt
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function putArchiveObject(baseUrl: string, key: string, body: Uint8Array, attempts = 4): Promise<void> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(`${baseUrl}/archive/${encodeURIComponent(key)}`, { method: "PUT", body });
      if (!res.ok) throw new Error(`archive PUT ${key}: HTTP ${res.status}`);
      return;
    } catch (err) {
      lastError = err;
      console.warn(`archive PUT ${key} attempt ${attempt} failed`, err);
      await sleep(200 * 2 ** attempt);
    }
  }
  throw lastError;
}
