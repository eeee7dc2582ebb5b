// Indicator scales of the efficiency-criteria template, read directly (the template tests see them
// only through a filled sheet). Written against mutants that survived in shared/validate/scale.ts.
import { describe, expect, it } from "vitest";
import { bandFor, percentBands } from "../../../shared/validate/scale.ts";

const PERCENT = "100-80% 79-60% 59-40% 39% и ниже";

describe("percentBands", () => {
  it("reads ranges in either order and open-ended bands, labels without inner spaces", () => {
    expect(percentBands("100 - 80 % 79–60% 59 — 40% 39 %  и ниже")).toEqual([
      { label: "100-80%", min: 80, max: 100 },
      { label: "79–60%", min: 60, max: 79 },
      { label: "59—40%", min: 40, max: 59 },
      { label: "39 % и ниже", min: 0, max: 39 },
    ]);
    expect(percentBands("90% и выше")).toEqual([{ label: "90% и выше", min: 90, max: 100 }]);
    expect(percentBands("10% и менее")).toEqual([{ label: "10% и менее", min: 0, max: 10 }]);
    expect(percentBands("Имеется / отсутствует")).toEqual([]);
  });
});

describe("bandFor", () => {
  it("puts a number (with %, a comma, spaces) into its band, rounding, and at the edges", () => {
    expect(bandFor(PERCENT, " 80 ")).toBe("100-80%");
    expect(bandFor(PERCENT, "79,6 %")).toBe("100-80%");
    expect(bandFor(PERCENT, "79")).toBe("79-60%");
    expect(bandFor(PERCENT, "60")).toBe("79-60%");
    expect(bandFor(PERCENT, "39")).toBe("39% и ниже");
    expect(bandFor(PERCENT, "0")).toBe("39% и ниже");
  });
  it("nothing, text or an out-of-range number fits no band", () => {
    expect(bandFor(PERCENT, "")).toBeNull();
    expect(bandFor(PERCENT, "   ")).toBeNull();
    expect(bandFor(PERCENT, "много")).toBeNull();
    expect(bandFor(PERCENT, "120")).toBeNull();
  });
});

describe("bandFor on option scales", () => {
  // seed 002 writes the options one after another; the template separates them with «/»
  const SEED = "Имеется, эффективна Имеется , неэффективна Не имеется";
  const TEMPLATE = "Имеется, эффективна / Имеется, неэффективна / Не имеется";

  it("names the option a value starts with, the longest one, in either layout", () => {
    for (const scale of [SEED, TEMPLATE]) {
      expect(bandFor(scale, "Имеется, эффективна")).toBe("имеется, эффективна");
      expect(bandFor(scale, "не имеется")).toBe("не имеется");
      expect(bandFor(scale, "Имеется, эффективна (2 наставника)")).toBe("имеется, эффективна");
    }
    // the longer option listed first still wins over the shorter one after it
    expect(bandFor("Имеется, эффективна / Имеется", "имеется, эффективна")).toBe("имеется, эффективна");
    expect(bandFor("Имеется, эффективна / Имеется", "имеется")).toBe("имеется");
    expect(bandFor("Имеется / Имеется, эффективна", "имеется, эффективна")).toBe("имеется, эффективна");
  });

  it("an abbreviated value names the option it begins", () => {
    expect(
      bandFor("Положительная динамика / Стабильная динамика / Отрицательная динамика", "Стабильная"),
    ).toBe("стабильная динамика");
  });

  it("separators left at an option's end and empty options do not count", () => {
    expect(bandFor("Имеется, эффективна, ; / Не имеется /", "Имеется, эффективна")).toBe(
      "имеется, эффективна",
    );
    expect(bandFor("Имеется, эффективна, ; / Не имеется /", "Что-то другое")).toBeNull();
    expect(bandFor("Участие / неучастие", "не знаю")).toBeNull();
  });
});
