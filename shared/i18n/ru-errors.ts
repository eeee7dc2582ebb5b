import type { ErrorCode } from "../api/errors.ts";

// Every Russian message the API answers with, keyed by error code. `{name}` placeholders are filled
// from the error's params.
export const RU_ERRORS: Record<ErrorCode, string> = {
  "bad-json": "Тело запроса не является корректным JSON.",
  "bad-request": "Запрос заполнен неверно: {issues}.",
  "bad-query": "Неверные параметры запроса: {issues}.",
  "org-required": "Укажите организацию (orgId): пользователь состоит в нескольких организациях кампании.",
  "template-not-found": "Шаблон «{templateId}» версии {templateVersion} не найден.",
  "bad-participants":
    "Участниками кампании могут быть только организации, подчинённые организатору: {orgIds}.",
  unauthenticated: "Требуется вход: передайте заголовок Authorization: Bearer <токен>.",
  "token-invalid": "Токен недействителен. Войдите заново.",
  "token-expired": "Срок действия токена истёк. Обновите страницу или войдите заново.",
  "token-revoked": "Токен отозван и больше не действует. Создайте новый токен или войдите заново.",
  "wrong-audience": "Токен выпущен для другого приложения.",
  "email-not-verified": "Адрес электронной почты Google-аккаунта не подтверждён.",
  "dev-auth-disabled": "Режим разработчика (X-Svodka-Dev-User) выключен на этом сервере.",
  forbidden: "Недостаточно прав для этого действия.",
  "not-participant": "Организация «{orgId}» не участвует в этой кампании.",
  "not-found": "Ресурс не найден.",
  "org-not-found": "Организация «{orgId}» не найдена.",
  "campaign-not-found": "Кампания «{campaignId}» не найдена.",
  "submission-not-found": "Отправка «{submissionId}» не найдена.",
  "version-not-found": "Версия {version} не найдена.",
  "token-not-found": "Токен «{tokenId}» не найден.",
  "member-not-found": "Пользователь {email} не состоит в организации «{orgId}».",
  "campaign-closed": "Кампания закрыта: приём отчётов в кампанию «{campaignId}» завершён.",
  "submission-conflict":
    "Отправка с идентификатором «{submissionId}» уже принята с другими данными. Создайте новую отправку.",
  "org-conflict": "Организация с идентификатором «{orgId}» уже существует.",
  "last-manager":
    "Нельзя удалить себя из организации «{orgName}»: это ваш последний доступ с правами управления ею, вернуть его сами вы уже не сможете. Попросите другого сотрудника управления или администратора.",
  "member-exists":
    "Пользователь {email} уже состоит в организации «{orgId}» с ролью «{role}». Чтобы изменить роль, выберите новую в списке участников (боковая панель: «Сводка» → «Участники организаций») или отправьте PATCH /api/v1/orgs/{orgId}/members/{email}.",
  "last-manager-role":
    "Нельзя понизить свою роль в организации «{orgName}»: это ваш последний доступ с такими правами, вернуть его сами вы уже не сможете. Попросите другого сотрудника управления или администратора.",
  "payload-too-large": "Слишком большой запрос: не более {limit} МБ.",
  "too-many-rows": "Слишком много строк на листе: {rows}, допускается не более {limit}.",
  "cell-too-large":
    "В ячейке {cell} больше {limit} символов — столько не помещается в ячейку Google Таблиц. Сократите текст в этой ячейке и отправьте снова.",
  "unsupported-media-type": "Ожидается тело запроса в формате JSON (Content-Type: application/json).",
  // issue 10: invitations
  "invitation-not-found":
    "Код или ссылка приглашения не найдены. Проверьте, что код введён полностью (8 знаков), или попросите управление прислать приглашение ещё раз.",
  "invitation-expired":
    "Срок действия приглашения истёк {expiresAt}. Попросите управление образования прислать новое.",
  "invitation-revoked": "Приглашение отозвано управлением образования. Попросите прислать новое.",
  "invitation-used":
    "Приглашение уже использовано ({usedBy}). Повторно им воспользоваться нельзя: попросите управление прислать новое.",
  "upload-unreadable": "Не удалось прочитать файл: {reason}",
  "upload-has-errors":
    "В файле есть ошибки ({errors}): исправьте их и загрузите файл ещё раз. Отчёт не отправлен.",
  "keys-unavailable":
    "Не удалось проверить вход через Google: сервер ключей Google не ответил вовремя. Повторите попытку через минуту.",
  "not-a-roadmap":
    "Лист «{sheet}» не похож на дорожную карту шаблона этой кампании: {reason}. Отчёт не сохранён — откройте лист с дорожной картой и отправьте его.",
  "last-participant":
    "Нельзя исключить всех участников кампании «{campaignId}». Если приём отчётов окончен, закройте кампанию.",
  "review-not-latest":
    "Проверять можно только последнюю отправленную (не черновик) версию школы: сейчас это {latest}. Обновите сводку и проверьте её.",
  // people task: what a member change may not do, and why
  "role-not-grantable":
    "Нельзя назначить роль «{role}» в организации «{orgName}»: сотрудник управления назначает только роль «школа» (методистов школ). Роли «управление» и «администратор» назначает администратор этой или вышестоящей организации.",
  "role-not-removable":
    "Нельзя удалить участника {email} или изменить его роль в организации «{orgName}»: у него роль «администратор», а её снимает только администратор этой или вышестоящей организации.",
  "scope-too-wide":
    "Токен не может получить доступ «{role}» к организации «{orgId}»: у вас самих сейчас нет такого доступа к ней. Токен получает только часть ваших ролей, не больше.",
  busy: "Сервер занят, повторите попытку через несколько секунд.",
  internal: "Внутренняя ошибка сервера. Мы уже знаем о ней; повторите попытку позже.",
};

/** The message for `code` with `{name}` placeholders filled from `params`. */
export function ruError(code: ErrorCode, params: Record<string, string | number> = {}): string {
  return RU_ERRORS[code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** Member roles in Russian, as the refusals, the sidebar and the «Школы» sheet name them. */
export const RU_ROLES = { school: "школа", department: "управление", admin: "администратор" } as const;

/** Messages of the API schemas' own checks (zod's built-in ones come from its Russian locale). */
export const RU_SCHEMA = {
  periodOrder: "Начало периода позже его окончания.",
  timeZone: "Неизвестный часовой пояс: укажите его как «Asia/Tomsk».",
};

// issue 9: why a sheet is not a roadmap of the campaign's template (the {reason} of `not-a-roadmap`).
export function ruNotARoadmap(
  fit: { reason: "no-header" } | { reason: "few-items"; matched: number; expected: number },
): string {
  return fit.reason === "no-header"
    ? "не найдена строка заголовка таблицы (нужны столбцы «Мероприятие», «Сроки», «Ответственные»)"
    : `из ${fit.expected} пунктов шаблона на листе найдено только ${fit.matched}`;
}
