import { describe, expect, it } from "vitest";
import { type CellSpec, writeDocx } from "../../../scripts/support/write-docx.ts";
import { docxGrid, readDocx } from "../../../shared/docx/read-docx.ts";
import type { Grid } from "../../../shared/grid.ts";
import { readRoadmap } from "../../../shared/roadmap/read-roadmap.ts";
import { getTemplate } from "../../../shared/templates/registry.ts";
import { validate } from "../../../shared/validate/index.ts";

// Roadmap shapes met in public school documents (texts shortened and reworded), with readings checked
// by hand against the tables as printed.

const c = (text: string, vMerge?: "restart" | "continue"): CellSpec => ({
  paras: text ? [text] : [],
  ...(vMerge ? { vMerge } : {}),
});
function docxOf(title: string[], rows: CellSpec[][], cols: number): Grid {
  const r = readDocx(writeDocx([...title.map((paragraph) => ({ paragraph })), { table: rows, cols }]));
  if (!r.ok) throw new Error(r.message);
  return docxGrid(r.value);
}

describe("a stage column merged down over its activities («Этап | Мероприятия | Содержание | Срок | Ответственный»)", () => {
  const grid = docxOf(
    [
      "Дорожная карта (план мероприятий) по реализации Положения о системе наставничества педагогических работников МБДОУ № 18 «Алёнушка»",
      "(сентябрь 2022 г. - май 2024 г.)",
    ],
    [
      ["№", "Наименование этапа", "Мероприятия", "Содержание деятельности", "Срок", "Ответственный"].map(
        (t) => c(t),
      ),
      [
        c("1.", "restart"),
        c("Подготовка условий для реализации системы наставничества", "restart"),
        c("Изучение материалов по наставничеству"),
        c("Изучение распоряжения Минпросвещения № Р-145"),
        c("Сентябрь 2022"),
        c("Заведующий"),
      ],
      [
        c("", "continue"),
        c("", "continue"),
        c("Подготовка нормативной базы"),
        c("Разработка положения и дорожной карты"),
        c("Октябрь 2022"),
        c("Старший воспитатель"),
      ],
      [
        c("2.", "restart"),
        c("Формирование банка наставляемых", "restart"),
        c("Сбор информации о запросах педагогов"),
        c("Анкетирование педагогов"),
        c("Ноябрь 2022"),
        c("Старший воспитатель"),
      ],
      [
        c("", "continue"),
        c("", "continue"),
        c("Формирование банка данных наставляемых"),
        c("Составление списка"),
        c("Декабрь 2022"),
        c("Старший воспитатель"),
      ],
      [
        c("3."),
        c("Подведение итогов"),
        c("Мониторинг результатов"),
        c("Анкетирование участников"),
        c("май 2024"),
        c("Заведующий"),
      ],
    ],
    6,
  );

  it("takes the period from the parentheses under the title", () => {
    expect(readRoadmap(grid).period).toEqual({ start: "2022-09-01", end: "2024-05-31" });
  });

  it("reads every activity as an item, grouped under its stage", () => {
    const read = readRoadmap(grid);
    expect(read.sections.map((s) => [s.code, s.title])).toEqual([
      ["1", "Подготовка условий для реализации системы наставничества"],
      ["2", "Формирование банка наставляемых"],
      ["3", "Подведение итогов"],
    ]);
    expect(read.items.map((i) => [i.section, i.text.activity, i.text.deadline, i.text.responsible])).toEqual([
      [0, "Изучение материалов по наставничеству", "Сентябрь 2022", "Заведующий"],
      [0, "Подготовка нормативной базы", "Октябрь 2022", "Старший воспитатель"],
      [1, "Сбор информации о запросах педагогов", "Ноябрь 2022", "Старший воспитатель"],
      [1, "Формирование банка данных наставляемых", "Декабрь 2022", "Старший воспитатель"],
      [2, "Мониторинг результатов", "май 2024", "Заведующий"],
    ]);
    expect(read.items[1]!.text.content).toBe("Разработка положения и дорожной карты");
  });
});

