// The question log and votes: data/feedback.json, one vote per member per answer, several writers.
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  applyChanges,
  emptyFeedback,
  MAX_QUESTIONS,
  normalizeQuestion,
  type FeedbackData,
  type LoggedQuestion,
} from "../../src/feedback/feedbackData.js";
import { FeedbackLog, type AnswerRecord } from "../../src/feedback/feedbackLog.js";
import { scratchLibrary } from "../helpers.js";

let lib: Awaited<ReturnType<typeof scratchLibrary>>;
let path: string;
beforeEach(async () => {
  lib = await scratchLibrary({ copySeeds: false });
  path = join(lib.root, "data", "feedback.json");
});
afterEach(() => lib.cleanup());

const open = (salt: string | null = "pepper") =>
  FeedbackLog.open(path, { via: "discord", salt, writeDelayMs: 5 });
const onDisk = async () => JSON.parse(await readFile(path, "utf8")) as FeedbackData;

const answered: AnswerRecord = {
  command: "ask",
  userId: "1100000000000000001",
  question: "Who hosted the Paris talks?",
  answered: true,
  reason: null,
  version: "v1",
  quotes: [{ article: "003_0df8127b532af0cd", sentence: 4 }],
};

describe("the question log", () => {
  it("GIVEN a question THEN logged with its outcome, the set's version, and a salted hash for the user, never the id", async () => {
    const log = await open();
    const entry = log.logAnswer(answered);
    await log.flush();
    const [stored] = (await onDisk()).questions;
    expect(stored).toEqual({
      id: entry.id,
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/u) as unknown,
      via: "discord",
      command: "ask",
      user: log.userKey("1100000000000000001"),
      question: "Who hosted the Paris talks?",
      normalized: "who hosted the paris talks",
      answered: true,
      reason: null,
      version: "v1",
      quotes: [{ article: "003_0df8127b532af0cd", sentence: 4 }],
    });
    expect(await readFile(path, "utf8")).not.toContain("1100000000000000001");
    // The same salt gives the same hash (one member, one vote across restarts); another does not.
    expect((await open("pepper")).userKey("1100000000000000001")).toBe(stored?.user);
    expect((await open("salt")).userKey("1100000000000000001")).not.toBe(stored?.user);
  });

  it("GIVEN more than 10,000 questions THEN the newest 10,000 are kept", () => {
    let data = emptyFeedback();
    const entry = (i: number): LoggedQuestion => ({
      ...({} as LoggedQuestion),
      id: `q${i}`,
      question: `q${i}`,
    });
    data = applyChanges(
      data,
      Array.from({ length: MAX_QUESTIONS + 5 }, (_, i) => ({ kind: "question" as const, entry: entry(i) })),
    );
    expect(MAX_QUESTIONS).toBe(10_000);
    expect(data.questions).toHaveLength(10_000);
    expect(data.questions[0]?.id).toBe("q5");
    expect(data.questions.at(-1)?.id).toBe("q10004");
  });

  it("GIVEN differently typed forms of one question THEN one normalised form", () => {
    for (const typed of [
      "How many died in Kryvyi Rih?",
      "  how many DIED in Kryvyi  Rih ",
      "How many died in Kryvyi Rih ?!",
    ]) {
      expect(normalizeQuestion(typed)).toBe("how many died in kryvyi rih");
    }
    expect(normalizeQuestion("Was Zelenskyy’s hometown hit?")).toBe("was zelenskyy's hometown hit");
  });
});

