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
          // with every file isolated, 150 s shared). Each file still builds its own libraries
          // and folders; nothing it changes outlives it but those caches.
          isolate: false,
        },
      },
      { extends: true, test: { name: "isolated", include: MOCKING } },
    ],
  },
});
