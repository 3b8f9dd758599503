// Negative LW001: the only un-awaited call is a read-only cache prefetch; the page write is awaited.
import { writeFile } from "node:fs/promises";
import path from "node:path";

export function createPublisher({ cache, outDir, render }) {
  async function prefetchRelated(slug) {
    const related = await cache.get(`related:${slug}`);
    return related ?? [];
  }

  return {
    async publish(page) {
      const html = render(page);
      await writeFile(path.join(outDir, `${page.slug}.html`), html, "utf8");
      void prefetchRelated(page.slug);
      return { slug: page.slug, bytes: html.length };
    },
  };
}
