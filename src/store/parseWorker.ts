/** A parse-pool worker: parses the batches of article files it is sent, one reply per batch. */
import { parentPort } from "node:worker_threads";
import { parseArticle, type ArticleInput } from "../parse/parseArticle.js";
import type { ParsedFile } from "./parsePool.js";

parentPort?.on("message", (batch: { id: number; inputs: ArticleInput[] }) => {
  const results: ParsedFile[] = batch.inputs.map((input) => {
    try {
      return { article: parseArticle(input) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  });
  parentPort?.postMessage({ id: batch.id, results });
});
