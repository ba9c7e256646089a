/**
 * The README's Benchmark table and Scaling figures, drawn from a bench run's results (the largest
 * size, and the 1,000 → 10,000 growth when both were run), so refreshing the README is a paste:
 * `npm run bench -- --full` prints them at the end, `npm run bench -- --report FILE` again later.
 */

type Json = Record<string, unknown>;

/** What this needs of a run's results (run-bench.ts writes them). */
interface Report {
  sizes: Json[];
  scaling: Json | null;
}

const get = (o: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Json)[k] : undefined), o);
const num = (o: unknown, ...path: string[]): number | null => {
  const v = get(o, ...path);
  return typeof v === "number" ? v : null;
};
const int = (n: number | null) => (n === null ? "—" : Math.round(n).toLocaleString("en-US"));
const ms2 = (n: number | null) => (n === null ? "—" : n.toFixed(2));
const mb = (bytes: number | null) => (bytes === null ? "—" : `${Math.round(bytes / 1048576)} MB`);
const pct = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

/** A markdown table laid out as Prettier lays it out (so `prettier --check` passes). */
function markdownTable(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(3, ...rows.map((row) => (row[c] ?? "").length)));
  const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c] as number)).join(" | ")} |`;
  const [header = [], ...body] = rows;
  return [line(header), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...body.map(line)].join("\n");
}

/** The retrieval row's cell: p50 / p99, and what the library returned. */
function retrieval(result: unknown, extra: string): string {
  const cell = `${ms2(num(result, "query", "p50"))} / ${ms2(num(result, "query", "p99"))} ms`;
  return extra ? `${cell} (${extra})` : cell;
}

export function readmeBenchmark(report: Report, source: string): string {
  const r = report.sizes.at(-1);
  if (!r) return "(no sizes measured)";
  const articles = num(r, "articles") ?? 0;
  const sentences = num(r, "sentences");
  const words = num(r, "words");
  const answers = get(r, "answers");
  const warm = get(answers, "warm");
  const first = get(answers, "first");
  const warmFirstPass = get(answers, "warmFirstPass");
  const warmPasses = num(answers, "warmPasses");
  const ingestMs = num(r, "ingest", "ms");
  const top3Share = (peer: string) => pct(num(r, peer, "top3", "sameTop3"));
  const rows: string[][] = [
    [
      `${int(articles)} articles (${int(sentences)} sentences, ${words === null ? "—" : (words / 1e6).toFixed(1)} M words)`,
      "measured",
      "target",
    ],
    [
      `answer p50 / p99 / max, warm${warmPasses ? ` (${warmPasses} passes)` : ""}`,
      `${ms2(num(warm, "p50"))} / ${ms2(num(warm, "p99"))} / ${ms2(num(warm, "max"))} ms`,
      "≤ 2 / ≤ 10 ms",
    ],
    ...(warmFirstPass
      ? [
          [
            "… the first warm pass alone",
            `${ms2(num(warmFirstPass, "p50"))} / ${ms2(num(warmFirstPass, "p99"))} / ${ms2(num(warmFirstPass, "max"))} ms`,
            "—",
          ],
        ]
      : []),
    ["answer p50 / p99, first pass", `${ms2(num(first, "p50"))} / ${ms2(num(first, "p99"))} ms`, "—"],
  ];
  if (get(r, "engineBm25")) {
    rows.push(
      ["retrieval alone, top 3, p50 / p99: this engine's BM25", retrieval(get(r, "engineBm25"), ""), "—"],
      [
        "… wink-bm25-text-search `search(q, 3)`",
        retrieval(get(r, "winkBm25", "top3"), `top 3 as ours: ${top3Share("winkBm25")}`),
        "—",
      ],
      [
        "… MiniSearch `search(q)` cut to its top 3",
        retrieval(get(r, "minisearch", "top3"), `top 3 as ours: ${top3Share("minisearch")}`),
        "—",
      ],
      [
        "… MiniSearch `search(q)`, every match",
        retrieval(get(r, "minisearch", "all"), `${int(num(r, "minisearch", "all", "meanResults"))} results`),
        "p99 ≥ our answer's",
      ],
    );
  }
  rows.push(
    ["cold start → first answer (median of 3)", `${int(num(r, "cold", "wallMs"))} ms`, "≤ 2 s"],
    [
      "full ingest",
      `${ingestMs === null ? "—" : (ingestMs / 1000).toFixed(1)} s (${int(num(r, "ingest", "articlesPerS"))} articles/s, ${int((num(r, "ingest", "wordsPerS") ?? 0) / 1000)}k words/s)`,
      "≤ 30 s",
    ],
    [
      "one-file reload, median / max of 6",
      `${int(num(r, "reload", "changedMs"))} / ${int(num(r, "reload", "changedMaxMs"))} ms`,
      "≤ 500 ms",
    ],
    [
      "peak RSS answering / during a full ingest",
      `${int(num(answers, "rssMb"))} MB / ${int(num(r, "ingest", "rssMb"))} MB`,
      "≤ 500 MB",
    ],
    [
      "store on disk: `db.json` + `db.index.bin`",
      `${mb(num(r, "store", "dbBytes"))} + ${mb(num(r, "store", "indexBytes"))}`,
      "—",
    ],
  );
  const { scaling } = report;
  if (scaling)
    rows.push([
      "1,000 → 10,000 articles: answer p50 / p99",
      `×${num(scaling, "p50")} / ×${num(scaling, "p99")} for ×${num(scaling, "sentences")} sentences`,
      "sub-linear",
    ]);

  const rss = num(answers, "rssMb");
  const mean = num(warm, "mean");
  const smaller = report.sizes.find((s) => num(s, "articles") === 1000);
  const slope =
    smaller && rss !== null && articles > 1000
      ? ((rss - (num(smaller, "answers", "rssMb") ?? 0)) * 1024) / (articles - 1000)
      : null;
  const facts = [
    `README figures from ${source} (${int(articles)} articles):`,
    `- distinct words in the set: ${int(num(r, "distinctWords"))}`,
    `- peak RSS answering: ${int(rss)} MB, ${rss === null || !articles ? "—" : Math.round((rss * 1024) / articles)} KB per article` +
      (slope === null ? "" : `; from 1,000 articles on, ${Math.round(slope)} KB per added article`),
    `- a busy server at the per-server limit (60 questions / 30 s) at the warm mean (${ms2(mean)} ms): ${mean === null ? "—" : ((2 * mean) / 10).toFixed(2)}% of a core`,
    `- this size took ${int(num(r, "seconds"))} s to measure` +
      report.sizes
        .slice(0, -1)
        .map((s) => `; ${int(num(s, "articles"))} articles: ${int(num(s, "seconds"))} s`)
        .join(""),
  ];
  return `${markdownTable(rows)}\n\n${facts.join("\n")}`;
}
