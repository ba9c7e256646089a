/**
 * Progress of a long reload on a terminal: a redrawn bar on a TTY, a plain line every few
 * seconds otherwise (logs, pipes). Short runs print nothing.
 */
import type { Writable } from "node:stream";
import type { ProgressListener } from "../store/refreshArticles.js";

export interface ProgressOptions {
  /** Whether the stream is a terminal (a bar redrawn in place) or not (plain lines). */
  tty: boolean;
  /** What is counted ("articles"). */
  label?: string;
  /** Show nothing unless at least this many items remain when it starts. */
  minimum?: number;
  /** Plain mode: at most one line per this many milliseconds. */
  everyMs?: number;
  now?: () => number;
}

const BAR_WIDTH = 30;

export function progressReporter(stream: Writable, options: ProgressOptions): ProgressListener {
  const { tty, label = "articles", minimum = 100, everyMs = 5000, now = () => Date.now() } = options;
  let started: number | null = null;
  let shown = false;
  let last = 0;
  let finished = false;
  return (done, total) => {
    if (finished) return;
    if (started === null) {
      if (total - done < minimum) {
        finished = true;
        return;
      }
      started = now();
    }
    const time = now();
    const complete = done >= total;
    const share = total > 0 ? done / total : 1;
    const counts = `${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} ${label}`;
    if (tty) {
      if (!complete && shown && time - last < 100) return;
      const filled = Math.round(share * BAR_WIDTH);
      const bar = `${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}`;
      stream.write(
        `\r  reading ${bar} ${Math.floor(share * 100)}% ${counts}${eta(started, time, share)}\x1b[K`,
      );
      if (complete) stream.write("\n");
    } else {
      if (!complete && shown && time - last < everyMs) return;
      if (!complete || shown)
        stream.write(`  reading ${counts} (${Math.floor(share * 100)}%)${eta(started, time, share)}\n`);
    }
    shown = true;
    last = time;
    if (complete) finished = true;
  };
}

function eta(started: number, time: number, share: number): string {
  if (share <= 0.02 || share >= 1) return "";
  const seconds = Math.round((((time - started) / share) * (1 - share)) / 1000);
  return `, about ${seconds} s left`;
}
