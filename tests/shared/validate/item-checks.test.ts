// The per-item rules, one by one (the engine tests see them only through whole sheets). Written to
// kill the mutants Stryker found surviving in shared/validate (docs/QUALITY.md).
import { describe, expect, it } from "vitest";
import type { Deadline } from "../../../shared/parse/deadline.ts";
import { Findings, SEVERITY } from "../../../shared/validate/findings.ts";
import { isErrorValue, itemState, proofIsUrl, statusReader } from "../../../shared/validate/item-checks.ts";

const STATUSES = ["не начато", "в работе", "выполнено", "не выполнено", "отменено"];
const due = (end: string | null, start: string | null = null): Deadline => ({
  text: "",
  kind: end ? "due" : "unscheduled",
  start,
  end,
  every: null,
});

describe("statusReader", () => {
  const read = statusReader(STATUSES);
  it("accepts the listed statuses whatever the case, with trailing dots or exclamation marks", () => {
    expect(read("выполнено")).toBe("выполнено");
    expect(read("Выполнено.")).toBe("выполнено");
    expect(read("ВЫПОЛНЕНО!!")).toBe("выполнено");
    expect(read("в работе")).toBe("в работе");
  });
  it("an empty cell is no status; anything else typed is unknown", () => {
    expect(read("")).toBeNull();
    expect(read("сделано")).toBeUndefined();
    // only a trailing run of . and ! is dropped, not a dot inside the word
    expect(read("вы.полнено")).toBeUndefined();
  });
  it("reads a text typed again as the first time (each text it had to normalise is kept)", () => {
    const again = statusReader(STATUSES);
    for (let round = 0; round < 3; round++) {
      expect(again("Выполнено.")).toBe("выполнено");
      expect(again("сделано")).toBeUndefined();
      expect(again("В РАБОТЕ")).toBe("в работе");
      expect(again("")).toBeNull();
    }
  });
});

describe("proofIsUrl", () => {
  it("every part must be an http(s) link with a dotted host", () => {
    expect(proofIsUrl("https://school.example.ru/prikaz.pdf")).toBe(true);
    expect(proofIsUrl("http://ab.ru")).toBe(true);
    expect(proofIsUrl("https://a.ru/x, https://b.ru/y; http://c.ru")).toBe(true);
    expect(proofIsUrl("https://a.ru/x папка")).toBe(false);
    expect(proofIsUrl("см. https://a.ru/x")).toBe(false);
    expect(proofIsUrl("ftp://a.ru/x")).toBe(false);
    expect(proofIsUrl("https://localhost/x")).toBe(false);
    expect(proofIsUrl("https://.ru")).toBe(false);
    expect(proofIsUrl("https://a. ru")).toBe(false);
    // the link must start the part: text glued in front of it is not a link
    expect(proofIsUrl("приказ:https://a.ru/x")).toBe(false);
  });
  it("separators around the links are not parts", () => {
    expect(proofIsUrl(" https://a.ru/x, https://b.ru/y; ")).toBe(true);
  });
  it("an empty cell or separators only is no proof", () => {
    expect(proofIsUrl("")).toBe(false);
    expect(proofIsUrl(" , ; ")).toBe(false);
  });
});

describe("itemState", () => {
  const asOf = "2024-06-01";
  it("done and cancelled win over a passed deadline", () => {
    expect(itemState("выполнено", due("2024-01-01"), asOf)).toBe("done");
    expect(itemState("отменено", due("2024-01-01"), asOf)).toBe("cancelled");
  });
  it("overdue is strictly after the deadline, and only with a report date", () => {
    expect(itemState(null, due("2024-05-31"), asOf)).toBe("overdue");
    expect(itemState("не выполнено", due("2024-05-31"), asOf)).toBe("overdue");
    expect(itemState("в работе", due("2024-05-31"), asOf)).toBe("overdue");
    expect(itemState(null, due("2024-06-01"), asOf)).toBe("not-started");
    expect(itemState(null, due("2024-05-31"), null)).toBe("not-started");
  });
  it("before the deadline: failed, in progress, not started; no dates at all: unscheduled", () => {
    expect(itemState("не выполнено", due("2024-12-31"), asOf)).toBe("failed");
    expect(itemState("в работе", due("2024-12-31"), asOf)).toBe("in-progress");
    expect(itemState("не начато", due("2024-12-31"), asOf)).toBe("not-started");
    expect(itemState(null, due(null), asOf)).toBe("unscheduled");
    expect(itemState(null, due(null, "2024-09-01"), asOf)).toBe("not-started");
    expect(itemState(null, due("2024-12-31", null), asOf)).toBe("not-started");
  });
});

