import { describe, expect, it } from "vitest";
import { monthFromWord, ordinalFromWord } from "../../../shared/parse/ru-words.ts";

// The words as ru-words.ts documents them (normalised: lower case, ё → е).
describe("ordinalFromWord", () => {
  it.each<[string, number]>([
    ["i", 1],
    ["ii", 2],
    ["iii", 3],
    ["iv", 4],
    // the Ukrainian/Cyrillic «і» typed for a Roman I
    ["і", 1],
    ["іі", 2],
    ["ііі", 3],
    ["іv", 4],
    ["первый", 1],
    ["первого", 1],
    ["второе", 2],
    ["второго", 2],
    ["третьего", 3],
    ["третий", 3],
    ["четвертый", 4],
    ["четвертого", 4],
    // «четверть» is a school term, not an ordinal; other words are none
    ["четверть", 0],
    ["квартал", 0],
    ["v", 0],
    ["", 0],
  ])("%j → %i", (word, n) => {
    expect(ordinalFromWord(word)).toBe(n);
  });
});

describe("monthFromWord", () => {
  it.each<[string, number]>([
    ["январь", 1],
    ["февраля", 2],
    ["марте", 3],
    ["апреля", 4],
    ["май", 5],
    ["мая", 5],
    ["мае", 5],
    ["июнь", 6],
    ["июля", 7],
    ["августе", 8],
    ["сентября", 9],
    ["октябрь", 10],
    ["ноября", 11],
    ["декабре", 12],
    ["сент", 9],
    ["нояб", 11],
    ["дек", 12],
    ["февр", 2],
    ["майский", 0],
    ["марка", 0],
    ["constructor", 0],
    ["", 0],
  ])("%j → %i", (word, n) => {
    expect(monthFromWord(word)).toBe(n);
  });
});
