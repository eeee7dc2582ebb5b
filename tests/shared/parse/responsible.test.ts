import { describe, expect, it } from "vitest";
import { parseResponsible } from "../../../shared/parse/responsible.ts";

describe("parseResponsible", () => {
  it.each<[string, string[]]>([
    ["Управление образования, руководители ОУ", ["Управление образования", "руководители ОУ"]],
    ["Управления образования района Руководители ОО", ["Управления образования района", "Руководители ОО"]],
    [
      "Бондарь О.И., зам. директора по УВР, учителя Желтоногова С.А. Казурова Н.В.",
      ["Бондарь О.И., зам. директора по УВР", "учителя", "Желтоногова С.А.", "Казурова Н.В."],
    ],
    ["ТОИПКРО, РЦРО, Управление образования", ["ТОИПКРО", "РЦРО", "Управление образования"]],
    ["", []],
    ["   ", []],
    [",", []],
    ["Отдел образования,", ["Отдел образования"]],
    ["Отдел образования; методист", ["Отдел образования", "методист"]],
    // people: «Фамилия И.О.», «Фамилия И. О.», «И.О. Фамилия», «И.О.Фамилия»
    ["Иванова И. И., методист", ["Иванова И. И., методист"]],
    ["И.И. Иванова, заместитель директора", ["И.И. Иванова, заместитель директора"]],
    ["Е.А.Смирнова", ["Е.А.Смирнова"]],
    ["директор Петрова М.И.", ["директор", "Петрова М.И."]],
    ["Директор М.И. Петрова", ["Директор", "М.И. Петрова"]],
    ["Петрова М.И. заместитель директора по ВР", ["Петрова М.И. заместитель директора по ВР"]],
    ["Петрова М.И., руководители ШМО", ["Петрова М.И.", "руководители ШМО"]],
    ["Римский-Корсакова А.Н., учитель музыки", ["Римский-Корсакова А.Н., учитель музыки"]],
    // bodies in the nominative start a new part; oblique cases continue the body
    [
      "Управление образования Администрации Томского района",
      ["Управление образования Администрации Томского района"],
    ],
    [
      "Отдел образования Районный методический кабинет",
      ["Отдел образования", "Районный методический кабинет"],
    ],
    ["Директор МУДО ДЮОЦ", ["Директор МУДО ДЮОЦ"]],
    ["МБОУ «Средняя общеобразовательная школа №21»", ["МБОУ «Средняя общеобразовательная школа №21»"]],
    ["Отдел образования г. Кедровый", ["Отдел образования г. Кедровый"]],
    ["Руководители и кураторы внедрения ЦМН в ОО", ["Руководители и кураторы внедрения ЦМН в ОО"]],
    // quotes and brackets keep their commas
    [
      "МАОУ «Школа, которая растёт», Управление образования",
      ["МАОУ «Школа, которая растёт»", "Управление образования"],
    ],
    ["Методист (Иванова, Петрова), куратор", ["Методист (Иванова, Петрова)", "куратор"]],
    // list markers, line breaks, nbsp
    ["- Методист;\n- Куратор.", ["Методист", "Куратор"]],
    ["1. Директор\n2. Методист", ["Директор", "Методист"]],
    ["Бондарь О.И., зам.директора\nпо УВР", ["Бондарь О.И., зам.директора по УВР"]],
    ["Отдел\u00a0образования,\u00a0Руководители", ["Отдел образования", "Руководители"]],
  ])("%j", (text, parts) => {
    expect(parseResponsible(text)).toEqual(parts);
  });

  it("survives non-string input from untyped callers", () => {
    expect(parseResponsible(null as unknown as string)).toEqual([]);
  });
});

// Written against the survivors of the mutation run (docs/QUALITY.md), each checked red on its mutant.
describe("parseResponsible: rules a mutant could break unnoticed", () => {
  it.each<[string, string[]]>([
    // initials with spaces, before and after the surname
    ["С. А. Желтоногова, учителя", ["С. А. Желтоногова", "учителя"]],
    ["учителя Желтоногова С. А. Казурова Н. В.", ["учителя", "Желтоногова С. А.", "Казурова Н. В."]],
    // a surname that starts with «Ё» is a surname; its position stays with it
    ["Ёлкина Н.В., заместитель директора", ["Ёлкина Н.В., заместитель директора"]],
    // capitals inside quotes or brackets do not start a new body
    ["Центр «Точка Роста» Руководители ОО", ["Центр «Точка Роста»", "Руководители ОО"]],
    [
      "Управление образования (Отдел Общего Образования) Руководители ОО",
      ["Управление образования (Отдел Общего Образования)", "Руководители ОО"],
    ],
  ])("%j", (text, parts) => {
    expect(parseResponsible(text)).toEqual(parts);
  });
});

