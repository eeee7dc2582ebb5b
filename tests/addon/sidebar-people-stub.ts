// Added after SIDEBAR_STUB: answers the people functions (members, API tokens) from an in-page state
// and hands every other call to the base stub. Refusals carry the worker's real Russian texts.
import { RU_ROLES, ruError } from "../../shared/i18n/ru-errors.ts";

const UO = "Управление образования г. Стрежевой";
const ME = "uo@example.org";

export const PEOPLE_STUB = `(() => {
  const base = window.google.script.run;
  const calls = window.__calls;
  const ME = ${JSON.stringify(ME)};
  const ROLE = ${JSON.stringify(RU_ROLES)};
  const LAST_MANAGER_ROLE = ${JSON.stringify(ruError("last-manager-role", { orgName: UO }))};
  const names = { uo: ${JSON.stringify(UO)}, s1: "МБОУ СОШ № 1", s2: "МБОУ СОШ № 2" };
  window.__members = {
    uo: [{ email: "boss@example.org", role: "admin" }, { email: ME, role: "department" },
      { email: "zeta@example.org", role: "school" }],
    s1: [{ email: "metodist1@school.ru", role: "school" }],
    s2: [],
  };
  const members = (orgId, message) => ({ ok: true, value: { orgId, orgName: names[orgId], message,
    members: window.__members[orgId].map((m) => ({ ...m, roleText: ROLE[m.role] })) } });
  window.__tokens = [
    { id: "t-1c", label: "выгрузка в 1С", state: "active", stateText: "действует",
      meta: "создан 20.05.2024 11:00 · использован 01.06.2024 08:30", scopeText: "Доступ: «" + names.uo + "» — управление", current: false },
    { id: "t-old", label: "скрипт 2023", state: "revoked", stateText: "отозван",
      meta: "создан 01.09.2023 10:00 · отозван 01.02.2024 09:15", scopeText: "Доступ: «" + names.uo + "» — управление", current: false }];
  const help = "Токен нужен программам и скриптам (выгрузка сводки, интеграция с 1С), не людям. Он действует от вашего имени и только в пределах ваших ролей на момент создания: «" + names.uo + "» — управление.";
  const scopeChoices = [{ orgId: "uo", text: "«" + names.uo + "» — управление" },
    { orgId: "s1", text: "«" + names.s1 + "» — школа" }];
  const tokens = (message) => ({ email: ME, help, message, scopeChoices,
    tokens: window.__tokens.map((t) => ({ ...t })) });
  const answers = {
    loadPeople: () => ({ ok: true, value: { me: ME,
      orgs: [{ id: "uo", name: names.uo, level: 0 }, { id: "s1", name: names.s1, level: 1 }, { id: "s2", name: names.s2, level: 1 }],
      roles: ["school", "department", "admin"].map((value) => ({ value, text: ROLE[value] })) } }),
    listMembers: (orgId) => members(orgId, ""),
    addMember: (orgId, email, role) => {
      window.__members[orgId].push({ email: email.trim().toLowerCase(), role });
      return members(orgId, email.trim().toLowerCase() + " добавлен(а) в «" + names[orgId] + "» с ролью «" + ROLE[role] + "».");
    },
    changeMemberRole: (orgId, email, role) => {
      if (email === ME) return { ok: false, code: "last-manager-role", message: LAST_MANAGER_ROLE };
      window.__members[orgId].find((m) => m.email === email).role = role;
      return members(orgId, "Роль " + email + " в «" + names[orgId] + "»: «" + ROLE[role] + "».");
    },
    removeMember: (orgId, email) => {
      window.__members[orgId] = window.__members[orgId].filter((m) => m.email !== email);
      return members(orgId, email + " удалён(а) из «" + names[orgId] + "».");
    },
    listApiTokens: () => ({ ok: true, value: tokens("") }),
    createApiToken: (label) => {
      window.__tokens.unshift({ id: "t-new", label, state: "active", stateText: "действует",
        meta: "создан 01.12.2026 18:40 · ещё не использовался", scopeText: "Доступ: «" + names.uo + "» — управление", current: false });
      return { ok: true, value: { ...tokens("Токен «" + label + "» создан."), label,
        secret: "svk_Q2hlY2sgdGhhdCB0aGlzIGlzIHNob3duIG9uY2U" } };
    },
    revokeApiToken: (id) => {
      const t = window.__tokens.find((x) => x.id === id);
      Object.assign(t, { state: "revoked", stateText: "отозван", meta: t.meta.split(" · ")[0] + " · отозван 01.12.2026 18:45" });
      return { ok: true, value: tokens("Токен «" + t.label + "» отозван.") };
    },
  };
  function runner(success, failure) {
    return new Proxy({}, { get(_, name) {
      if (name === "withSuccessHandler") return (fn) => runner(fn, failure);
      if (name === "withFailureHandler") return (fn) => runner(success, fn);
      const answer = answers[name];
      if (!answer) return base.withSuccessHandler(success).withFailureHandler(failure)[name];
      return (...args) => {
        calls.push([name, ...args]);
        setTimeout(() => success(answer(...args)), 30);
      };
    } });
  }
  window.google.script.run = runner(() => {}, () => {});
})();`;
