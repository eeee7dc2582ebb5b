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
] as const;
