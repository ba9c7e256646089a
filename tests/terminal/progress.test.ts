import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { progressReporter } from "../../src/terminal/progress.js";

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join(""), chunks };
}

describe("reload progress on a terminal", () => {
  it("GIVEN a TTY THEN one bar is redrawn in place and ends with the total and a newline", () => {
    const out = sink();
    let clock = 0;
    const report = progressReporter(out.stream, { tty: true, now: () => clock });
    for (let done = 0; done <= 1000; done += 50) {
      report(done, 1000);
      clock += 200;
    }
    const text = out.text();
    expect(text.startsWith("\r  reading ")).toBe(true);
    expect(text.split("\n")).toHaveLength(2); // redrawn with \r, one newline at the end
    expect(text.endsWith("100% 1,000/1,000 articles\x1b[K\n")).toBe(true);
    expect(text).toMatch(/50% 500\/1,000 articles, about \d+ s left/u);
  });

  it("GIVEN no TTY (a pipe, a log) THEN plain lines, at most one per interval, and the last one", () => {
    const out = sink();
    let clock = 0;
    const report = progressReporter(out.stream, { tty: false, everyMs: 5000, now: () => clock });
    for (let done = 0; done <= 10_000; done += 100) {
      report(done, 10_000);
      clock += 100; // 10 s in all
    }
    const lines = out.text().trimEnd().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.length).toBeLessThanOrEqual(4);
    expect(lines.every((line) => !line.includes("\r") && !line.includes("\x1b"))).toBe(true);
    expect(lines.at(-1)).toBe("  reading 10,000/10,000 articles (100%)");
  });

  it("GIVEN a short reload THEN it prints nothing", () => {
    const out = sink();
    const report = progressReporter(out.stream, { tty: true });
    for (let done = 0; done <= 5; done++) report(done, 5);
    expect(out.text()).toBe("");
  });
});
