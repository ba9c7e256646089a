import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup.ts"],
    globalSetup: ["tests/globalSetup.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Vitest leaves one core free by default: on a two-core machine that ran the files one at a
    // time (170 s); most files wait on child processes and timers, so use every core (115 s).
    maxWorkers: availableParallelism(),
  },
});
