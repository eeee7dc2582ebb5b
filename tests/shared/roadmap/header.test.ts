import { describe, expect, it } from "vitest";
import { isNumberingRow, matchHeader } from "../../../shared/roadmap/header.ts";
import { readRoadmap } from "../../../shared/roadmap/read-roadmap.ts";

// Headers from Russian roadmaps beyond the five seeds: each row → the roles it must map to.
const HEADERS: [string[], Record<string, number>][] = [
  [
    [
      "№ п/п",
      "Мероприятие",
      "Показатель реализации, максимальное значение",
      "Форма представления результата",
      "Сроки",
      "Ответственные",
    ],
    { code: 0, activity: 1, target: 2, evidence: 3, deadline: 4, responsible: 5 },
  ],
  [
    ["№", "Наименование этапа", "Содержание деятельности и план мероприятий", "Срок", "Ответственный"],
    { code: 0, activity: 1, content: 2, deadline: 3, responsible: 4 },
  ],
  [
    ["№ п/п", "Содержание мероприятия", "Сроки проведения", "Ответственные", "Планируемый результат"],
    { code: 0, activity: 1, deadline: 2, responsible: 3, evidence: 4 },
  ],
  [
    ["N", "Вид работы", "Период реализации", "Исполнители", "Форма отчетности"],
    { code: 0, activity: 1, deadline: 2, responsible: 3, evidence: 4 },
  ],
  // regional plans (tests/fixtures/corpus): «N п.п.», «NN п/п», GIA's «Направления деятельности»
  [
    ["N п.п.", "Наименование мероприятий", "Срок исполнения", "Ответственные"],
    { code: 0, activity: 1, deadline: 2, responsible: 3 },
  ],
  [
    [
      "NN п/п",
      "Наименование мероприятия",
      "Сроки",
      "Ответственный исполнитель/ соисполнители",
      "Вид документа",
    ],
    { code: 0, activity: 1, deadline: 2, responsible: 3, evidence: 4 },
  ],
  [
    ["N п/п", "Направления деятельности", "Сроки", "Ответственные лица"],
    { code: 0, activity: 1, deadline: 2, responsible: 3 },
  ],
  // «Отв-ный» abbreviated; a project's «Материалы» are its products; the № column printed without a header
  [
    ["N п/п", "Наименование мероприятия", "Дата и время проведения", "Место проведения", "Отв-ный"],
    { code: 0, activity: 1, deadline: 2, responsible: 4 },
  ],
  [["Мероприятие", "Срок проведения", "Материалы"], { activity: 0, deadline: 1, evidence: 2 }],
  [
    [
      "N п/п",
      "Содержание мероприятий",
      "Количество человек",
      "Количество смен",
      "Финансовые затраты",
      "Источники финансирования",
      "Исполнители",
      "Сроки исполнения",
    ],
    { code: 0, activity: 1, responsible: 6, deadline: 7 },
  ],
  [
    ["", "Наименование мероприятия", "Срок реализации", "Ответственные исполнители", "Итоговый документ"],
    { code: 0, activity: 1, deadline: 2, responsible: 3, evidence: 4 },
  ],
  [
    [
      "№",
      "Название мероприятия",
      "Дата проведения",
      "Ответственный за исполнение",
      "Отметка о выполнении",
      "Примечание",
    ],
    { code: 0, activity: 1, deadline: 2, responsible: 3, status: 4, comment: 5 },
  ],
  [
    [
      "Мероприятия",
      "Срок исполнения",
      "Ответственный исполнитель",
      "Фактическое значение",
      "Ссылка на подтверждение",
    ],
    { activity: 0, deadline: 1, responsible: 2, actual: 3, proof: 4 },
  ],
  // a plan of meetings: the month column before the activities, no responsible (corpus 57)
  [["№ п/п", "Месяц", "Мероприятия"], { code: 0, deadline: 1, activity: 2 }],
  [
    ["№", "Мероприятие", "Месяц проведения", "Ответственный"],
    { code: 0, activity: 1, deadline: 2, responsible: 3 },
  ],
  // the doer and the one accountable: the responsible is the accountable one, wherever it stands (corpus 66)
  [
    ["№ п/п", "Месяц", "Наименование работ", "Исполнитель", "Ответственный"],
    { code: 0, deadline: 1, activity: 2, responsible: 4 },
  ],
  [["Мероприятие", "Ответственный", "Исполнители", "Срок"], { activity: 0, responsible: 1, deadline: 3 }],
];

