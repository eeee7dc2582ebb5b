import { describe, expect, it } from "vitest";
import type { Grid } from "../../../shared/grid.ts";
import { readRoadmap } from "../../../shared/roadmap/read-roadmap.ts";
import { getTemplate } from "../../../shared/templates/registry.ts";
import { validate } from "../../../shared/validate/index.ts";

// Sheets as methodists really make them: not the seeds, not our templates.

describe("reading hand-made roadmaps", () => {
  it("reordered, renamed and extra columns, header below a blank line and a note", () => {
    const grid: Grid = [
      ["Утверждаю: директор"],
      [],
      ["План мероприятий по наставничеству на 2024-2025 учебный год"],
      [],
      ["Ответственный", "Срок исполнения", "№ п/п", "Примечание", "Наименование мероприятия", "Бюджет"],
      ["Иванова А.А.", "сентябрь", "1", "", "Приказ о наставничестве", "0"],
      ["Петров П.П., учитель", "до 15.10.2024", "2", "", "Закрепление пар", ""],
      ["Иванова А.А.", "апрель", "3", "", "Итоговая конференция", ""],
    ];
    const read = readRoadmap(grid);
    expect(read.table?.headerRow).toBe(5);
    expect(read.table?.columns).toMatchObject({
      responsible: 0,
      deadline: 1,
      code: 2,
      comment: 3,
      activity: 4,
    });
    expect(read.table?.unknownColumns).toEqual([5]);
    expect(read.period).toEqual({ start: "2024-09-01", end: "2025-08-31" });
    expect(read.items.map((i) => [i.row, i.code, i.text.activity])).toEqual([
      [6, "1", "Приказ о наставничестве"],
      [7, "2", "Закрепление пар"],
      [8, "3", "Итоговая конференция"],
    ]);
    const report = validate(grid, getTemplate("school-roadmap")!, { asOf: "2025-05-01" });
    expect(report.items.map((i) => i.deadline.end)).toEqual(["2024-09-30", "2024-10-15", "2025-04-30"]);
    expect(report.items.every((i) => i.state === "overdue")).toBe(true);
  });

  it("no code column: codes written at the start of the activity", () => {
    const grid: Grid = [
      ["Дорожная карта на 2022 год"],
      ["Мероприятие", "Сроки", "Ответственные"],
      ["1. Организационный этап", "", ""],
      ["1.1. Назначить куратора", "январь 2022", "Директор"],
      ["1.2. Утвердить положение", "февраль 2022", "Директор"],
      ["2. Основной этап", "", ""],
      ["2.1. Сформировать пары", "март 2022", "Куратор"],
    ];
    const read = readRoadmap(grid);
    expect(read.sections.map((s) => [s.code, s.title])).toEqual([
      ["1", "Организационный этап"],
      ["2", "Основной этап"],
    ]);
    expect(read.items.map((i) => [i.code, i.text.activity, i.section])).toEqual([
      ["1.1", "Назначить куратора", 0],
      ["1.2", "Утвердить положение", 0],
      ["2.1", "Сформировать пары", 1],
    ]);
  });

  it("numbers and booleans where text is expected; a Google Sheets numbering row", () => {
    const grid: Grid = [
      ["№", "Мероприятие", "Срок", "Ответственный", "Статус"],
      [1, 2, 3, 4, 5],
      [1, "Совещание", 2023, "Директор", true],
      [2, "Семинар", "май 2023", 42, null],
    ];
    const read = readRoadmap(grid);
    expect(read.items.map((i) => [i.row, i.code, i.text.deadline])).toEqual([
      [3, "1", "2023"],
      [4, "2", "май 2023"],
    ]);
  });

  it("sections without codes in the activity column, items numbered in each", () => {
    const grid: Grid = [
      ["№", "Мероприятие", "Сроки", "Ответственные"],
      ["", "Подготовительный этап", "", ""],
      ["1", "Анкетирование", "сентябрь 2021", "Методист"],
      ["2", "Приказ", "октябрь 2021", "Директор"],
      ["", "Основной этап", "", ""],
      ["1", "Обучение наставников", "ноябрь 2021", "Методист"],
    ];
    const read = readRoadmap(grid);
    expect(read.sections.map((s) => s.title)).toEqual(["Подготовительный этап", "Основной этап"]);
    expect(read.items.map((i) => i.section)).toEqual([0, 0, 1]);
    const report = validate(grid, getTemplate("school-roadmap")!, { asOf: "2021-01-01" });
    expect(report.findings.filter((f) => f.code === "duplicate-code")).toEqual([]);
  });

  it("the table ends where the prose after it begins", () => {
    const grid: Grid = [
      ["№", "Мероприятие", "Сроки", "Ответственные"],
      ["1", "Совещание", "май 2021", "Директор"],
      ["2", "Отчёт", "июнь 2021", "Директор"],
      [],
      ["Руководитель отдела образования"],
      ["Е.А. Смирнова"],
      ["С приказом ознакомлены:"],
      ["Иванов И.И. _____"],
    ];
    const read = readRoadmap(grid);
    expect(read.items).toHaveLength(2);
    expect(read.sections).toEqual([]);
    expect(read.blankRows).toEqual([]);
    expect(read.table?.lastRow).toBe(3);
  });

  it("a sheet with only an indicator table", () => {
    const grid: Grid = [
      ["Критерий", "Показатель", "Способ оценки", "Шкала оценки", "Факт"],
      ["Наличие программы", "Наличие программы наставничества", "Отчёт", "Имеется / отсутствует", "имеется"],
      ["", "Доля молодых специалистов", "Запрос", "100-80% 79-60% 59-40% 39% и ниже", "45%"],
    ];
    const read = readRoadmap(grid);
    expect(read.table).toBeNull();
    expect(read.indicators.map((i) => [i.criterion, i.indicator, i.actual])).toEqual([
      ["Наличие программы", "Наличие программы наставничества", "имеется"],
      ["Наличие программы", "Доля молодых специалистов", "45%"],
    ]);
    const report = validate(grid, getTemplate("efficiency-criteria")!);
    expect(report.indicators.map((i) => i.band)).toEqual(["имеется", "59-40%"]);
  });
});

describe("what is not a code", () => {
  it("«2 семинара» in an activity cell is text, «2020 год» in a code cell is not a code", () => {
    const grid: Grid = [
      ["Мероприятие", "Сроки", "Ответственные"],
      ["2 семинара для наставников", "май 2021", "Методист"],
    ];
    expect(readRoadmap(grid).items.map((i) => [i.code, i.text.activity])).toEqual([
      [null, "2 семинара для наставников"],
    ]);
  });
});
