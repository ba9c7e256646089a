/** A reload report as a reply a moderator can read at a glance. */
import type { ReloadReport } from "../store/libraryService.js";
import type { InfoReply } from "./reply.js";

const MAX_NAMES = 10;

/** How the bot's other shards took a reload (a sharded bot only). */
export interface ShardsSwapped {
  /** Shards in all, the one that reloaded included. */
  total: number;
  /** Shards now serving the reloaded set. */
  serving: number[];
  failed: { shard: number; reason: string }[];
}

/** A reload's report, and in a sharded bot whether every shard serves the result. */
export interface ReloadOutcome extends ReloadReport {
  shards?: ShardsSwapped;
}

function shardsLine(shards: ShardsSwapped): string {
  if (shards.failed.length === 0) return `All ${shards.total} shards serve this set.`;
  const failures = shards.failed
    .slice(0, MAX_NAMES)
    .map((f) => `shard ${f.shard}: ${f.reason.slice(0, 200)}`)
    .join("\n");
  return `${shards.serving.length} of ${shards.total} shards serve this set; these did not swap:\n${failures}`;
}

function names(files: readonly string[]): string {
  if (files.length === 0) return "none";
  const shown = files.slice(0, MAX_NAMES).join(", ");
  return files.length > MAX_NAMES ? `${shown} and ${files.length - MAX_NAMES} more` : shown;
}

export function reloadReply(report: ReloadOutcome): InfoReply {
  const fields = [
    { name: `Added (${report.added.length})`, value: names(report.added) },
    { name: `Changed (${report.changed.length})`, value: names(report.changed) },
    { name: `Removed (${report.removed.length})`, value: names(report.removed) },
  ];
  if (report.failed.length) {
    fields.push({
      name: `Failed (${report.failed.length})`,
      value: report.failed
        .slice(0, MAX_NAMES)
        .map((f) => `${f.file}: ${f.reason}`)
        .join("\n"),
    });
  }
  if (report.store.problem) fields.push({ name: "Store", value: report.store.problem });
  if (report.shards) fields.push({ name: "Shards", value: shardsLine(report.shards) });
  return {
    kind: "info",
    title: "Articles reloaded",
    text: `Now serving ${report.articles} articles (${report.sentences} sentences); ${report.unchanged} unchanged. Took ${report.ms} ms.`,
    fields,
    url: null,
  };
}
