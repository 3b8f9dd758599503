// negative LW007: the flush promise's catch logs the error with the file path, then exits
import { writeFile } from "node:fs/promises";
import { logger } from "./logger";

export function flushOnShutdown(path: string, snapshot: () => unknown) {
  process.once("SIGTERM", () => {
    writeFile(path, JSON.stringify(snapshot()))
      .then(() => process.exit(0))
      .catch((err) => {
        logger.error({ err, path }, "snapshot flush failed");
        process.exit(1);
      });
  });
}
