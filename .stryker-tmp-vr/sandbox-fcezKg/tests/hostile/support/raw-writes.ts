// Records every raw value the add-on hands to Range.setValues / setValue in the fakes. The fake keeps
// "+1" as text, but real Sheets parses what setValues gets as if typed: "+1" becomes a number,
// "=…" and "+1+1" formulas. So formula safety is judged on the raw strings, before the fake sees them.
import { FakeRange } from "../../addon/fakes/spreadsheet.ts";
import { UNSAFE_START } from "./evil.ts";

export interface RawWrite {
  sheet: string;
  a1: string;
  value: unknown;
}

export function watchRawWrites(): { writes: RawWrite[]; unsafe: () => RawWrite[]; stop: () => void } {
  const writes: RawWrite[] = [];
  const proto = FakeRange.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const setValues = proto["setValues"]!;
  const setValue = proto["setValue"]!;
  const where = (range: FakeRange, r: number, c: number) => {
    const sheet = range.getSheet().getName();
    const col = range.getColumn() + c;
    let letters = "";
    for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
      letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return { sheet, a1: `${letters}${range.getRow() + r}` };
  };
  proto["setValues"] = function (this: FakeRange, values: unknown) {
    if (Array.isArray(values)) {
      values.forEach((line, r) => {
        if (!Array.isArray(line)) return;
        line.forEach((value, c) => {
          writes.push({ ...where(this, r, c), value });
        });
      });
    }
    return setValues.call(this, values);
  };
  proto["setValue"] = function (this: FakeRange, value: unknown) {
    writes.push({ ...where(this, 0, 0), value });
    return setValue.call(this, value);
  };
  return {
    writes,
    unsafe: () => writes.filter((w) => typeof w.value === "string" && UNSAFE_START.test(w.value)),
    stop: () => {
      proto["setValues"] = setValues;
      proto["setValue"] = setValue;
    },
  };
}
