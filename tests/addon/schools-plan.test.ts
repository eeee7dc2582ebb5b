// The pure half of «Школы и участники»: the sheet read by its header, compared with the worker's tree.
import { describe, expect, it } from "vitest";
import {
  type CurrentTree,
  parseSchoolsSheet,
  planSchools,
  resultColumn,
  schoolsSheetPlan,
} from "../../addon/src/server/plan/schools-plan.ts";
import { columnLetter } from "../../shared/grid.ts";

const HEADER = ["Школа", "Код (необязательно)", "Email методиста", "Роль", "Результат"];

const TREE: CurrentTree = {
  orgId: "uo",
  orgName: "Управление образования",
  children: [
    { id: "s1", name: "МБОУ СОШ № 1", kind: "school", members: [{ email: "m1@x.ru", role: "school" }] },
    { id: "s2", name: "МБОУ СОШ № 2", kind: "school", members: [] },
    { id: "mun", name: "Посёлок", kind: "municipality", members: [] },
  ],
};

function plan(rows: unknown[][], tree = TREE) {
  const parsed = parseSchoolsSheet([HEADER, ...rows] as never);
  if (!parsed) throw new Error("no header");
  return planSchools(parsed, tree);
}

describe("schoolsSheetPlan", () => {
  it("writes one row per member, a row for a school without members, codes and names as text", () => {
    const p = schoolsSheetPlan(TREE);
    expect(p.values).toEqual([
      HEADER,
      ["'МБОУ СОШ № 1", "'s1", "'m1@x.ru", "школа", ""],
      ["'МБОУ СОШ № 2", "'s2", "", "", ""],
    ]);
    expect(p.lists[0]!.values).toEqual(["школа", "управление", "администратор"]);
    expect(p.frozenRows).toBe(1);
  });
});