// Written against survivors of mutants made by hand (docs/QUALITY.md), each checked red on its mutant.
// Cells from the seed documents where there is one (001: school 21, 004: МУДО ДЮОЦ), otherwise the
// rules of the file's own comment: a person is «Фамилия И.О.» / «И.О. Фамилия», a position right after
// a person stays with that person, quotes and brackets keep what is inside together, the colon
// introduces the people, list markers start a new item.
describe("parseResponsible: the seeds' cells and the documented rules", () => {
  it.each<[string, string[]]>([
    // 001: a cell that starts in the middle of a position (the row above holds «Бондарь О.И., зам.директора»)
    [
      "по УВР, Учителя: Желтоногова С.А. Казурова Н.В. Романова В.Н. Назарова В.Н. Конопатова Н.В.",
      [
        "по УВР",
        "Учителя",
        "Желтоногова С.А.",
        "Казурова Н.В.",
        "Романова В.Н.",
        "Назарова В.Н.",
        "Конопатова Н.В.",
      ],
    ],
    // 004: the glued «Е.С.Лаврова» is a person, so her position stays with her; a capitalised position too
    ["Е.С.Лаврова, заместитель директора", ["Е.С.Лаврова, заместитель директора"]],
    ["Ковшарева О.Г., Заместитель директора по УВР", ["Ковшарева О.Г., Заместитель директора по УВР"]],
    ["Зам.директора по УВР, методист", ["Зам.директора по УВР", "методист"]],
    // a role word is never a surname: «Директор А.А.» is no person, the position after it stands alone
    ["Директор А.А., методист", ["Директор А.А.", "методист"]],
    // a capitalised word that is no nominative body word (a name) does not start a new part
    ["Методист Анна Ивановна", ["Методист Анна Ивановна"]],
    // «и» and prepositions join: a capital after them continues the part
    ["Управление образования и Руководители ОО", ["Управление образования и Руководители ОО"]],
    // a new body that ends in the colon introducing its people
    [
      "Управление образования Руководители: Иванова И.И.",
      ["Управление образования", "Руководители", "Иванова И.И."],
    ],
    // inside brackets and quotes capitals and colons do not split
    [
      "Управление образования (Районный Методический Кабинет)",
      ["Управление образования (Районный Методический Кабинет)"],
    ],
    [
      "Проект «Молодые Педагоги Района» Руководители ОО",
      ["Проект «Молодые Педагоги Района»", "Руководители ОО"],
    ],
    ["Проект «Наставничество: шаг вперёд»", ["Проект «Наставничество: шаг вперёд»"]],
    // «1)» is a list marker, not a closing bracket: the commas after it still split
    ["1) Директор, 2) Методист", ["Директор", "Методист"]],
    // initials without their last full stop (a common slip), spaced or not
    ["Иванова И.И, методист", ["Иванова И.И, методист"]],
    ["Иванова И. И, методист", ["Иванова И. И, методист"]],
    // a surname with a role word inside it is still a surname («Низамова» holds «зам»)
    ["Низамова Р.Р., методист", ["Низамова Р.Р., методист"]],
    // hyphenated positions stay with their person
    ["Иванова И.И., учитель-логопед", ["Иванова И.И., учитель-логопед"]],
    ["Петрова А.А., педагог-психолог", ["Петрова А.А., педагог-психолог"]],
    ["Сидорова В.В., заведующая библиотекой", ["Сидорова В.В., заведующая библиотекой"]],
    // a hyphenated capitalised body starts a new part
    ["Отдел образования Научно-методический центр", ["Отдел образования", "Научно-методический центр"]],
    // a footnote mark is not part of the name; sub-item numbers and dash or bullet lines are list markers
    ["Управление образования*", ["Управление образования"]],
    ["1.1. Директор, 1.2. Методист", ["Директор", "Методист"]],
    ["Директор\n– методист\n• куратор", ["Директор", "методист", "куратор"]],
  ])("%j", (text, parts) => {
    expect(parseResponsible(text)).toEqual(parts);
  });
});

