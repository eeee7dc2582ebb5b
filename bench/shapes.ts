import type { Grid } from "../shared/grid.ts";
import { getTemplate } from "../shared/templates/registry.ts";
import { renderTemplate } from "../shared/templates/render.ts";
import { generateRoadmap } from "./generate-roadmap.ts";

// Sheets a school can really send, each 10,000 rows, for the bound that must not depend on shape.

const PERIOD = { start: "2020-01-01", end: "2024-12-31" };

function base() {
  const r = renderTemplate(getTemplate("municipal-roadmap")!, PERIOD);
  const at = (role: string) => r.roles.indexOf(role as never);
  return { grid: r.grid.slice(0, 2).map((row) => [...row]) as Grid, width: r.roles.length, at, template: r };
}

/** Every activity built from the template's own words, yet matching none of its items. */
function commonWords(rows: number): Grid {
  const { grid, width, at } = base();
  const words = getTemplate("municipal-roadmap")!
    .items.flatMap((i) => i.activity.split(/\s+/))
    .filter((w) => w.length > 3);
  for (let k = 0; grid.length < rows; k++) {
    const row: string[] = new Array(width).fill("");
    row[at("code")] = `${9 + Math.floor(k / 50)}.${(k % 50) + 1}`;
    // three template words, never the same three: shares stems with many items, close to none
    row[at("activity")] =
      `${words[k % words.length]} ${words[(k * 7 + 3) % words.length]} ${words[(k * 13 + 5) % words.length]} школы №${k}`;
    row[at("deadline")] = "сентябрь 2021";
    row[at("responsible")] = "Методист";
    row[at("evidence")] = "Приказ";
    grid.push(row);
  }
  return grid;
}

/** Every row has something wrong: a bad code, an empty or unknown deadline, an odd status, a done
 *  item without proof. */
function allFindings(rows: number): Grid {
  const { grid, width, at } = base();
  for (let k = 0; grid.length < rows; k++) {
    const row: string[] = new Array(width).fill("");
    row[at("code")] = k % 3 ? `п.${k}` : `1.${k}`;
    row[at("activity")] = k % 5 ? `Мероприятие ${k}` : "";
    row[at("deadline")] = ["", "не знаю", "по графику", "до 01.01.2021"][k % 4]!;
    row[at("responsible")] = k % 2 ? "" : "Методист";
    row[at("status")] = ["готово", "выполнено", "??", ""][k % 4]!;
    row[at("target")] = k % 2 ? "много" : "10";
    grid.push(row);
  }
  return grid;
}

/** One coded item, then nine lines that continue it (a pasted document split over pages). */
function continuations(rows: number): Grid {
  const { grid, width, at } = base();
  for (let k = 0; grid.length < rows; k++) {
    const row: string[] = new Array(width).fill("");
    if (k % 10 === 0) {
      row[at("code")] = `${2 + Math.floor(k / 500)}.${(k / 10) % 50}`;
      row[at("activity")] = `Организация работы наставников №${k}`;
      row[at("deadline")] = "сентябрь 2021";
      row[at("responsible")] = "Методист";
    } else {
      row[at("activity")] = `и продолжение текста мероприятия, строка ${k}`;
      if (k % 3 === 0) row[at("responsible")] = "заместитель директора";
    }
    grid.push(row);
  }
  return grid;
}

/** Cells of a few thousand characters: whole paragraphs pasted into the activity and evidence. */
function longCells(rows: number): Grid {
  const grid = generateRoadmap(rows);
  const paragraph =
    "Подготовка и принятие локальных нормативных правовых актов образовательной организации; ".repeat(25);
  const r = renderTemplate(getTemplate("municipal-roadmap")!, PERIOD);
  const activity = r.roles.indexOf("activity");
  const evidence = r.roles.indexOf("evidence");
  for (let k = 30; k < grid.length; k += 2) {
    const row = grid[k]!;
    if (typeof row[activity] === "string" && row[activity]) row[activity] = `${row[activity]} ${paragraph}`;
    row[evidence] = paragraph;
  }
  return grid;
}

export const SHAPES: ReadonlyArray<readonly [string, (rows: number) => Grid]> = [
  ["typical (every deadline, target and status form)", generateRoadmap],
  ["activities sharing the template's words, none matching", commonWords],
  ["every row producing findings", allFindings],
  ["nine of ten rows uncoded continuations", continuations],
  ["very long cells (≈2,000 characters)", longCells],
];