describe("planSchools", () => {
  it("counts new schools, new members and unchanged rows", () => {
    const p = plan([
      ["МБОУ СОШ № 1", "s1", "m1@x.ru", "школа"],
      ["мбоу  сош № 2", "", "M2@X.ru", ""],
      ["Гимназия № 3", "g3", "m3@x.ru", "школа"],
      ["Гимназия № 3", "", "m3b@x.ru", "школа"],
      ["Лицей", "", "", ""],
    ]);
    expect(p.newSchools.map((s) => [s.name, s.id, s.rows])).toEqual([
      ["Гимназия № 3", "g3", [4, 5]],
      ["Лицей", null, [6]],
    ]);
    expect(p.members.map((m) => [m.row, m.email, m.target])).toEqual([
      [3, "m2@x.ru", { kind: "existing", id: "s2" }],
      [4, "m3@x.ru", { kind: "new", key: "id:g3" }],
      [5, "m3b@x.ru", { kind: "new", key: "id:g3" }],
    ]);
    expect(p.unchanged).toBe(1);
    expect(p.problems).toEqual([]);
  });

  it("reports problems in Russian at their cells and skips those rows", () => {
    const p = plan([
      ["", "", "m9@x.ru", ""],
      ["МБОУ СОШ № 1", "", "not-an-email", ""],
      ["МБОУ СОШ № 1", "", "m5@x.ru", "директор"],
      ["МБОУ СОШ № 2", "", "a@x.ru", ""],
      ["МБОУ СОШ № 2", "", "a@x.ru", "школа"],
      ["Новая", "bad code!", "", ""],
      ["Поселок", "mun", "", ""],
      ["МБОУ СОШ № 1", "other", "", ""],
    ]);
    expect(p.problems.map((x) => [`${columnLetter(x.col - 1)}${x.row}`, x.message])).toEqual([
      ["A2", "Не указано название школы."],
      ["C3", "Адрес «not-an-email» не похож на email."],
      ["D4", "Неизвестная роль «директор»: выберите из списка (школа, управление, администратор)."],
      ["C6", "Повторяет строку 5."],
      ["B7", "Код «bad code!»: только латинские буквы, цифры, «-» и «_», не длиннее 64 знаков."],
      ["B8", "Код «mun» занят организацией «Посёлок», которая не является школой."],
      ["B9", "Школа «МБОУ СОШ № 1» уже есть с кодом «s1»: укажите этот код или оставьте код пустым."],
    ]);
    expect(p.newSchools).toEqual([]);
    expect(p.members.map((m) => m.row)).toEqual([5]);
  });

  it("changes a role written differently, never counts members missing from the sheet as removals", () => {
    const tree: CurrentTree = {
      ...TREE,
      children: [
        {
          id: "s1",
          name: "МБОУ СОШ № 1",
          kind: "school",
          members: [
            { email: "m1@x.ru", role: "school" },
            { email: "old@x.ru", role: "school" },
          ],
        },
      ],
    };
    const p = plan([["МБОУ СОШ № 1", "s1", "m1@x.ru", "управление"]], tree);
    expect(p.members).toMatchObject([{ change: "role", role: "department" }]);
    expect(p.notInSheet).toBe(1);
  });

  it("asks for a code when two schools share a name", () => {
    const tree: CurrentTree = {
      ...TREE,
      children: [
        { id: "a", name: "СОШ", kind: "school", members: [] },
        { id: "b", name: "СОШ", kind: "school", members: [] },
      ],
    };
    const p = plan([["СОШ", "", "x@x.ru", ""]], tree);
    expect(p.problems[0]!.message).toBe("Школ с названием «СОШ» несколько: укажите код.");
  });

  it("keeps its id while nothing changes and finds nothing to do once applied", () => {
    const rows = [["Гимназия № 3", "g3", "m3@x.ru", "школа"]];
    expect(plan(rows).id).toBe(plan(rows).id);
    const after: CurrentTree = {
      ...TREE,
      children: [
        ...TREE.children,
        { id: "g3", name: "Гимназия № 3", kind: "school", members: [{ email: "m3@x.ru", role: "school" }] },
      ],
    };
    const again = plan(rows, after);
    expect(again.newSchools).toEqual([]);
    expect(again.members).toEqual([]);
    expect(again.unchanged).toBe(1);
    expect(again.id).not.toBe(plan(rows).id);
  });

  it("reads moved columns by their header and needs the school and email columns", () => {
    const moved = parseSchoolsSheet([
      ["Email методиста", "Школа"],
      ["m@x.ru", "Лицей"],
    ]);
    expect(moved?.layout).toEqual({ school: 2, code: null, email: 1, role: null, result: 3 });
    expect(moved?.rows).toEqual([{ row: 2, school: "Лицей", code: "", email: "m@x.ru", roleText: "" }]);
    expect(parseSchoolsSheet([["Мероприятие", "Срок"]])).toBeNull();
    expect(parseSchoolsSheet([])).toBeNull();
  });
});

describe("resultColumn", () => {
  it("says per row what happened; failures and skips are explained, blank rows stay blank", () => {
    const p = plan([
      ["Гимназия № 3", "g3", "m3@x.ru", ""],
      [],
      ["МБОУ СОШ № 2", "", "=cmd@x.ru", ""],
      ["МБОУ СОШ № 2", "", "m2@x.ru", ""],
      ["МБОУ СОШ № 1", "s1", "m1@x.ru", ""],
    ]);
    const col = resultColumn(
      p,
      new Map([["id:g3", { ok: true }]]),
      new Map([
        [2, { ok: true }],
        [5, { ok: false, message: "Недостаточно прав для этого действия." }],
      ]),
    );
    expect(col).toEqual([
      ["Результат"],
      ["'школа создана, участник добавлен"],
      [""],
      ["'пропущено: Адрес «=cmd@x.ru» не похож на email."],
      ["'ошибка: Недостаточно прав для этого действия."],
      ["'без изменений"],
    ]);
  });
});
