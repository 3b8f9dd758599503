// negative LW001: un-awaited cache warm-up calls are reads (GET fetches and KV get), not writes
interface Env {
  CONFIG: KVNamespace;
  API_ORIGIN: string;
}

const WARM_PATHS = ["/api/catalog", "/api/featured", "/api/categories"];

export default {
  async scheduled(_controller: ScheduledController, env: Env): Promise<void> {
    for (const path of WARM_PATHS) {
      fetch(`${env.API_ORIGIN}${path}`, { cf: { cacheTtl: 300, cacheEverything: true } });
    }
    env.CONFIG.get("feature-flags", { type: "json", cacheTtl: 300 });
    console.log(`warm-up issued for ${WARM_PATHS.length} paths`);
  },
};
