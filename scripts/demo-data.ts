// The demo world for `npm start`: a region over one municipality (ГО Стрежевой) with 22 schools and a
// campaign on the seed-000 template, most schools submitted with realistic variety.
import type { Cell, Grid } from "../shared/grid.ts";
import { getTemplate } from "../shared/templates/registry.ts";
import { renderTemplate } from "../shared/templates/render.ts";

export const DEMO = {
  region: { id: "demo-region", name: "Департамент общего образования Томской области" },
  municipality: { id: "demo-strezhevoy", name: "Управление образования ГО Стрежевой" },
  campaign: {
    id: "demo-campaign-2023",
    name: "Дорожная карта ЦМН: отчёт за 2023 год",
    templateId: "municipal-roadmap",
    templateVersion: 1,
    period: { start: "2020-01-01", end: "2024-12-31" },
    reportDate: "2023-12-31",
    dueDate: "2024-01-20",
  },
  users: {
    department: "specialist@uo-strezhevoy.demo",
    region: "region@edu-tomsk.demo",
    admin: "admin@edu-tomsk.demo",
  },
} as const;

const SCHOOL_NAMES = [
  "МОУ «СОШ № 1»",
  "МОУ «СОШ № 2»",
  "МОУ «СОШ № 3»",
  "МОУ «СОШ № 4»",
  "МОУ «СОШ № 5»",
  "МОУ «СОШ № 6»",
  "МОУ «СОШ № 7»",
  "МОУ «Гимназия № 1»",
  "МОУ «Лицей № 2»",
  "МОУ «Основная школа № 8»",
  "МОУ «СОШ № 9 с углублённым изучением предметов»",
  "МОУ «Вечерняя (сменная) школа»",
  "МОУ ДО «Дом детского творчества»",
  "МОУ ДО «Детско-юношеская спортивная школа»",
  "МОУ ДО «Центр дополнительного образования»",
  "МДОУ «Детский сад № 1 „Солнышко“»",
  "МДОУ «Детский сад № 3 „Петушок“»",
  "МДОУ «Детский сад № 5 „Золотой ключик“»",
  "МДОУ «Детский сад № 7 „Ромашка“»",
  "МДОУ «Детский сад № 9 „Журавлик“»",
  "МОУ «Кадетская школа»",
  "МОУ «Школа-интернат для детей с ОВЗ»",
];

/** What each school did; the order gives the demo its variety. */
export type Scenario =
  | "good"
  | "late"
  | "missing"
  | "overdue"
  | "errors"
  | "fixed-after-draft"
  | "short-of-target"
  | "none";
const SCENARIOS: Scenario[] = [
  "good",
  "good",
  "fixed-after-draft",
  "late",
  "good",
  "missing",
  "overdue",
  "good",
  "short-of-target",
  "good",
  "late",
  "none",
  "good",
  "overdue",
  "good",
  "missing",
  "good",
  "none",
  "errors",
  "good",
  "none",
  "good",
];

export interface DemoSchool {
  id: string;
  name: string;
  email: string;
  scenario: Scenario;
}

export const SCHOOLS: DemoSchool[] = SCHOOL_NAMES.map((name, i) => {
  const n = String(i + 1).padStart(2, "0");
  return { id: `demo-school-${n}`, name, email: `metodist${n}@school.demo`, scenario: SCENARIOS[i]! };
});

const template = getTemplate(DEMO.campaign.templateId, DEMO.campaign.templateVersion)!;
const rendered = renderTemplate(template, DEMO.campaign.period);
const col = (role: string) => rendered.roles.indexOf(role as never);

/** The first number of a target text («22», «1 22» → 22, «Не менее 10 %» → 10). */
function targetNumber(text: string | undefined): number | null {
  const numbers = (text ?? "").match(/\d+/g);
  return numbers ? Number(numbers[numbers.length - 1]) : null;
}

/** A filled sheet for one school and scenario (`draft` = the first, broken attempt). */
export function demoGrid(school: DemoSchool, draft = false): Grid {
  const grid: Cell[][] = rendered.grid.map((row) => [...row]);
  const seed = Number(school.id.slice(-2));
  rendered.itemRows.forEach((rowNumber, index) => {
    const row = grid[rowNumber - 1]!;
    const item = template.items[index]!;
    const early = /^20(20|21)$/.test(item.deadline ?? "");
    let status = (index + seed) % 5 === 0 && !early ? "в работе" : "выполнено";
    if (school.scenario === "overdue" && index < 3) status = "в работе";
    row[col("status")] = status;
    if (status === "выполнено") row[col("proof")] = `https://school${seed}.demo/nastavnichestvo/${item.code}`;
    const target = targetNumber(item.target);
    if (target !== null && col("actual") >= 0) {
      const short = school.scenario === "short-of-target" && index % 2 === 0;
      row[col("actual")] = short ? Math.max(0, Math.floor(target / 2)) : target;
    }
    if ((school.scenario === "errors" || draft) && index === 1) {
      row[col("status")] = "почти готово"; // not in the status list
      row[col("proof")] = "см. папку на диске"; // not a link
    }
  });
  if (school.scenario === "missing") {
    const drop = new Set([rendered.itemRows[4]! - 1, rendered.itemRows[9]! - 1]);
    return grid.filter((_, i) => !drop.has(i));
  }
  return grid;
}

/** Fixed, plausible arrival times: on time before the due date, late ones after it. */
export function receivedAt(school: DemoSchool, version: number): string {
  const n = Number(school.id.slice(-2));
  const day = school.scenario === "late" ? 22 + (n % 5) : 10 + (n % 9) + version;
  return `2024-01-${String(day).padStart(2, "0")}T${String(5 + (n % 8)).padStart(2, "0")}:${String((n * 7) % 60).padStart(2, "0")}:00.000Z`;
}

/** Deterministic submission ids, so loading the demo twice stores nothing twice. */
export const submissionId = (school: DemoSchool, version: number) =>
  `00000000-0000-4000-8000-${String(Number(school.id.slice(-2)) * 10 + version).padStart(12, "0")}`;
