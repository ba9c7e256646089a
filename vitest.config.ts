import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/** Test files that replace a module with vi.mock: they need modules loaded afresh for them. */
const MOCKING = ["tests/reliability/brokenArticles.test.ts"];

export default defineConfig({
  test: {
    setupFiles: ["tests/setup.ts"],
    globalSetup: ["tests/globalSetup.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Vitest leaves one core free by default: on a two-core machine that ran the files one at a
    // time (170 s); most files wait on child processes and timers, so use every core (115 s).
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: "shared",
          include: ["tests/**/*.test.ts"],
          exclude: MOCKING,
          // Files in one worker share loaded modules: wink's model, the lexicon and the parsed
          // seeds load once per worker, not once per file (the suite took 219 s on two cores
          // with every file isolated, 148–157 s shared). Each file still builds its own
          // libraries and folders; what outlives it is caches, and wink's vocabulary, which
          // once changed how later text was read (src/nlp/wink.ts, splitPossessive): the suite
          // also passes with every file run one after another in a single shared worker.
          isolate: false,
        },
      },
      { extends: true, test: { name: "isolated", include: MOCKING } },
    ],
  },
});
