import { MAX_CELL_CHARS_TEXT, oversizedCell } from "../../shared/api/cell-limit.ts";
import { CLI_TEXT } from "../../shared/i18n/ru-cli.ts";
import { isValidIso } from "../../shared/parse/dates.ts";
import { type Period, parsePeriodOption } from "../../shared/parse/period.ts";
import type { Template } from "../../shared/templates/model.ts";
import { pickTemplate } from "../../shared/templates/pick.ts";
import { getTemplate, TEMPLATES } from "../../shared/templates/registry.ts";
import { validate, validateRead } from "../../shared/validate/index.ts";
import { formatReport } from "./format-report.ts";
import { readGrid } from "./read-file.ts";

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

interface Args {
  file: string;
  template: string | null;
  asOf: string;
  period: Period | null;
  json: boolean;
}

type Parsed = { ok: true; args: Args } | { ok: false; message: string };

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function parseArgs(argv: readonly string[]): Parsed {
  const [command, ...rest] = argv;
  if (command !== "validate") {
    return { ok: false, message: command ? CLI_TEXT.unknownCommand(command) : CLI_TEXT.noFile };
  }
  const args: Args = { file: "", template: null, asOf: today(), period: null, json: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const eq = a.indexOf("=");
    const name = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
    const inline = a.startsWith("--") && eq > 0 ? a.slice(eq + 1) : undefined;
    const value = (): string | null => inline ?? rest[++i] ?? null;
    if (name === "--json") args.json = true;
    else if (name === "--template") {
      const v = value();
      if (!v) return { ok: false, message: CLI_TEXT.missingValue(name) };
      args.template = v;
    } else if (name === "--as-of") {
      const v = value();
      if (!v) return { ok: false, message: CLI_TEXT.missingValue(name) };
      if (!isValidIso(v)) return { ok: false, message: CLI_TEXT.badDate(v) };
      args.asOf = v;
    } else if (name === "--period") {
      const v = value();
      if (!v) return { ok: false, message: CLI_TEXT.missingValue(name) };
      const p = parsePeriodOption(v);
      if (!p) return { ok: false, message: CLI_TEXT.badPeriod(v) };
      args.period = p;
    } else if (name.startsWith("-") && name !== "-")
      return { ok: false, message: CLI_TEXT.unknownOption(name) };
    else if (!args.file) args.file = a;
    else return { ok: false, message: CLI_TEXT.unknownOption(a) };
  }
  if (!args.file) return { ok: false, message: CLI_TEXT.noFile };
  return { ok: true, args };
}

/** Runs the CLI; returns the exit code (0 no errors, 1 errors found, 2 bad usage or unreadable input). */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  if (argv[0] === "--help" || argv[0] === "-h" || argv.length === 0) {
    (argv.length ? io.out : io.err)(`${CLI_TEXT.usage}\n`);
    return argv.length ? 0 : 2;
  }
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`${parsed.message}\n\n${CLI_TEXT.usage}\n`);
    return 2;
  }
  const { args } = parsed;
  let template: Template | undefined;
  if (args.template) {
    template = getTemplate(args.template);
    if (!template) {
      io.err(`${CLI_TEXT.unknownTemplate(args.template, TEMPLATES.map((t) => t.id).join(", "))}\n`);
      return 2;
    }
  }
  const grid = await readGrid(args.file);
  if (!grid.ok) {
    io.err(`${grid.message}\n`);
    return 2;
  }
  // The same limit as the API's: a cell longer than a sheet can hold is unreadable input.
  const big = oversizedCell(grid.value);
  if (big) {
    io.err(`${CLI_TEXT.cannotRead(args.file, CLI_TEXT.cellTooLarge(big, MAX_CELL_CHARS_TEXT))}\n`);
    return 2;
  }
  const options = { asOf: args.asOf, period: args.period };
  let picked: { score: number } | null = null;
  let report: ReturnType<typeof validate>;
  if (template) report = validate(grid.value, template, options);
  else {
    const pick = pickTemplate(grid.value);
    template = pick.template;
    picked = pick;
    report = validateRead(grid.value, pick.read, template, options);
  }
  if (args.json) io.out(`${JSON.stringify(report)}\n`);
  else io.out(formatReport(report, template, picked?.score ?? null));
  return report.counts.error > 0 ? 1 : 0;
}
