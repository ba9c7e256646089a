/** A reload report as a reply a moderator can read at a glance. */
import type { ReloadReport } from "../store/libraryService.js";
import type { InfoReply } from "./reply.js";

const MAX_NAMES = 10;

function names(files: readonly string[]): string {
  if (files.length === 0) return "none";
  const shown = files.slice(0, MAX_NAMES).join(", ");
  return files.length > MAX_NAMES ? `${shown} and ${files.length - MAX_NAMES} more` : shown;
}

export function reloadReply(report: ReloadReport): InfoReply {
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
  return {
    kind: "info",
    title: "Articles reloaded",
    text: `Now serving ${report.articles} articles (${report.sentences} sentences); ${report.unchanged} unchanged. Took ${report.ms} ms.`,
    fields,
    url: null,
  };
}
