// The invitation page (served by the worker at /i/{token}) and its upload: every Russian string.
export const RU_INVITE = {
  title: "Приглашение в «Сводку»",
  lead: (org: string) => `Управление образования приглашает ${org} сдать отчёт через «Сводку».`,
  campaign: "Что нужно сдать",
  campaignLabel: "Кампания",
  template: "Форма",
  due: "Срок сдачи",
  expires: "Приглашение действует до",
  sheetsHeading: "Если вы работаете в Google Таблицах",
  sheetsSteps: [
    "Установите дополнение «Сводка»",
    "Откройте новую Google Таблицу: Расширения → Сводка → Подключиться по коду.",
    "Вставьте код — таблица сама привяжется к вашей школе и предложит шаблон отчёта.",
  ],
  installLink: "из Google Workspace Marketplace",
  installAsk: "(ссылку на дополнение пришлёт управление образования)",
  codeLabel: "Ваш код",
  copy: "Скопировать код",
  copied: "Код скопирован",
  uploadHeading: "Если Google Таблицами вы не пользуетесь",
  uploadLead:
    "Загрузите дорожную карту файлом Excel (.xlsx), Word (.docx, таблица дорожной карты) или CSV. Мы проверим её так же, как дополнение, и покажем замечания по строкам и столбцам. Отправка — только после вашего подтверждения.",
  fileLabel: "Файл отчёта (.xlsx, .docx или .csv)",
  check: "Проверить файл",
  checking: "Проверяем файл…",
  submit: "Отправить отчёт",
  submitting: "Отправляем…",
  noFile: "Сначала выберите файл.",
  noFindings: "Замечаний нет: отчёт можно отправлять.",
  findingsHeading: "Замечания",
  row: "Строка",
  column: "Столбец",
  message: "Что не так",
  severity: { error: "Ошибка", warning: "Предупреждение", info: "Подсказка" } as Record<string, string>,
  /** filled in the page's script: {error}, {warning} */
  counts: "Ошибок: {error}, предупреждений: {warning}.",
  fixErrors: "Исправьте ошибки в файле и загрузите его снова: с ошибками отчёт не отправляется.",
  confirm: "Всё верно? Отчёт будет отправлен от имени вашей школы.",
  /** filled in the page's script: {version}, {at} */
  accepted: "Отчёт принят: версия {version}, получен {at}. Спасибо!",
  alreadyUploaded: (at: string) =>
    `Отчёт по этой ссылке уже отправлен ${at}. Если нужно что-то исправить, попросите управление прислать новое приглашение.`,
  network: "Не удалось связаться с сервером. Проверьте подключение к интернету и попробуйте ещё раз.",
  problemTitle: "Приглашение недоступно",
  footer: "«Сводка» — отчёты по дорожной карте наставничества.",
  // Reasons a file cannot be read (upload-unreadable).
  unreadable: {
    empty: "файл пустой.",
    badXlsx:
      "это не похоже на файл Excel (.xlsx) или Word (.docx). Сохраните его как «Книга Excel (.xlsx)», «Документ Word (.docx)» или CSV.",
    unsupported: "поддерживаются файлы .xlsx, .docx и .csv (старые .xls и .doc сохраните в новом формате).",
    noCells: "в файле нет ни одной заполненной ячейки.",
  },
} as const;
