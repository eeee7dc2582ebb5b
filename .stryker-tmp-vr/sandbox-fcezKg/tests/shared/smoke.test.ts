import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("fixtures", () => {
  it("has the five seed roadmaps", () => {
    for (const f of [
      "000_500b399dd1c1fd8e",
      "001_05aab9b01409ba82",
      "002_4851a492f0e147dc",
      "003_3ffaea0ad251f32c",
      "004_d0d44ac2c919aeb6",
    ]) {
      expect(readFileSync(`tests/fixtures/seeds/${f}.txt`, "utf8")).toContain("\t");
    }
  });
});
