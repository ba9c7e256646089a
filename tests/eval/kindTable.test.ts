import { describe, expect, it } from "vitest";
import { formatKinds, tallyKinds, type KindRow } from "./kindTable.js";

const row = (
  kind: string,
  group: KindRow["group"],
  answerable: boolean,
  firstHit: number | null,
  abstained = false,
) => ({
  kind,
  group,
  answerable,
  firstHit,
  abstained,
});

describe("the eval's questions by kind", () => {
  const rows: KindRow[] = [
    row("reason", "fit", true, 1),
    row("reason", "choose", true, 2),
    row("reason", "fit", true, 5),
    row("reason", "choose", false, null, true),
    row("date", "choose", true, 1),
    row("date", "fit", true, null, true),
    row("date", "fit", true, 1),
    row("date", "fit", true, 3),
    row("date", "fit", false, 1),
    row("reason", "measure-only", true, null, true),
  ];

  it("GIVEN fit, choose and measure-only questions THEN fit and choose are tallied together, measure-only apart", () => {
    const tallies = tallyKinds(rows);
    expect(tallies.map((t) => `${t.group}: ${t.kind}`)).toEqual([
      "fit and choose: date",
      "fit and choose: reason",
      "measure-only: reason",
    ]);
    expect(tallies[0]).toEqual({
      kind: "date",
      group: "fit and choose",
      answerable: 4,
      first: 2,
      top3: 3,
      answerableRefused: 1,
      unanswerable: 1,
      unanswerableRefused: 0,
    });
    expect(tallies[1]).toMatchObject({
      answerable: 3,
      first: 1,
      top3: 2,
      unanswerable: 1,
      unanswerableRefused: 1,
    });
    expect(tallies[2]).toMatchObject({ answerable: 1, first: 0, answerableRefused: 1 });
  });

  it("GIVEN the tally THEN each group has a heading and each kind its shares, a kind with no answerable question no share", () => {
    const lines = formatKinds(tallyKinds([...rows, row("name", "fit", false, null, true)]));
    expect(lines[0]).toContain("fit and choose sets");
    expect(lines[1]).toMatch(
      /^date\s+4 answerable {2}P@1 0\.500 {2}R@3 0\.750 {2}refused 1\s+1 unanswerable, refused 0$/u,
    );
    expect(lines[3]).toMatch(
      /^name\s+0 answerable {2}P@1 {3}- {4}R@3 {3}- {4}refused 0\s+1 unanswerable, refused 1$/u,
    );
    expect(lines[4]).toContain("measure-only sets");
    expect(lines).toHaveLength(6);
  });
});
