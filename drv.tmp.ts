import { readFileSync, readdirSync } from "node:fs";
import { parseArticle } from "./src/parse/parseArticle.ts";
for (const f of readdirSync("seeds")) {
  const a = parseArticle({ file: f, text: readFileSync("seeds/" + f, "utf8") });
  console.log("==", f, a.date, "dependent:", a.overview?.dependent.join(","));
  for (const m of a.overview!.dates) console.log(`  s${m.sentence} ${JSON.stringify(m.phrase)} → ${m.date} ${m.precision}`);
}
