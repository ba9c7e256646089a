/**
 * What summaries and timelines need of a whole library, worked out once per library snapshot
 * (its term table, the summary and the timeline of everything, which topic timelines filter), so
 * the first question after a start or a reload doesn't pay for it. Pure: the caller decides when.
 */
import type { Library } from "../library.js";
import { summarize } from "./summary.js";
import { timeline } from "./timeline.js";
import { libraryTerms } from "./vectors.js";

export function precomputeOverview(library: Library): void {
  libraryTerms(library);
  summarize(library, null);
  timeline(library, null);
}
