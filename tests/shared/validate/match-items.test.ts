// Pairing template items with sheet rows: by code when the text agrees (Dice ≥ 0.3), then by text
// alone (Dice > 0.6), then by code alone. Activities here are made of 3-letter latin words, so every
// word is its own stem and each Dice coefficient below is worked out by hand: 2·shared / (|a| + |b|).
import { describe, expect, it } from "vitest";
import type { TemplateItem } from "../../../shared/templates/model.ts";
import { matchItems } from "../../../shared/validate/match-items.ts";

const item = (code: string, activity: string): TemplateItem => ({
  code,
  section: null,
  activity,
  required: true,
});
/** `n` distinct words starting with `p`: words("a", 3) = "aa0 aa1 aa2". */
const words = (p: string, n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `${p}${p}${from + i}`).join(" ");

describe("matchItems", () => {
  it("pairs by code when the text agrees", () => {
    const t = [item("1", words("a", 4)), item("2", words("b", 4))];
    const s = [
      { key: "2", activity: words("b", 4) },
      { key: "1", activity: words("a", 4) },
    ];
    expect(matchItems(t, s)).toEqual([1, 0]);
  });

  it("takes code and text at exactly 0.3 before another item claims that row by its text", () => {
    // T1 "1" vs S0: 3 shared of 10 + 10 words → 6/20 = 0.3, enough with the same code.
    // T2 "2" has S0's very text: were T1 not paired in step 1, T2 would take S0 by text.
    const s0 = `${words("a", 3)} ${words("c", 7)}`;
    const t = [item("1", `${words("a", 3)} ${words("b", 7)}`), item("2", s0)];
    expect(matchItems(t, [{ key: "1", activity: s0 }])).toEqual([0, -1]);
  });

  it("below 0.3 the same code waits: the row goes to the item whose text it is", () => {
    // T1 vs S0: 2 shared of 10 + 10 → 0.2; T2 is S0's text (1.0) → T2 takes S0, T1 stays unpaired.
    const s0 = `${words("a", 2)} ${words("c", 8)}`;
    const t = [item("1", `${words("a", 2)} ${words("b", 8)}`), item("2", s0)];
    expect(matchItems(t, [{ key: "1", activity: s0 }])).toEqual([-1, 0]);
  });

  it("pairs by text only above 0.6, whatever the codes", () => {
    const t = [item("9", words("a", 10))];
    // 6 shared of 10 + 10 → 0.6: not enough
    expect(matchItems(t, [{ key: "5", activity: `${words("a", 6)} ${words("z", 4)}` }])).toEqual([-1]);
    // 7 shared → 0.7
    expect(matchItems(t, [{ key: "5", activity: `${words("a", 7)} ${words("z", 3)}` }])).toEqual([0]);
  });

  it("takes the row with the best text score, the first one on a tie", () => {
    const t = [item("9", words("a", 10))];
    const s = [
      { key: "1", activity: `${words("a", 7)} ${words("z", 3)}` }, // 0.7
      { key: "2", activity: `${words("a", 8)} ${words("y", 2)}` }, // 0.8
      { key: "3", activity: `${words("a", 8)} ${words("x", 2)}` }, // 0.8, later
    ];
    expect(matchItems(t, s)).toEqual([1]);
  });

  it("scores each template item on its own (no count carried over from the previous one)", () => {
    // T1 and T2 each share 5 of 10 + 10 words with S0 (0.5): neither is a text match. Counted
    // together they would be 10 shared (1.0).
    const s0 = `${words("a", 5)} ${words("b", 5)}`;
    const t = [
      item("8", `${words("a", 5)} ${words("c", 5)}`),
      item("9", `${words("b", 5)} ${words("d", 5)}`),
    ];
    expect(matchItems(t, [{ key: "1", activity: s0 }])).toEqual([-1, -1]);
  });

  it("counts a repeated word once on either side", () => {
    // T: 4 distinct words, each written twice; S: the same 4 words + 1 → 8/9 ≈ 0.89
    const t = [item("9", `${words("a", 4)} ${words("a", 4)}`)];
    expect(matchItems(t, [{ key: "1", activity: `${words("a", 4)} ${words("a", 4)} zzz` }])).toEqual([0]);
    // S: 2 of those words, 6 times over, + 2 others → 2·2/(4+4) = 0.5: not a text match
    const s = `${words("a", 2)} ${words("a", 2)} ${words("a", 2)} yyy zzz`;
    expect(matchItems(t, [{ key: "1", activity: s }])).toEqual([-1]);
  });

  it("falls back to the code alone when the activity was reworded", () => {
    const t = [item("3", words("a", 5)), item("4", words("b", 5))];
    const s = [
      { key: "4", activity: words("d", 5) },
      { key: "3", activity: words("c", 5) },
    ];
    expect(matchItems(t, s)).toEqual([1, 0]);
  });

  it("never gives one row to two template items", () => {
    const t = [item("1", words("a", 5)), item("2", words("a", 5)), item("1", words("a", 5))];
    expect(matchItems(t, [{ key: "1", activity: words("a", 5) }])).toEqual([0, -1, -1]);
  });

  it("a row taken by text is not given to its code's item", () => {
    // T1 "1" has S1's text (S1 coded "2"); T2 "2" is reworded: S1 is T1's, T2 stays unpaired.
    const t = [item("1", words("a", 5)), item("2", words("b", 5))];
    expect(matchItems(t, [{ key: "2", activity: words("a", 5) }])).toEqual([0, -1]);
  });

  it("an item paired by code keeps its row though a copy of its text stands elsewhere", () => {
    const t = [item("1", words("a", 5))];
    const s = [
      { key: "1", activity: words("a", 5) },
      { key: "5", activity: words("a", 5) },
    ];
    expect(matchItems(t, s)).toEqual([0]);
  });

  it("an item paired by text keeps that row though its code's row is free", () => {
    // T "1" vs S1 (coded "1", reworded): 0 < 0.3; S0 has its text under code 7
    const t = [item("1", words("a", 5))];
    const s = [
      { key: "7", activity: words("a", 5) },
      { key: "1", activity: words("b", 5) },
    ];
    expect(matchItems(t, s)).toEqual([0]);
  });

  it("a row paired by text is not paired again by text", () => {
    const t = [item("1", words("a", 5)), item("2", words("a", 5))];
    expect(matchItems(t, [{ key: null, activity: words("a", 5) }])).toEqual([0, -1]);
  });

  it("a single shared word with one item does not count towards the next", () => {
    // T1 shares aa0 with S0 (2/8); T2 shares aa1–aa3 (6/10 = 0.6, not above): neither is a match
    const t = [item("8", "aa0 xx0 xx1"), item("9", "aa1 aa2 aa3 yy0 yy1")];
    expect(matchItems(t, [{ key: "1", activity: words("a", 5) }])).toEqual([-1, -1]);
  });

  it("reads a repeated code as its first row; rows without a code match by text only", () => {
    const t = [item("1", words("a", 5)), item("2", words("b", 5))];
    const s = [
      { key: null, activity: words("b", 5) },
      { key: "1", activity: words("c", 5) },
      { key: "1", activity: words("d", 5) },
    ];
    expect(matchItems(t, s)).toEqual([1, 0]);
  });

  it("matches nothing against an empty sheet or an empty activity", () => {
    expect(matchItems([item("1", words("a", 3))], [])).toEqual([-1]);
    expect(matchItems([item("1", words("a", 3))], [{ key: "2", activity: "" }])).toEqual([-1]);
    expect(matchItems([], [{ key: "1", activity: words("a", 3) }])).toEqual([]);
  });
});