describe("votes", () => {
  it("GIVEN one member voting twice THEN one vote, changeable; another member's counts apart", async () => {
    const log = await open();
    const { id } = log.logAnswer(answered);
    expect(await log.vote(id, "alice", "up")).toEqual({ status: "counted", vote: "up", saved: true });
    expect(await log.vote(id, "alice", "up")).toEqual({ status: "unchanged", vote: "up", saved: true });
    expect(await log.vote(id, "alice", "down")).toEqual({ status: "changed", vote: "down", saved: true });
    expect(await log.vote(id, "bob", "down")).toEqual({ status: "counted", vote: "down", saved: true });
    const votes = (await onDisk()).votes;
    expect(votes.map((v) => [v.user, v.vote])).toEqual([
      [log.userKey("alice"), "down"],
      [log.userKey("bob"), "down"],
    ]);
    expect(votes[0]).toMatchObject({
      answer: id,
      question: answered.question,
      quotes: answered.quotes,
      version: "v1",
    });
    expect(await log.vote("no-such-answer", "alice", "up")).toEqual({ status: "unknown-answer" });
  });

  it("GIVEN a restart with the same salt THEN the member's earlier vote is found, not counted again", async () => {
    const first = await open();
    const { id } = first.logAnswer(answered);
    await first.vote(id, "alice", "up");
    const second = await open();
    expect(await second.vote(id, "alice", "up")).toMatchObject({ status: "unchanged" });
    expect(await second.vote(id, "alice", "down")).toMatchObject({ status: "changed" });
    expect((await onDisk()).votes).toHaveLength(1);
  });
});

describe("the file", () => {
  it("GIVEN two writers (two shards) on one file THEN neither loses the other's questions or votes", async () => {
    const [a, b] = await Promise.all([open(), open()]);
    const fromA = Array.from({ length: 20 }, (_, i) => a.logAnswer({ ...answered, question: `a ${i}?` }));
    const fromB = Array.from({ length: 20 }, (_, i) => b.logAnswer({ ...answered, question: `b ${i}?` }));
    await Promise.all([a.vote(fromA[0]?.id ?? "", "alice", "up"), b.vote(fromB[0]?.id ?? "", "bob", "down")]);
    await Promise.all([a.flush(), b.flush()]);
    const disk = await onDisk();
    expect(disk.questions.map((q) => q.question).sort()).toEqual(
      [...fromA, ...fromB].map((q) => q.question).sort(),
    );
    expect(disk.votes.map((v) => v.vote).sort()).toEqual(["down", "up"]);
  });

  it("GIVEN an unreadable file THEN it is set aside (kept) and a new one started; the bot keeps logging", async () => {
    await (await open()).flush();
    await writeFile(path, '{"schemaVersion": 1, "questions": [', "utf8");
    const log = await open();
    expect(log.data.questions).toEqual([]);
    log.logAnswer(answered);
    await log.flush();
    expect((await onDisk()).questions).toHaveLength(1);
    const files = await readdir(join(lib.root, "data"));
    const aside = files.find((f) => f.startsWith("feedback.json.unreadable-"));
    expect(aside).toBeDefined();
    expect(await readFile(join(lib.root, "data", aside as string), "utf8")).toBe(
      '{"schemaVersion": 1, "questions": [',
    );
  });

  it("GIVEN the file cannot be written THEN the vote is kept in memory, said to be unsaved, and written later", async () => {
    const log = await open();
    const { id } = log.logAnswer(answered);
    await log.flush();
    const data = join(lib.root, "data");
    await rm(data, { recursive: true });
    await writeFile(data, "a file where the folder should be");
    expect(await log.vote(id, "alice", "down")).toEqual({ status: "counted", vote: "down", saved: false });
    expect(log.data.votes).toHaveLength(1);
    await rm(data);
    await mkdir(data);
    log.logAnswer({ ...answered, question: "Later?" });
    await log.flush();
    const disk = await onDisk();
    expect(disk.votes.map((v) => v.vote)).toEqual(["down"]);
    expect(disk.questions.map((q) => q.question)).toEqual(["Who hosted the Paris talks?", "Later?"]);
  });

  it("GIVEN the file deleted while running THEN the next write puts everything back", async () => {
    const log = await open();
    log.logAnswer(answered);
    await log.flush();
    await rm(path);
    log.logAnswer({ ...answered, question: "Second?" });
    await log.flush();
    expect((await onDisk()).questions.map((q) => q.question)).toEqual([
      "Who hosted the Paris talks?",
      "Second?",
    ]);
  });
});
