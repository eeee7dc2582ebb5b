import { describe, expect, it } from "vitest";
import { COLOURS, paintsFor, restoreInto, type Saved } from "../../addon/src/server/actions/highlight.ts";
import type { Finding } from "../../shared/validate/types.ts";

// The two pure steps of «Подсветить» / «Снять подсветку» (highlight.ts): one paint per cell with the
// most severe finding's colour and every message in the note; restoring only what still shows our
// paint, so a colour or note the user set meanwhile wins. The bundled flow: highlight.test.ts.
const finding = (row: number | null, column: string | null, severity: Finding["severity"], message: string) =>
  ({ code: "bad-url", severity, row, column, message, params: {} }) as Finding;

describe("paintsFor", () => {
  it("one paint per cell: the most severe colour whatever the order, every message in the note", () => {
    const paints = paintsFor([
      finding(4, "D", "info", "первое"),
      finding(4, "D", "error", "второе"),
      finding(4, "D", "warning", "третье"),
      finding(5, "B", "warning", "четвёртое"),
    ]);
    expect(paints).toEqual([
      { row: 4, col: 4, background: COLOURS.error, note: "Сводка:\n• первое\n• второе\n• третье" },
      { row: 5, col: 2, background: COLOURS.warning, note: "Сводка:\n• четвёртое" },
    ]);
  });

  it("a finding without a row paints nothing; one without a column paints the row's first cell", () => {
    expect(
      paintsFor([finding(null, "C", "error", "нет периода"), finding(7, null, "info", "строка")]),
    ).toEqual([{ row: 7, col: 1, background: COLOURS.info, note: "Сводка:\n• строка" }]);
  });
});

describe("restoreInto", () => {
  const ours = { ourBackground: COLOURS.error, ourNote: "Сводка:\n• второе" };
  const saved = (row: number, col: number): Saved => ({
    row,
    col,
    background: "#ffff00",
    note: "моя",
    ...ours,
  });
  const decor = () => ({
    backgrounds: [
      [COLOURS.error, COLOURS.error],
      [COLOURS.error, "#0000ff"],
    ],
    notes: [
      [ours.ourNote, "своя заметка"],
      ["Сводка:\n• второе", ours.ourNote],
    ],
  });

  it("puts back the user's colour and note where our paint is still there, and counts the cells", () => {
    const d = decor();
    expect(restoreInto(d, [saved(1, 1)])).toBe(1);
    expect(d.backgrounds[0]).toEqual(["#ffff00", COLOURS.error]);
    expect(d.notes[0]).toEqual(["моя", "своя заметка"]);
  });

  it("a cell the user recoloured keeps the colour, its note still comes back; one changed twice stays", () => {
    const d = decor();
    // B2: recoloured by the user, our note still there
    expect(restoreInto(d, [saved(2, 2)])).toBe(1);
    expect(d.backgrounds[1]![1]).toBe("#0000ff");
    expect(d.notes[1]![1]).toBe("моя");
    // B1: our colour, but the user wrote their own note: the colour comes back, the note stays
    const e = decor();
    expect(restoreInto(e, [saved(1, 2)])).toBe(1);
    expect(e.backgrounds[0]![1]).toBe("#ffff00");
    expect(e.notes[0]![1]).toBe("своя заметка");
    // neither ours any more: nothing restored, nothing counted
    const f = decor();
    f.backgrounds[0]![1] = "#00ff00";
    expect(restoreInto(f, [saved(1, 2)])).toBe(0);
    expect(f).toEqual({ ...decor(), backgrounds: [[COLOURS.error, "#00ff00"], decor().backgrounds[1]] });
  });

  it("skips saved cells outside what was read (rows or columns deleted since)", () => {
    const d = decor();
    expect(restoreInto(d, [saved(3, 1), saved(1, 3)])).toBe(0);
    expect(d).toEqual(decor());
  });
});