describe("rows under a merged stage cell that carry their own content, deadline and responsible", () => {
  const grid = docxOf(
    [
      "Дорожная карта по реализации Положения о системе наставничества в МБОУ «СОШ № 5»",
      "на 2024-2025 учебный год",
    ],
    [
      ["№", "Наименование этапа", "Содержание деятельности и план мероприятий", "Срок", "Ответственный"].map(
        (t) => c(t),
      ),
      [
        c("1.", "restart"),
        c("Подготовка условий", "restart"),
        c("Подготовка и принятие локальных актов"),
        c("сентябрь"),
        c("Директор"),
      ],
      [
        c("", "continue"),
        c("", "continue"),
        c("Приказ о закреплении наставнических пар"),
        c("октябрь"),
        c("Заместитель директора"),
      ],
      [c("", "continue"), c("", "continue"), c("с письменного согласия участников"), c(""), c("")],
      [
        c("2."),
        c("Формирование банка наставников"),
        c("Анкетирование педагогов"),
        c("ноябрь"),
        c("Заместитель директора"),
      ],
    ],
    5,
  );

  it("are items of their own, taking the stage as their activity; a lower-case line still continues", () => {
    const read = readRoadmap(grid);
    expect(read.period).toEqual({ start: "2024-09-01", end: "2025-08-31" });
    expect(read.items.map((i) => [i.code, i.text.activity, i.text.content, i.text.deadline])).toEqual([
      ["1", "Подготовка условий", "Подготовка и принятие локальных актов", "сентябрь"],
      [
        null,
        "Подготовка условий",
        "Приказ о закреплении наставнических пар с письменного согласия участников",
        "октябрь",
      ],
      ["2", "Формирование банка наставников", "Анкетирование педагогов", "ноябрь"],
    ]);
  });

  it("each has its own deadline: the October row is overdue on its own", () => {
    const report = validate(grid, getTemplate("school-roadmap")!, { asOf: "2024-10-15" });
    const states = report.items.map((i) => [i.deadline.end, i.state]);
    expect(states.slice(0, 2)).toEqual([
      ["2024-09-30", "overdue"],
      ["2024-10-31", "not-started"],
    ]);
  });
});

describe("header cells with typos", () => {
  const body = [
    ["1", "Назначение куратора", "сентябрь 2024", "Директор", "Приказ"],
    ["2", "Положение о наставничестве", "октябрь 2024", "Куратор", "Положение"],
  ];

  it("are read as the header they are nearest to, each with a warning naming it", () => {
    const grid: Grid = [
      ["План на 2024-2025 учебный год"],
      ["№ п/п", "Меропрятие", "Сорки", "Ответсвенный", "Результат"],
      ...body,
    ];
    const read = readRoadmap(grid);
    expect(read.table?.columns).toEqual({ code: 0, activity: 1, deadline: 2, responsible: 3, evidence: 4 });
    expect(read.table?.assumedColumns).toEqual([
      { column: 1, as: "мероприятие" },
      { column: 2, as: "сроки" },
      { column: 3, as: "ответственный" },
    ]);
    const report = validate(grid, getTemplate("municipal-roadmap")!, { asOf: "2024-09-02" });
    const assumed = report.findings
      .filter((f) => f.code === "assumed-header")
      .map((f) => [f.column, f.message]);
    expect(assumed).toHaveLength(3);
    expect(assumed[0]).toEqual(["B", expect.stringContaining("«Меропрятие» прочитан как «мероприятие»")]);
  });

  it("one unreadable header never moves the activity to the next column", () => {
    const grid: Grid = [
      ["План на 2024-2025 учебный год"],
      ["№", "Ывапролдж", "Содержание работы", "Срок", "Ответственный"],
      ["1", "Назначение куратора", "Приказ о назначении", "сентябрь 2024", "Директор"],
    ];
    const read = readRoadmap(grid);
    expect(read.table?.columns).toEqual({ code: 0, activity: 1, content: 2, deadline: 3, responsible: 4 });
    expect(read.items[0]!.text.activity).toBe("Назначение куратора");
    expect(read.table?.assumedColumns).toEqual([{ column: 1, as: "Мероприятие" }]);
  });

  it("a misspelt header never takes a role a well-spelt one already names", () => {
    const grid: Grid = [
      ["План на 2024 год"],
      ["№", "Мероприятие", "Срок", "Сорк", "Ответственный"],
      ["1", "Назначение куратора", "сентябрь 2024", "x", "Директор"],
    ];
    const read = readRoadmap(grid);
    expect(read.table?.columns).toEqual({ code: 0, activity: 1, deadline: 2, responsible: 4 });
    expect(read.table?.unknownColumns).toEqual([3]);
  });
});

describe("the period in the title block", () => {
  const table = [
    ["№", "Мероприятие", "Срок", "Ответственный"],
    ["1", "Назначение куратора", "октябрь", "Директор"],
  ];
  it.each([
    [["План мероприятий", "(2023–2024 гг.)"], { start: "2023-01-01", end: "2024-12-31" }],
    [["План мероприятий (с 01.09.2023 по 31.05.2024)"], { start: "2023-09-01", end: "2024-05-31" }],
    [
      ["План мероприятий", "на период с 01.09.2023 по 31.05.2024"],
      { start: "2023-09-01", end: "2024-05-31" },
    ],
    [["План мероприятий", "на 2024/25 учебный год"], { start: "2024-09-01", end: "2025-08-31" }],
    [["ПЛАН МЕРОПРИЯТИЙ", "", "(сентябрь 2024 – май 2025)", ""], { start: "2024-09-01", end: "2025-05-31" }],
  ])("%j → %j", (title, period) => {
    expect(readRoadmap([...title.map((t) => [t]), ...table]).period).toEqual(period);
  });

  it("a lone month under the title is the date it was signed, not the period", () => {
    expect(readRoadmap([["План мероприятий на 2024 год"], ["Сентябрь 2023"], ...table]).period).toEqual({
      start: "2024-01-01",
      end: "2024-12-31",
    });
  });
});
