/**
 * Writes a new version of a large file that is mostly the old one: a list of pieces, each new
 * bytes or a byte range copied from the old file, into a temp file that is then renamed over the
 * old one. The copying runs in a worker thread, so the calling thread can do other work (build
 * the new library) while the bulk of the store (its size: `npm run bench`) moves through the page
 * cache.
 *
 * The worker checks that the old file is still the one the pieces were planned against (size and
 * modification time) and fails otherwise; the caller then writes the file from scratch.
 */
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { Worker } from "node:worker_threads";

/** New text (written as UTF-8), new bytes, or the byte range [from, to) of the old file. */
export type Piece = string | Uint8Array | readonly [from: number, to: number];

export interface PatchJob {
  /** The file to replace, and what it must still be for the ranges to mean anything. */
  path: string;
  expected: { size: number; mtimeMs: number };
  temp: string;
  pieces: Piece[];
  /** Pieces known only later (a footer naming another file's new layout), written last. */
  tail?: Promise<Piece[]>;
}

export interface WrittenFile {
  size: number;
  mtimeMs: number;
}

// Plain JavaScript, so the worker starts without a TypeScript loader. It only
// moves bytes; every decision is made by the caller.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
const { path, expected, temp, pieces, hasTail } = workerData;
let source, out;
const buffer = Buffer.allocUnsafe(8 << 20);
const writeAll = (bytes, length) => {
  let done = 0;
  while (done < length) done += fs.writeSync(out, bytes, done, length - done);
};
const write = (piece) => {
  if (typeof piece === "string") piece = Buffer.from(piece, "utf8");
  if (piece instanceof Uint8Array) return writeAll(piece, piece.length);
  for (let at = piece[0]; at < piece[1]; ) {
    const n = fs.readSync(source, buffer, 0, Math.min(buffer.length, piece[1] - at), at);
    if (n === 0) throw new Error("the old file ended early");
    writeAll(buffer, n);
    at += n;
  }
};
const fail = (error) => {
  if (out !== undefined) { try { fs.closeSync(out); } catch {} }
  try { fs.unlinkSync(temp); } catch {}
  if (source !== undefined) { try { fs.closeSync(source); } catch {} }
  parentPort.postMessage({ error: String((error && error.message) || error) });
};
const finish = (tail) => {
  try {
    for (const piece of tail) write(piece);
    fs.closeSync(out);
    out = undefined;
    fs.closeSync(source);
    source = undefined;
    fs.renameSync(temp, path);
    const written = fs.statSync(path);
    parentPort.postMessage({ size: written.size, mtimeMs: written.mtimeMs });
  } catch (error) {
    fail(error);
  }
};
try {
  source = fs.openSync(path, "r");
  const info = fs.fstatSync(source);
  if (info.size !== expected.size || info.mtimeMs !== expected.mtimeMs)
    throw new Error("the file changed since the write was planned");
  out = fs.openSync(temp, "w");
  for (const piece of pieces) write(piece);
  if (hasTail) {
    parentPort.once("message", (message) => (message.tail ? finish(message.tail) : fail(message.abort)));
  } else finish([]);
} catch (error) {
  fail(error);
}
`;

/**
 * A small Buffer is a view on a shared 8 KB slab, and handing a view to a worker copies its
 * whole underlying memory: give the worker bytes that own theirs.
 */
function own(pieces: Piece[]): Piece[] {
  return pieces.map((piece) =>
    piece instanceof Uint8Array && piece.byteLength !== piece.buffer.byteLength
      ? new Uint8Array(piece)
      : piece,
  );
}

export function patchFileInWorker(job: PatchJob): Promise<WrittenFile> {
  const { tail, ...rest } = job;
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { ...rest, pieces: own(rest.pieces), hasTail: tail !== undefined },
      execArgv: [],
    });
    let settled = false;
    tail?.then(
      (pieces) => worker.postMessage({ tail: own(pieces) }),
      (error: unknown) => worker.postMessage({ abort: String((error as Error)?.message ?? error) }),
    );
    worker.once("message", (reply: WrittenFile | { error: string }) => {
      settled = true;
      if ("error" in reply) reject(new Error(reply.error));
      else resolve(reply);
      void worker.terminate();
    });
    worker.once("error", (error) => {
      settled = true;
      reject(error);
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`the file-writing worker exited with code ${code}`));
    });
  });
}

/**
 * The last index of the run of items from `first` on that sat one right after another in the old
 * file (`follows(previous, next)`): a run of unchanged entries is copied as one range.
 */
export function endOfRun<T>(
  items: readonly T[],
  first: number,
  follows: (previous: T, next: T) => boolean,
): number {
  let last = first;
  while (last + 1 < items.length && follows(items[last] as T, items[last + 1] as T)) last++;
  return last;
}

/**
 * The temp file a new version of `path` is written to before the rename: one per writer, so two
 * processes (the bot and a CLI reload, or two shards) writing at once each rename a whole file
 * into place, and the last rename wins.
 */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}
