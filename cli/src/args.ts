import { parseArgs as nodeParseArgs } from "node:util";
import { CLI_TEXT } from "../../shared/i18n/ru-cli.ts";
import { isValidIso } from "../../shared/parse/dates.ts";
import { type Period, parsePeriodOption } from "../../shared/parse/period.ts";

// The command line, read with node:util parseArgs; every refusal is a Russian message (exit 2).

export interface Args {
  /** files and folders, in the order given */
  paths: string[];
  template: string | null;
  asOf: string;
  period: Period | null;
  json: boolean;
  /** out.xlsx or out.csv: one row per file, plus the findings */
  summary: string | null;
}

export type Parsed = { ok: true; args: Args } | { ok: false; message: string };

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

const OPTIONS = {
  template: { type: "string" },
  "as-of": { type: "string" },
  period: { type: "string" },
  summary: { type: "string" },
  json: { type: "boolean" },
} as const;

/** parseArgs' English errors → the option they name, for a Russian message. */
function refusal(e: unknown): string {
  const code = (e as { code?: string }).code ?? "";
  const message = e instanceof Error ? e.message : String(e);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return message.includes("does not take") ? CLI_TEXT.noValueWanted(option) : CLI_TEXT.missingValue(option);
  }
  return CLI_TEXT.unknownOption(option || message.split(" ")[0] || "?");
}

export function parseArgs(argv: readonly string[]): Parsed {
  const [command, ...rest] = argv;
  if (command !== "validate") {
    return { ok: false, message: command ? CLI_TEXT.unknownCommand(command) : CLI_TEXT.noFile };
  }
  let values: {
    [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]["type"] extends "string" ? string : boolean;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = nodeParseArgs({
      args: [...rest],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    }));
  } catch (e) {
    return { ok: false, message: refusal(e) };
  }
  const args: Args = {
    paths: [...new Set(positionals)],
    template: values.template ?? null,
    asOf: today(),
    period: null,
    json: values.json === true,
    summary: values.summary ?? null,
  };
  for (const [name, v] of [
    ["--template", values.template],
    ["--as-of", values["as-of"]],
    ["--period", values.period],
    ["--summary", values.summary],
  ] as const) {
    if (v !== undefined && v.trim() === "") return { ok: false, message: CLI_TEXT.missingValue(name) };
  }
  const asOf = values["as-of"];
  if (asOf !== undefined) {
    if (!isValidIso(asOf)) return { ok: false, message: CLI_TEXT.badDate(asOf) };
    args.asOf = asOf;
  }
  if (values.period !== undefined) {
    const p = parsePeriodOption(values.period);
    if (!p) return { ok: false, message: CLI_TEXT.badPeriod(values.period) };
    args.period = p;
  }
  if (args.summary !== null && !/\.(xlsx|csv)$/i.test(args.summary)) {
    return { ok: false, message: CLI_TEXT.badSummary(args.summary) };
  }
  if (args.paths.length === 0) return { ok: false, message: CLI_TEXT.noFile };
  return { ok: true, args };
}
