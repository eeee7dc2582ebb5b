// Russian text inside the department's summary (the add-on's sheets and the worker's CSV).

/** How the summary names an item that has no number: by its sheet row. */
export const rowRef = (row: number | null): string => (row === null ? "без номера" : `стр. ${row}`);

/** Where an organisation stands in a campaign. */
export const ORG_STATUS_RU = {
  submitted: "сдано",
  "not-submitted": "не сдано",
  late: "сдано с опозданием",
  draft: "черновик (есть ошибки)",
  gone: "нет в кампании",
} as const;

/** Column headers of the CSV summary, in its column order. */
export const CSV_HEADER_RU = [
  "Код организации",
  "Организация",
  "Группа",
  "Статус",
  "Версия",
  "Получено",
  "Ошибок",
  "Предупреждений",
  "Выполнено",
  "Обязательных пунктов",
  "Нет пунктов",
  "Просрочено",
  "Показатель не достигнут",
  // issue 9
  "Проверка",
  "Комментарий проверки",
  "Новый черновик",
  "Выполнение, %",
] as const;

/** «Замечания»: one row per finding of a counted version (issue 9). */
export const FINDINGS_HEADER_RU = [
  "Школа",
  "Код организации",
  "Группа",
  "Пункт",
  "Мероприятие",
  "Замечание",
  "Важность",
  "Ячейка",
] as const;

/** Groups of the roll-up in the exports (issue 9). */
export const GROUPS_HEADER_RU = [
  "Группа",
  "Код группы",
  "Уровень",
  "Школ",
  "Сдали",
  "С опозданием",
  "Черновик",
  "Не сдали",
  "Выполнение, %",
  "Просрочено",
  "Нет пунктов",
] as const;

export const SEVERITY_RU = { error: "ошибка", warning: "предупреждение", info: "замечание" } as const;

/** The department's review of a school's counted version (issue 9). */
export const REVIEW_STATE_RU = {
  pending: "на проверке",
  accepted: "принято",
  returned: "возвращено на доработку",
} as const;

/** A review's comment with its per-item remarks: «Общий текст; 2.1: нет ссылки; 3.4: …». */
export function reviewCommentText(r: {
  comment: string;
  items: readonly { code: string; comment: string }[];
}): string {
  return [r.comment, ...r.items.map((i) => `${i.code}: ${i.comment}`)].filter(Boolean).join("; ");
}
