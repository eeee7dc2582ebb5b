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
  "method-not-allowed": "Метод не поддерживается для этого адреса.",
  "campaign-closed": "Кампания закрыта: приём отчётов в кампанию «{campaignId}» завершён.",
  "submission-conflict":
    "Отправка с идентификатором «{submissionId}» уже принята с другими данными. Создайте новую отправку.",
  "org-conflict": "Организация с идентификатором «{orgId}» уже существует.",
  "last-manager":
    "Нельзя удалить себя из организации «{orgName}»: это ваш последний доступ с правами управления ею, вернуть его сами вы уже не сможете. Попросите другого сотрудника управления или администратора.",
  "member-exists":
    "Пользователь {email} уже состоит в организации «{orgId}» с ролью «{role}». Чтобы изменить роль, используйте PATCH /api/v1/orgs/{orgId}/members/{email}.",
  "last-manager-role":
    "Нельзя понизить свою роль в организации «{orgName}»: это ваш последний доступ с такими правами, вернуть его сами вы уже не сможете. Попросите другого сотрудника управления или администратора.",
  "payload-too-large": "Слишком большой запрос: не более {limit} МБ.",
  "too-many-rows": "Слишком много строк на листе: {rows}, допускается не более {limit}.",
  "cell-too-large":
    "В ячейке {cell} больше {limit} символов — столько не помещается в ячейку Google Таблиц. Сократите текст в этой ячейке и отправьте снова.",
  "unsupported-media-type": "Ожидается тело запроса в формате JSON (Content-Type: application/json).",
  "keys-unavailable":
    "Не удалось проверить вход через Google: сервер ключей Google не ответил вовремя. Повторите попытку через минуту.",
  "not-a-roadmap":
    "Лист «{sheet}» не похож на дорожную карту шаблона этой кампании: {reason}. Отчёт не сохранён — откройте лист с дорожной картой и отправьте его.",
  "last-participant":
    "Нельзя исключить всех участников кампании «{campaignId}». Если приём отчётов окончен, закройте кампанию.",
  "review-not-latest":
    "Проверять можно только последнюю отправленную (не черновик) версию школы: сейчас это {latest}. Обновите сводку и проверьте её.",
  busy: "Сервер занят, повторите попытку через несколько секунд.",
  internal: "Внутренняя ошибка сервера. Мы уже знаем о ней; повторите попытку позже.",
};

/** The message for `code` with `{name}` placeholders filled from `params`. */
export function ruError(code: ErrorCode, params: Record<string, string | number> = {}): string {
  return RU_ERRORS[code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

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
