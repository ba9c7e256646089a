/** `npm run --silent add -- [--json] [--articles DIR] [--db FILE] <URL|PATH>`: add an article, reload. */
import { basename } from "node:path";
import type { ArticleSource } from "../curation/articleSource.js";
import { addedReply } from "../reply/curationReply.js";
import { articlePath, CLI_OPERATOR, runCurationCli } from "./curationCli.js";

const USAGE = "usage: npm run --silent add -- [--json] [--articles DIR] [--db FILE] <URL|PATH>";

function sourceOf(target: string): ArticleSource {
  if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(target)) return { kind: "url", url: target };
  return { kind: "file", file: { name: basename(target), size: null, contentType: null, path: target } };
}

runCurationCli(USAGE, async (run) => {
  const result = await run.curation.add(sourceOf(run.target), CLI_OPERATOR, () => run.service.reload());
  const { id, file, title, outlet, date, url } = result.added;
  return {
    json: { added: { id, file: articlePath(run, file), title, outlet, date, url }, reload: result.reload },
    reply: addedReply(result),
  };
}).catch((error: unknown) => {
  process.stderr.write(`add: ${(error as Error).message}\n`);
  process.exit(1);
});