// Written against the survivors of the 2026-12-02 run of the module-level constants (each row checked
// red on the mutant of the table entry or regular expression its comment names, docs/QUALITY.md).
// The meaning is the file's contract: a person is «Фамилия И.О.» / «И.О. Фамилия» / «И.О.Фамилия», a
// position right after a person stays with that person (singular only), prepositions join, list
// markers start a new item.
describe("parseResponsible: people, positions and markers as cells write them", () => {
  it.each<[string, string[]]>([
    // a list of people mixing «Фамилия И.О.» and the glued «И.О.Фамилия» (SURNAME_RE anchored)
    ["учителя Петрова М.И. Е.А.Смирнова", ["учителя", "Петрова М.И.", "Е.А.Смирнова"]],
    // one initial each, no commas: the next surname is no second initial (ONE_INITIAL_RE anchored)
    ["учителя Иванова И. Петрова П.", ["учителя", "Иванова И.", "Петрова П."]],
    // a glued person with a double-barrelled surname keeps her position (GLUED_PERSON_RE)
    ["Н.А.Римская-Корсакова, учитель музыки", ["Н.А.Римская-Корсакова, учитель музыки"]],
    // the full stop ending the cell is no part of the name (bug found by the mutation work)
    ["Директор М.И. Петрова.", ["Директор", "М.И. Петрова"]],
    ["Директор Е.А.Смирнова.", ["Директор", "Е.А.Смирнова"]],
    // positions: «педагог» alone is one; plurals («педагоги-наставники») are a group, not her position
    [
      "Иванова И.И., педагог дополнительного образования",
      ["Иванова И.И., педагог дополнительного образования"],
    ],
    ["Бондарь О.И., педагоги-наставники", ["Бондарь О.И.", "педагоги-наставники"]],
    // «соцпедагог» (социальный педагог) is a position (bug found by the mutation work)
    ["Иванова И.И., соцпедагог", ["Иванова И.И., соцпедагог"]],
    // a position in brackets after the person is hers (bug found by the mutation work; WORD_EDGE_RE,
    // EDGE_CHAR_RE strip the brackets); a person in brackets keeps the position after her
    [
      "Иванова И.И. (методист), Петрова П.П. (куратор)",
      ["Иванова И.И. (методист)", "Петрова П.П. (куратор)"],
    ],
    ["Иванова И.И. (заместитель директора по УВР)", ["Иванова И.И. (заместитель директора по УВР)"]],
    ["(Иванова И.И.), методист", ["(Иванова И.И.), методист"]],
    // a bracket typed apart from its words still opens and closes (BRACKET_RE)
    [
      "Управление образования ( Отдел Общего Образования ) Руководители ОО",
      ["Управление образования ( Отдел Общего Образования )", "Руководители ОО"],
    ],
  ])("%j", (text, parts) => {
    expect(parseResponsible(text)).toEqual(parts);
  });
});

describe("parseResponsible: list markers and edges", () => {
  it.each<[string, string[]]>([
    // bold marks a converted document leaves around a cell (EDGE_PUNCT_RE, both ends)
    ["**Управление образования**", ["Управление образования"]],
    // numbers past 9, numbers glued to the word (NUMBERING_RE, LIST_LINE_RE)
    ["9. Директор\n10. Методист", ["Директор", "Методист"]],
    ["1.Директор, 2.Методист", ["Директор", "Методист"]],
    // a number inside the text is no list marker
    ["Рабочая группа (приказ от 01.09.2023 № 80/8)", ["Рабочая группа (приказ от 01.09.2023 № 80/8)"]],
    // an indented line, a dash glued to the word (LIST_LINE_RE)
    ["Директор\n  - методист", ["Директор", "методист"]],
    ["Директор\n-методист\n-куратор", ["Директор", "методист", "куратор"]],
  ])("%j", (text, parts) => {
    expect(parseResponsible(text)).toEqual(parts);
  });
});

// A capitalised word after a preposition continues the part: the case the preposition governs can
// look like a nominative («из Управления», «в Совет»), yet nobody names a new body after «из».
describe("parseResponsible: a capital after a preposition continues the part (PREPOSITION)", () => {
  it.each<string>([
    "Делегаты в Совет молодых педагогов",
    "Педагоги, направленные во Дворец творчества",
    "Докладчики на Педагогический совет",
    "Заместитель директора по Безопасности",
    "Экспертный совет при Минпросвещения России",
    "Руководители ОО, отчёт для Управления образования",
    "Классные руководители совместно с Родителями",
    "Педагог-психолог совместно со Специалистами ППМС-центра",
    "МБОУ СОШ им Дмитрия Донского",
    "Предложения к Минпросвещения России",
    "Представитель от Управления образования",
    "Специалист из Управления образования",
    "Руководители ОО, отчёт о Деятельности наставников",
    "Руководители ОО, приказ об Ответственности наставников",
  ])("%j", (text) => {
    const parts = text.split(", ");
    expect(parseResponsible(text)).toEqual(parts);
  });
});

describe("parseResponsible: the cache behind it", () => {
  it("a caller changing the returned list does not change the next answer for the same cell", () => {
    const first = parseResponsible("Управление образования, методист");
    first.push("чужое");
    first[0] = "изменено";
    expect(parseResponsible("Управление образования, методист")).toEqual([
      "Управление образования",
      "методист",
    ]);
  });
});
