// A stand-in for google.script.run inside the browser: records every call in window.__calls and
// answers with canned Results; «Собрать сводку» waits until the test calls window.__finishSummary().
export const SIDEBAR_STUB = `(() => {
  const calls = [];
  window.__calls = calls;
  window.__failSubmit = false;
  window.__previewSheet = null;
  window.__queue = { schools: [
    { orgId: "s1", name: "МБОУ СОШ № 1", version: 2, statusText: "сдано", state: "pending", stateText: "на проверке", comment: "" },
    { orgId: "s2", name: "МБОУ СОШ № 2", version: 1, statusText: "сдано с опозданием", state: "accepted", stateText: "принято", comment: "" }] };
  window.__changes = { id: "c-2024", name: "Дорожная карта ЦМН 2023-2024", status: "open", dueDate: "2024-06-10",
    reportDate: "2024-05-31", timeZone: "Europe/Moscow", manageable: true,
    participants: [{ id: "s1", name: "МБОУ СОШ № 1" }, { id: "s2", name: "МБОУ СОШ № 2" }],
    candidates: [{ id: "s3", name: "МКОУ Ивановская ООШ" }],
    history: ["01.05.2024 12:00 · uo@example.org: кампания открыта"] };
  const invitation = (id, school, state, stateText, expires, uses) => ({ id, school, email: "", state, stateText,
    expiresText: "до " + expires, uses, usesText: "использований: " + uses, revocable: state === "active" || state === "used" });
  window.__invitations = [
    invitation("i1", "Гимназия № 2", "revoked", "отозвано", "01.07.2024", 0),
    invitation("i2", "МОУ СОШ № 21", "used", "использовано", "01.07.2024", 1),
    invitation("i3", "СОШ № 5", "active", "действует", "01.07.2024", 0),
    invitation("i4", "Лицей № 1", "expired", "истекло", "01.05.2024", 0)];
  window.__revokeFails = false;
  window.__created = null;
  window.__closed = false;
  const current = () => window.__created
    ? { id: "c-new", name: window.__created.name, status: "open", manageable: true }
    : { id: "c-2024", name: "Дорожная карта ЦМН 2023-2024", status: window.__closed ? "closed" : "open", manageable: true };
  const finding = (severity, row, column, message, code) =>
    ({ code, severity, row, column, cell: row ? (column || "A") + row : "", message });
  const answers = {
    // issue 10: join by code (a wrong code first), then the template in one click
    joinWithCode: (code) => code.trim().toUpperCase() === "KP7M-4XQ2"
      ? { ok: true, value: { orgName: "МОУ СОШ № 21", campaignName: "Дорожная карта ЦМН 2023-2024", due: "10.06.2024",
          templateId: "school-roadmap", templateName: "Дорожная карта школы",
          message: "Готово: таблица подключена к школе «МОУ СОШ № 21», кампания «Дорожная карта ЦМН 2023-2024», срок сдачи 10.06.2024." } }
      : { ok: false, code: "invitation-not-found", message: "Код или ссылка приглашения не найдены. Проверьте, что код введён полностью (8 знаков)." },
    // issue 10: the campaign's invitations under «Пригласить школы»; a second revoke of s5 is refused
    listInvitations: () => ({ ok: true, value: { campaignName: "Дорожная карта ЦМН 2023-2024",
      invitations: window.__invitations.map((i) => ({ ...i })), message: "" } }),
    revokeInvitation: (id) => {
      const inv = window.__invitations.find((i) => i.id === id);
      if (window.__revokeFails) return { ok: false, code: "invitation-not-found", message: "Приглашение не найдено." };
      Object.assign(inv, { state: "revoked", stateText: "отозвано", revocable: false });
      return { ok: true, value: { campaignName: "Дорожная карта ЦМН 2023-2024",
        invitations: window.__invitations.map((i) => ({ ...i })), message: "Приглашение школы «" + inv.school + "» отозвано." } };
    },
    insertTemplate: () => ({ ok: true, value: { sheetName: "Дорожная карта школы", rows: 14 } }),
    getState: () => ({ ok: true, value: {
      sheetName: "Дорожная карта", workerUrl: "https://svodka.example.workers.dev",
      campaign: window.__created
        ? { id: "c-new", name: window.__created.name, dueDate: window.__created.dueDate, templateId: window.__created.templateId }
        : { id: "c-2024", name: "Дорожная карта ЦМН 2023-2024", dueDate: "2024-06-10", templateId: "school-roadmap" },
      templates: [
        { id: "school-roadmap", version: 1, name: "Дорожная карта школы", kind: "roadmap" },
        { id: "municipal-roadmap", version: 1, name: "Муниципальная дорожная карта", kind: "roadmap" }],
      pendingSubmission: null } }),
    validateSheet: () => ({ ok: true, value: {
      sheetName: "Дорожная карта", templateId: "school-roadmap", templateName: "Дорожная карта школы",
      templateSource: "inserted", counts: { error: 2, warning: 1, info: 1 }, rows: 24,
      completion: { required: 10, present: 9, done: 4 },
      groups: [
        { severity: "error", findings: [
          finding("error", 5, "B", "Не заполнено наименование мероприятия.", "empty-activity"),
          finding("error", 7, "D", "Срок истёк 31.10.2023, а пункт не выполнен.", "overdue")] },
        { severity: "warning", findings: [
          finding("warning", 9, "D", "Срок «когда-нибудь» не распознан: укажите, например, «сентябрь 2023».", "unknown-deadline")] },
        { severity: "info", findings: [finding("info", 12, "D", "Срок «по графику» без даты.", "unscheduled-deadline")] }] } }),
    selectCell: () => ({ ok: true, value: null }),
    // issue 11: «Импорт из файла»; the file arrives as base64 of its bytes
    importFile: (name, base64, apply) => {
      window.__imported = { name, bytes: atob(base64).length };
      return { ok: true, value: {
        templateId: "school-roadmap", templateName: "Дорожная карта школы", matched: 8,
        columns: [{ column: "A", header: "№", target: "№" }, { column: "B", header: "Этап", target: "Наименование этапа" },
          { column: "C", header: "Бюджет", target: "не переносится" }],
        notes: ["10 «Экскурсия» (строка 12) нет в шаблоне: добавлен в раздел «Отбор и обучение»."],
        sheetName: apply ? "Карта СОШ 5 — импорт" : null } };
    },
    loadCampaignForm: () => ({ ok: true, value: {
      orgs: [{ id: "uo", name: "Управление образования г. Стрежевой", otherChildren: 0, schools: [
        { id: "s1", name: "МБОУ СОШ № 1" }, { id: "s2", name: "МБОУ СОШ № 2" }, { id: "s3", name: "МКОУ Ивановская ООШ" }] }],
      templates: [
        { id: "school-roadmap", version: 1, name: "Дорожная карта школы" },
        { id: "municipal-roadmap", version: 1, name: "Муниципальная дорожная карта" }],
      schoolYears: [
        { label: "2023-2024 учебный год", start: "2023-09-01", end: "2024-08-31" },
        { label: "2024-2025 учебный год", start: "2024-09-01", end: "2025-08-31" },
        { label: "2025-2026 учебный год", start: "2025-09-01", end: "2026-08-31" }],
      today: "2024-05-20",
      current: current() } }),
    // the server's check, reduced to the fields this test leaves empty
    createCampaign: (form) => {
      const details = {};
      for (const f of ["name", "reportDate", "dueDate"]) if (!form[f]) details[f] = f === "name" ? "Укажите название кампании." : "Укажите дату.";
      if (Object.keys(details).length) return { ok: false, code: "invalid-form", message: "Проверьте выделенные поля.", details };
      window.__created = form;
      const campaign = { id: "c-new", name: form.name, dueDate: form.dueDate, status: "open" };
      return { ok: true, value: { campaign, participants: form.participants ? form.participants.length : 3,
        campaigns: [{ id: "c-2024", name: "Дорожная карта ЦМН 2023-2024", dueDate: "2024-06-10", status: "open" }, campaign] } };
    },
    closeCampaign: (id, confirmed) => {
      if (confirmed !== true) return { ok: false, code: "not-confirmed", message: "Подтвердите закрытие кампании." };
      window.__closed = true;
      return { ok: true, value: { id, name: "Дорожная карта ЦМН 2023-2024", dueDate: "2024-06-10", status: "closed" } };
    },
    openSchoolsSheet: () => ({ ok: true, value: { sheetName: "Школы", created: true, rows: 3 } }),
    loadSchools: (orgId) => ({ ok: true, value: { sheetName: "Школы", orgId, orgName: "Управление образования г. Стрежевой",
      planId: "plan-1", schools: 2, members: 5, roles: 0, unchanged: 3, notInSheet: 1,
      problems: [
        { row: 7, column: "A", cell: "A7", message: "Не указано название школы." },
        { row: 9, column: "C", cell: "C9", message: "Адрес «metodist@school» не похож на email." },
        { row: 11, column: "C", cell: "C11", message: "Повторяет строку 4." }] } }),
    applySchools: () => ({ ok: true, value: { sheetName: "Школы", schools: 2, members: 5, roles: 0, unchanged: 3, failed: 0, skipped: 3 } }),
    // issue 9: review
    loadMyReview: () => ({ ok: true, value: { orgName: "МБОУ СОШ № 1", state: "returned",
      stateText: "Проверка управления: возвращено на доработку", comment: "Нет ссылок на приказы о наставничестве.",
      items: [{ code: "1.1", comment: "приложите приказ о внедрении", row: 7, column: "A", cell: "A7" },
        { code: "2.3", comment: "укажите дату", row: 12, column: "A", cell: "A12" },
        { code: "4.2", comment: "=нет отчёта", row: null, column: null, cell: null }],
      sheetName: "Дорожная карта",
      detail: "21.05.2024 10:00, uo@example.org, версия 2" } }),
    // task remarks: «Показать замечания на листе» (the server paints; the answer lists the rows again)
    highlightMyRemarks: () => ({ ok: true, value: { cells: 18, rows: 2,
      message: "Подсвечено строк с замечаниями: 2 на листе «Дорожная карта».", sheetName: "Дорожная карта",
      items: answers.loadMyReview().value.items } }),
    clearSheetHighlight: () => ({ ok: true, value: { cells: 18 } }),
    loadReviewQueue: () => ({ ok: true, value: window.__queue }),
    reviewSchool: (orgId, version, state, comment) => {
      window.__queue = { schools: window.__queue.schools.map((s) => s.orgId === orgId
        ? { ...s, state, stateText: state === "returned" ? "возвращено на доработку" : "принято", comment } : s) };
      return { ok: true, value: window.__queue };
    },
    // issue 9: «Изменить кампанию»
    loadCampaignChanges: () => ({ ok: true, value: window.__changes }),
    saveCampaignEdit: (form) => {
      window.__changes = { ...window.__changes, name: form.name, dueDate: form.dueDate, reportDate: form.reportDate,
        history: [...window.__changes.history, "20.05.2024 11:00 · uo@example.org: срок сдачи 10.06.2024 → 20.06.2024 (" + form.reason + ")"] };
      return { ok: true, value: window.__changes };
    },
    changeCampaignParticipants: (add) => {
      const joined = window.__changes.candidates.filter((c) => add.includes(c.id));
      window.__changes = { ...window.__changes,
        participants: [...window.__changes.participants, ...joined],
        candidates: window.__changes.candidates.filter((c) => !add.includes(c.id)),
        history: [...window.__changes.history, "20.05.2024 11:05 · uo@example.org: добавлены участники: «" + joined.map((c) => c.name).join("», «") + "»"] };
      return { ok: true, value: window.__changes };
    },
    reopenCampaign: () => ({ ok: true, value: window.__changes }),
    prepareSubmit: () => window.__previewSheet === "Квитанции"
      ? { ok: true, value: { sheetName: "Квитанции", campaignName: "Дорожная карта ЦМН 2023-2024", fromTemplate: false,
          warning: "Лист «Квитанции» не похож на дорожную карту кампании: не найдена строка заголовка таблицы (нужны столбцы «Мероприятие», «Сроки», «Ответственные»). Сервер его не примет.",
          refused: true } }
      : { ok: true, value: { sheetName: "Дорожная карта", campaignName: "Дорожная карта ЦМН 2023-2024",
          fromTemplate: true, warning: null, refused: false } },
    submitSheet: () => window.__failSubmit
      ? (window.__failSubmit = false, { ok: false, code: "unreachable",
          message: "Сервер Сводки недоступен. Проверьте интернет и адрес сервера, затем повторите попытку." })
      : { ok: true, value: { submissionId: "0b6f1c9e-2a57-4c1e-9a3b-5d0f2e7c8a41", version: 3,
          receivedAt: "2024-05-20T07:30:00Z", receivedAtText: "20.05.2024 10:30", status: "submitted", statusText: "принят",
          counts: { error: 0, warning: 1, info: 1 }, sheetName: "Дорожная карта" } },
  };
  function runner(success, failure) {
    return new Proxy({}, { get(_, name) {
      if (name === "withSuccessHandler") return (fn) => runner(fn, failure);
      if (name === "withFailureHandler") return (fn) => runner(success, fn);
      return (...args) => {
        calls.push([name, ...args]);
        if (name === "collectSummary") {
          window.__finishSummary = () => success({ ok: true, value: { campaignName: "Дорожная карта ЦМН 2023-2024",
            generatedAt: "01.06.2024 09:00", schools: 22, submitted: 17, notSubmitted: 5,
            sheets: ["Сводка", "Сводка по пунктам", "Сводка: показатели"] } });
          return;
        }
        const answer = answers[name];
        setTimeout(() => answer ? success(answer(...args))
          : failure(new Error("no stub for " + String(name))), 30);
      };
    } });
  }
  window.google = { script: { run: runner(() => {}, () => {}) } };
})();`;