describe("a deadline split over a start and an end column", () => {
  it("«Плановое начало | Плановое окончание» (corpus 60)", () => {
    const m = matchHeader([
      "N п/п",
      "Наименование мероприятия",
      "Контрольный показатель",
      "Ответственный исполнитель",
      "Плановое начало",
      "Плановое окончание",
    ]);
    expect(m?.columns).toEqual({ code: 0, activity: 1, target: 2, responsible: 3, deadline: 4 });
    expect(m?.deadlineEnd).toBe(5);
    expect(m?.unknown).toEqual([]);
  });

  it("«Срок начала реализации | Срок окончания реализации» of a municipal programme", () => {
    const m = matchHeader([
      "N",
      "Наименование основного мероприятия",
      "Ответственный исполнитель",
      "Срок начала реализации",
      "Срок окончания реализации",
      "Ожидаемый результат",
    ]);
    expect(m?.columns).toMatchObject({ activity: 1, responsible: 2, deadline: 3, evidence: 5 });
    expect(m?.deadlineEnd).toBe(4);
  });

  it("two deadline columns that are not a start and an end stay as they were", () => {
    const m = matchHeader(["Мероприятие", "Срок", "Ответственный", "Срок исполнения (факт)"]);
    expect(m?.deadlineEnd).toBeUndefined();
    expect(m?.unknown).toEqual([3]);
  });
});

describe("header rows", () => {
  for (const [cells, roles] of HEADERS) {
    it(cells.join(" | "), () => {
      const m = matchHeader(cells);
      expect(m?.kind).toBe("roadmap");
      expect(m?.columns).toEqual(roles);
    });
  }

  it("indicator tables", () => {
    expect(matchHeader(["Критерий", "Показатели", "Способ оценки", "Шкала оценки"])).toMatchObject({
      kind: "indicators",
      columns: { criterion: 0, indicator: 1, method: 2, scale: 3 },
    });
  });

  it("not headers: a data row, a paragraph, a lone word", () => {
    expect(
      matchHeader(["1.1", "Издание приказа", "1", "Приказ", "2020", "Управление образования"]),
    ).toBeNull();
    expect(matchHeader(["Мероприятие ".repeat(20), "Сроки", "Ответственные"])).toBeNull();
    expect(matchHeader(["Мероприятие"])).toBeNull();
    // an empty cell beside the activity is a number column only in a row that is a header already
    expect(matchHeader(["", "Наименование мероприятия", "Срок"])).toBeNull();
  });

  it("the numbering row under a header", () => {
    expect(isNumberingRow(["1", "2", "3", "4", "5"])).toBe(true);
    expect(isNumberingRow(["1", "", "2"])).toBe(true);
    expect(isNumberingRow(["1", "3"])).toBe(false);
    expect(isNumberingRow(["1.1", "Приказ"])).toBe(false);
  });
});

describe("the next table's header", () => {
  it("ends the table also when it names its roles in columns this table does not read", () => {
    // «Бюджет» is no role: the header of the next table has its «Ответственный» there, and only with it
    // does the row name three roles (the table loop reads such columns for this check alone)
    const grid = [
      ["Дорожная карта на 2021-2022 гг."],
      ["№", "Мероприятие", "Бюджет", "Срок", "Ответственный"],
      ["1.1", "Назначить куратора", "0", "сентябрь 2021", "Директор"],
      ["1.2", "Провести семинар", "1000", "октябрь 2021", "Методист"],
      ["", "Наименование мероприятия", "Ответственный", "Сроки", ""],
      ["", "Провести конкурс", "Методист", "май 2022", ""],
    ];
    const read = readRoadmap(grid);
    expect(read.items.map((i) => i.code)).toEqual(["1.1", "1.2"]);
    expect(read.table?.lastRow).toBe(4);
  });
});
