import type { FindingCode } from "../validate/types.ts";

type Params = Record<string, string | number>;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** ISO date → the Russian way of writing it (31.10.2023); anything else unchanged. (A sheet of 10,000
 *  overdue rows builds this message 10,000 times, mostly for the same date: the last one is kept.) */
let lastIso = "";
let lastRu = "";
const ruDate = (iso: string | number | undefined) => {
  const s = String(iso ?? "");
  if (s !== lastIso) {
    lastIso = s;
    lastRu = ISO_DAY.test(s) ? `${s.slice(8)}.${s.slice(5, 7)}.${s.slice(0, 4)}` : s;
  }
  return lastRu;
};

const q = (s: string | number | undefined) => `«${String(s ?? "").slice(0, 120)}»`;

/** Russian text of every validation finding, built from its params. */
export const FINDING_MESSAGES: Record<FindingCode, (p: Params) => string> = {
  "header-not-found": () =>
    "Не найдена строка заголовка таблицы: нужны хотя бы столбцы «Мероприятие», «Сроки» и «Ответственные».",
  "missing-column": (p) => `Нет столбца ${q(p.header)}.`,
  "unknown-column": (p) => `Столбец ${q(p.header)} не распознан и не проверяется.`,
  "assumed-header": (p) =>
    `Заголовок ${q(p.header)} прочитан как ${q(p.as)} (похоже на опечатку): проверьте, что столбец тот.`,
  "period-not-found": () =>
    "Не найден период дорожной карты (например, «на 2023-2024 учебный год»): сроки без года не проверить.",
  "blank-row": () => "Пустая строка внутри таблицы.",
  "bad-code": (p) =>
    p.text ? `Неверный номер пункта ${q(p.text)}: ожидается вида «1.2».` : "Нет номера пункта.",
  "duplicate-code": (p) => `Номер пункта ${q(p.code)} повторяется (уже есть в строке ${p.firstRow}).`,
  "code-out-of-order": (p) =>
    `Пункт ${q(p.code)} идёт после пункта ${q(p.previous)}: нарушен порядок нумерации.`,
  "missing-item": (p) => `Нет обязательного пункта ${p.code} ${q(p.activity)}.`,
  "empty-activity": () => "Не указано мероприятие.",
  "empty-deadline": () => "Не указан срок.",
  "empty-responsible": () => "Не указан ответственный.",
  "empty-evidence": () => "Не указана форма представления результата.",
  "unknown-deadline": (p) =>
    `Срок ${q(p.text)} не распознан: укажите, например, «сентябрь 2023», «до 01.12.2023» или «2023-2024».`,
  "unscheduled-deadline": (p) => `Срок ${q(p.text)} без даты: просрочку по этому пункту не проверить.`,
  "unparsed-target": (p) => `Показатель ${q(p.text)} не распознан: укажите число, процент или «по факту».`,
  "bad-status": (p) => `Статус ${q(p.text)} не из списка: ${p.allowed}.`,
  "done-without-proof": () => "Пункт отмечен выполненным, но нет ссылки на подтверждение.",
  "bad-url": (p) => `Подтверждение ${q(p.text)} не похоже на ссылку (нужна ссылка вида https://…).`,
  overdue: (p) => `Срок истёк ${ruDate(p.end)}, а пункт не выполнен.`,
  "target-not-met": (p) => `Факт ${q(p.actual)} не достигает показателя ${q(p.target)}.`,
  "error-value": (p) => `В ячейке ошибка таблицы ${q(p.text)}.`,
};