describe("isErrorValue", () => {
  it("recognises the error values Sheets and Excel put in a cell, only at its start", () => {
    for (const e of [
      "#REF!",
      "#N/A",
      "#VALUE!",
      "#DIV/0!",
      "#NAME?",
      "#NUM!",
      "#NULL!",
      "#ERROR!",
      "#GETTING_DATA",
    ])
      expect(isErrorValue(e), e).toBe(true);
    for (const v of ["# 5", "REF!", "x#REF!", "№ 5", "#тег, см. #REF!", "", 35, null])
      expect(isErrorValue(v), String(v)).toBe(false);
  });
});

describe("Findings", () => {
  it("counts findings by severity", () => {
    const f = new Findings();
    f.add("duplicate-code", 3, "A");
    f.add("overdue", 4, "D");
    f.add("bad-url", 5, "H");
    f.add("unknown-column", 1, "J");
    expect(f.counts()).toEqual({ error: 2, warning: 1, info: 1 });
    expect(new Findings().counts()).toEqual({ error: 0, warning: 0, info: 0 });
  });
  it("counts the findings about a cell's text too, one per finding, with their code's severity", () => {
    // a sheet repeats «не знаю» row after row: each row is a finding and counts
    const f = new Findings();
    f.addForText("unknown-deadline", 4, "E", "не знаю");
    f.addForText("unknown-deadline", 5, "E", "не знаю");
    f.addForText("bad-status", 6, "G", "почти", () => ({ text: "почти" }));
    f.addForText("unscheduled-deadline", 7, "E", "по графику");
    expect(f.counts()).toEqual({ error: 1, warning: 2, info: 1 });
    expect(f.list.map((x) => [x.code, x.severity, x.row])).toEqual([
      ["unknown-deadline", "warning", 4],
      ["unknown-deadline", "warning", 5],
      ["bad-status", "error", 6],
      ["unscheduled-deadline", "info", 7],
    ]);
  });
  it("what blocks a submission is an error; lateness and unknown extra columns do not", () => {
    // the product's rules (BRIEF: a school with errors stays a draft; overdue items are reported)
    expect(SEVERITY["header-not-found"]).toBe("error");
    expect(SEVERITY["missing-item"]).toBe("error");
    expect(SEVERITY["done-without-proof"]).toBe("error");
    expect(SEVERITY["bad-status"]).toBe("error");
    expect(SEVERITY.overdue).toBe("warning");
    expect(SEVERITY["target-not-met"]).toBe("warning");
    expect(SEVERITY["unknown-column"]).toBe("info");
    // a *required* column missing (BRIEF «missing required column») blocks, like a missing item
    expect(SEVERITY["missing-column"]).toBe("error");
    // a cell the parser cannot read is a warning that quotes the text (BRIEF's deadline table:
    // «anything else → unknown: a warning»); an unread target is the same kind of finding
    expect(SEVERITY["unknown-deadline"]).toBe("warning");
    expect(SEVERITY["unparsed-target"]).toBe("warning");
    // no period in the title does not block: the campaign carries the roadmap period
    expect(SEVERITY["period-not-found"]).toBe("warning");
    expect(SEVERITY["unscheduled-deadline"]).toBe("info");
  });
});
