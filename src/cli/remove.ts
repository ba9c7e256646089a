/** `npm run --silent remove -- [--json] [--articles DIR] [--db FILE] <ID>`: set an article aside, reload. */
import { removedReply } from "../reply/curationReply.js";
import { articlePath, CLI_OPERATOR, runCurationCli } from "./curationCli.js";

const USAGE = "usage: npm run --silent remove -- [--json] [--articles DIR] [--db FILE] <ID>";

runCurationCli(USAGE, async (run) => {
  const result = await run.curation.remove(run.target, CLI_OPERATOR, () => run.service.reload());
  const { id, file, movedTo } = result.removed;
  return {
    json: {
      removed: { id, file: articlePath(run, file), movedTo: run.shown(movedTo) },
      reload: result.reload,
    },
    reply: removedReply(result),
  };
}).catch((error: unknown) => {
  process.stderr.write(`remove: ${(error as Error).message}\n`);
  process.exit(1);
});
