import type { CampaignEvent } from "../api/campaign-changes.ts";

// The campaign's history in Russian (issue 9): one line per change, as the sidebar shows it.

const ruDate = (iso: string | null) => (iso ?? "").replace(/^(\d{4})-(\d{2})-(\d{2})$/, "$3.$2.$1");

export const RU_CAMPAIGN_CHANGES = {
  title: "Изменить кампанию",
  name: "Название",
  dueDate: "Срок сдачи",
  reportDate: "Отчётная дата",
  timeZone: "Часовой пояс (время в выгрузках)",
  timeZoneHint:
    "Название пояса IANA, например «Asia/Tomsk». Меняет только показ времени в сводке и выгрузках.",
  reason: "Причина (попадёт в историю)",
  save: "Сохранить изменения",
  saved: "Изменения сохранены.",
  nothingChanged: "Ничего не изменено.",
  participants: "Участники",
  remove: "Исключить отмеченные",
  add: "Добавить школу",
  addButton: "Добавить",
  addNone: "Все школы уже участвуют.",
  participantsSaved: "Участники изменены: добавлено {added}, исключено {removed}.",
  removeKeeps: "Исключённая школа больше не сможет отправлять отчёты; её отправленные версии сохраняются.",
  reopen: "Открыть снова",
  reopenReason: "Почему кампания открывается снова",
  reopenNeedsReason: "Укажите причину, по которой кампания открывается снова.",
  reopened: "Кампания «{name}» снова открыта.",
  history: "История изменений",
  historyEmpty: "Изменений не было.",
  created: "{at} · {by}: кампания открыта",
  notManager: "Изменять кампанию могут только сотрудники управления, которое её проводит.",
} as const;

/** Russia's zones for the «Часовой пояс» suggestions (any IANA name is accepted). */
export const RU_TIME_ZONES: readonly { zone: string; label: string }[] = [
  { zone: "Europe/Kaliningrad", label: "Калининград (UTC+2)" },
  { zone: "Europe/Moscow", label: "Москва (UTC+3)" },
  { zone: "Europe/Samara", label: "Самара (UTC+4)" },
  { zone: "Asia/Yekaterinburg", label: "Екатеринбург (UTC+5)" },
  { zone: "Asia/Omsk", label: "Омск (UTC+6)" },
  { zone: "Asia/Novosibirsk", label: "Новосибирск (UTC+7)" },
  { zone: "Asia/Tomsk", label: "Томск (UTC+7)" },
  { zone: "Asia/Krasnoyarsk", label: "Красноярск (UTC+7)" },
  { zone: "Asia/Irkutsk", label: "Иркутск (UTC+8)" },
  { zone: "Asia/Yakutsk", label: "Якутск (UTC+9)" },
  { zone: "Asia/Vladivostok", label: "Владивосток (UTC+10)" },
  { zone: "Asia/Magadan", label: "Магадан (UTC+11)" },
  { zone: "Asia/Kamchatka", label: "Камчатка (UTC+12)" },
];

/** «12.03.2024 10:30 · dept@…: срок сдачи 01.06.2024 → 15.06.2024 (продление)». */
export function campaignEventText(e: CampaignEvent, at: string, names: ReadonlyMap<string, string>): string {
  const orgs = e.orgIds.map((id) => `«${names.get(id) ?? id}»`).join(", ");
  const what = {
    renamed: `название «${e.from}» → «${e.to}»`,
    "due-date": `срок сдачи ${ruDate(e.from)} → ${ruDate(e.to)}`,
    "report-date": `отчётная дата ${ruDate(e.from)} → ${ruDate(e.to)}`,
    closed: "кампания закрыта",
    reopened: "кампания открыта снова",
    "participants-added": `добавлены участники: ${orgs}`,
    "participants-removed": `исключены участники: ${orgs}`,
    "time-zone": `часовой пояс ${e.from} → ${e.to}`,
  }[e.kind];
  return `${at} · ${e.by}: ${what}${e.reason ? ` (${e.reason})` : ""}`;
}
