import { ORG_STATUS_RU } from "./ru-summary.ts";
// Every Russian string the add-on shows: menu, sidebar, sheet headers, notes and error messages.
// Kept in one place so wording is reviewed once and the server and the sidebar never disagree.

export const RU_UI = {
  menu: {
    title: "Сводка",
    open: "Открыть панель",
    validate: "Проверить лист",
    clearHighlight: "Снять подсветку",
  },
  sidebar: {
    title: "Сводка",
    tabs: { check: "Проверка", submit: "Отправка", summary: "Сводка", settings: "Настройки" },
    busy: "Подождите…",
    check: {
      run: "Проверить",
      highlight: "Подсветить",
      clear: "Снять подсветку",
      empty: "Ошибок не найдено.",
      hint: "Нажмите «Проверить», чтобы найти ошибки на текущем листе.",
      sheet: "Лист",
      template: "Шаблон",
      completion: "Выполнено обязательных пунктов",
      insertTitle: "Вставить шаблон",
      insert: "Вставить",
      period: "Период (например, 2023-2024 учебный год)",
      inserted: "Создан лист",
      highlighted: "Подсвечено ячеек",
      cleared: "Восстановлено ячеек",
    },
    severity: { error: "Ошибки", warning: "Предупреждения", info: "Замечания" },
    submit: {
      run: "Отправить",
      retry: "Повторить отправку",
      hint: "Текущий лист будет отправлен в управление образования. Отчёт с ошибками сохраняется как черновик и не засчитывается.",
      receipt: "Квитанция",
      version: "Версия",
      receivedAt: "Получено",
      status: "Статус",
      pending: "Предыдущая отправка не завершилась. Повторная отправка не создаст дубликат.",
    },
    summary: {
      run: "Собрать сводку",
      remind: "Напомнить",
      sendReminders: "Отправить письма",
      noOverdue: "Все школы сдали отчёт.",
      schools: "Школ",
      submitted: "Сдали",
      sheets: "Листы обновлены",
      remindList: "Не сдали отчёт",
      remindConfirm: "Отправить напоминания этим школам?",
      sent: "Отправлено писем",
      step: {
        request: "Собираем сводку…",
        done: "Готово",
      },
    },
    settings: {
      workerUrl: "Адрес сервера Сводки",
      campaign: "Кампания",
      loadCampaigns: "Загрузить кампании",
      save: "Сохранить",
      saved: "Настройки сохранены",
      noCampaigns: "Кампаний нет",
    },
  },
  sheets: {
    receipts: "Квитанции",
    summary: "Сводка",
    summaryItems: "Сводка по пунктам",
    summaryIndicators: "Сводка: показатели",
    highlightBackup: "_svodka_highlight",
    receiptsHeader: ["Отправлено", "Лист", "Версия", "Статус", "Ошибки", "Предупреждения", "Номер отправки"],
    summaryHeader: [
      "Школа",
      "Код",
      "Статус",
      "Версия",
      "Получено",
      "Выполнение, %",
      "Нет пунктов",
      "Просрочено",
      "Ошибки",
      "Предупреждения",
      "Пункты с замечаниями",
    ],
    itemsHeader: [
      "№",
      "Мероприятие",
      "Обязательный",
      "Выполнено",
      "В работе",
      "Не начато",
      "Просрочено",
      "Нет в отчёте",
    ],
    indicatorsHeader: [
      "№",
      "Показатель / мероприятие",
      "Факт (сумма)",
      "План (сумма)",
      "Достижение, %",
      "Достигли",
      "Не достигли",
    ],
    groupsHeader: [
      "Территория",
      "Участников",
      "Сдали",
      "С опозданием",
      "Черновики",
      "Не сдали",
      "Выполнение, %",
      "Просрочено",
      "Нет пунктов",
    ],
    summaryGroups: "Сводка: территории",
    chartTitle: "Выполнение дорожной карты по школам, %",
    summaryUpdated: "Обновлено",
  },
  /** status of a school in the department's summary */
  orgStatus: ORG_STATUS_RU,
  /** status of one submission on its receipt */
  receiptStatus: {
    submitted: "принят",
    late: "принят с опозданием",
    draft: "черновик: есть ошибки, отчёт не засчитан",
  },
  template: {
    protectionNote: "Колонки шаблона: изменения возможны, но будет показано предупреждение.",
    statusHelp: "Выберите статус из списка: {list}.",
  },
  note: {
    prefix: "Сводка",
  },
  mail: {
    subject: "Напоминание: отчёт по дорожной карте ЦМН",
    body:
      "Здравствуйте!\n\nНапоминаем, что отчёт по кампании «{campaign}» нужно сдать до {due}.\n" +
      "Откройте таблицу с дорожной картой, нажмите «Сводка → Открыть панель» и отправьте отчёт.\n\n" +
      "Это письмо отправлено из дополнения «Сводка».",
  },
  errors: {
    unexpected: "Непредвиденная ошибка: {message}",
    noSheet: "Нет активного листа.",
    sheetNotFound: "Лист «{name}» не найден.",
    emptySheet: "Лист пустой — нечего проверять.",
    templateNotFound: "Шаблон «{id}» не найден.",
    notConfigured: "Укажите адрес сервера и кампанию на вкладке «Настройки».",
    badUrl: "Адрес сервера должен начинаться с https://",
    unreachable: "Сервер Сводки недоступен. Проверьте интернет и адрес сервера, затем повторите попытку.",
    unauthorized:
      "Сервер не принял вашу учётную запись Google. Войдите заново или обратитесь к координатору.",
    forbidden: "У вашей учётной записи нет доступа к этой кампании.",
    notFound: "Кампания не найдена на сервере. Проверьте настройки.",
    rejected: "Сервер отклонил отчёт: {detail}",
    server: "Ошибка на сервере Сводки ({status}). Повторите попытку позже.",
    badResponse: "Сервер Сводки ответил непонятно. Сообщите координатору.",
    noHighlight: "Подсветки нет — нечего снимать.",
    nothingToHighlight: "Нет ячеек для подсветки.",
    noRecipients: "Нет школ с адресом почты, которым нужно напомнить.",
    mailQuota: "Исчерпан дневной лимит писем ({left}).",
    busy: "Другая операция ещё выполняется. Повторите через минуту.",
    tooManyRows: "На листе {rows} строк, сервер принимает не более {limit}.",
    tooLarge:
      "Лист слишком большой для отправки: сервер принимает не более {mb} МБ. Удалите лишние строки или столбцы.",
  },
} as const;

/** Fills `{name}` placeholders; unknown names stay visible so a missing value is noticed, not hidden. */
export function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
