import type { Grid } from "../shared/grid.ts";
import { getTemplate } from "../shared/templates/registry.ts";
import { renderTemplate } from "../shared/templates/render.ts";

const DEADLINES = [
  "сентябрь 2021",
  "октябрь-ноябрь 2022",
  "до 01.12.2021",
  "До 1.11.2022 г.",
  "2020-2024",
  "2021, далее постоянно",
  "ежегодно",
  "2021-2022 учебный год",
  "До марта 2023",
  "по графику",
];
const TARGETS = ["1", "22", "1 22", "по факту", "Не менее 10 %", "2021-1 2022-2 2023-2 2024-2"];
const STATUSES = ["выполнено", "в работе", "не начато", "не выполнено", ""];
const WORDS = [
  "организация",
  "мониторинга",
  "наставников",
  "педагогов",
  "программы",
  "конкурса",
  "семинара",
  "базы",
];

/** A filled municipal roadmap of about `rows` rows: the template's items first, then generated ones,
 *  a section every 20 items, every deadline / target / status form the parsers know. */
export function generateRoadmap(rows: number): Grid {
  const base = renderTemplate(getTemplate("municipal-roadmap")!, { start: "2020-01-01", end: "2024-12-31" });
  const grid: Grid = base.grid.map((r) => [...r]);
  const width = base.roles.length;
  const at = (role: string) => base.roles.indexOf(role as never);
  let section = 4;
  let n = 20;
  while (grid.length < rows) {
    if (n === 20) {
      const s = new Array(width).fill("");
      s[0] = String(section);
      s[1] = `Раздел ${section}: ${WORDS[section % WORDS.length]} и ${WORDS[(section + 3) % WORDS.length]}`;
      grid.push(s);
      section++;
      n = 0;
      continue;
    }
    n++;
    const k = grid.length;
    const row: (string | number)[] = new Array(width).fill("");
    row[at("code")] = `${section - 1}.${n}`;
    row[at("activity")] = `Проведение ${WORDS[k % 8]} для ${WORDS[(k * 3) % 8]} №${k}`;
    row[at("target")] = TARGETS[k % TARGETS.length]!;
    row[at("evidence")] = "Приказ";
    row[at("deadline")] = DEADLINES[k % DEADLINES.length]!;
    row[at("responsible")] =
      k % 2 ? "Управление образования, руководители ОУ" : "Бондарь О.И., зам. директора по УВР";
    const status = STATUSES[k % STATUSES.length]!;
    row[at("status")] = status;
    row[at("actual")] = k % 3 ? "" : String(k % 30);
    row[at("proof")] = status === "выполнено" ? `https://school${k}.ru/docs/${k}.pdf` : "";
    grid.push(row);
  }
  return grid;
}
