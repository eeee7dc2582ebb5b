import { describe, expect, it } from "vitest";
import { type Token, tokenize } from "../../../shared/parse/time-tokens.ts";

// The deadline tokenizer on its own, against the token format its header documents: "date" a = day,
// b = month, c = year (0 when not written); "my" a = month, b = year; "num" a = value, b = digits;
// "word" and "punct" w. The texts are normalised (lower case, single spaces) as parseDeadline hands them.
const date = (a: number, b: number, c: number): Token => ({ k: "date", a, b, c, w: "" });
const my = (a: number, b: number): Token => ({ k: "my", a, b, c: 0, w: "" });
const num = (a: number, b: number): Token => ({ k: "num", a, b, c: 0, w: "" });
const word = (w: string): Token => ({ k: "word", a: 0, b: 0, c: 0, w });
const punct = (w: string): Token => ({ k: "punct", a: 0, b: 0, c: 0, w });

describe("tokenize", () => {
  it.each<[string, Token[]]>([
    // ISO dates, also with one-digit parts
    ["2021-06-01", [date(1, 6, 2021)]],
    ["2021-6-1", [date(1, 6, 2021)]],
    // dotted dates: four- and two-digit years, no year, month and year
    ["01.12.2021", [date(1, 12, 2021)]],
    ["19.02.23", [date(19, 2, 2023)]],
    ["01.12", [date(1, 12, 0)]],
    ["12.2021", [my(12, 2021)]],
    // one stray space on either side of a dot is forgiven (the file's «1. 12.2020», «01.12 .2020»)
    ["1. 12.2020", [date(1, 12, 2020)]],
    ["01.12 .2020", [date(1, 12, 2020)]],
    ["1 . 12 . 2020", [date(1, 12, 2020)]],
    // numbers that are no date: a year, a day before a month word, three digits after a date
    ["2021", [num(2021, 4)]],
    ["15 мая 2021 г.", [num(15, 2), word("мая"), num(2021, 4), word("г")]],
    ["01.12.202", [date(1, 12, 0), num(202, 3)]],
    ["123.12.2020", [num(123, 3), my(12, 2020)]],
    ["1.123", [num(1, 1), num(123, 3)]],
    // kept punctuation, ignored punctuation, the letters of Roman numerals
    [
      "с 1.09 - 31.05; (ежегодно)",
      [
        word("с"),
        date(1, 9, 0),
        punct("-"),
        date(31, 5, 0),
        punct(";"),
        punct("("),
        word("ежегодно"),
        punct(")"),
      ],
    ],
    ["«май», 2021/2022", [word("май"), punct(","), num(2021, 4), punct("/"), num(2022, 4)]],
    [
      "іі квартал, iv квартал, ёлка",
      [word("іі"), word("квартал"), punct(","), word("iv"), word("квартал"), punct(","), word("ёлка")],
    ],
  ])("%j", (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });

  it("refuses a character no deadline has", () => {
    expect(tokenize("приказ № 5")).toBeNull();
    expect(tokenize("1+1")).toBeNull();
    expect(tokenize("")).toEqual([]);
  });
});
