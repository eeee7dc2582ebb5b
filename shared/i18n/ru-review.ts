// Russian text of the review flow in the add-on (issue 9): the department's «Проверка отчётов» and
// what the school sees in «Отправка» and «Квитанции».
export const RU_REVIEW = {
  title: "Проверка отчётов",
  empty: "Пока нет отправленных отчётов.",
  school: "Школа",
  version: "версия {version}",
  accept: "Принять",
  return: "Вернуть на доработку",
  comment: "Комментарий для школы",
  items: "Замечания по пунктам (по одному в строке: «1.2: текст»)",
  needComment: "Чтобы вернуть отчёт, напишите, что исправить.",
  badItemLine: "Строка {line} «{text}»: ожидается «номер пункта: замечание».",
  done: "«{name}»: {state}.",
  // the school's side
  stateLine: "Проверка управления: {state}",
  reviewedAt: "{at}, {by}, версия {version}",
  itemsTitle: "Замечания по пунктам",
  noOrg: "Ваша организация не участвует в этой кампании.",
  receiptSheet: "Проверка управления",
  // reminders
  reasonNotSubmitted: "не сдали",
  reasonReturned: "возвращено",
  mailReturnedSubject: "Отчёт по дорожной карте ЦМН возвращён на доработку",
  mailReturnedBody:
    "Здравствуйте!\n\nОтчёт по кампании «{campaign}» возвращён на доработку.\nЗамечания: {comment}\n" +
    "Исправьте дорожную карту и отправьте её снова до {due} («Сводка → Открыть панель → Отправка»).\n\n" +
    "Это письмо отправлено из дополнения «Сводка».",
  // --- remarks on the roadmap sheet (task remarks) ---
  notOnSheet: "пункт не найден на листе",
  onSheet: "Замечания найдены на листе «{sheet}». Нажмите на замечание, чтобы перейти к строке.",
  noRoadmap: "Откройте лист с дорожной картой, чтобы перейти к пунктам с замечаниями.",
  showOnSheet: "Показать замечания на листе",
  clearOnSheet: "Снять подсветку",
  shown: "Подсвечено строк с замечаниями: {rows} на листе «{sheet}».",
  nothingOnSheet: "Ни один пункт с замечанием не найден на этом листе.",
  noRemarks: "В последней проверке нет замечаний по пунктам.",
} as const;
