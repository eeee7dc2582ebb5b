import { CLI_TEXT } from "../../shared/i18n/ru-cli.ts";
import type { Template } from "../../shared/templates/model.ts";
import { getTemplate, TEMPLATES } from "../../shared/templates/registry.ts";
import { parseArgs } from "./args.ts";
import { collectFiles } from "./collect-files.ts";
import { formatReport } from "./format-report.ts";
import { exitCodeOf, type FileResult, validateFile } from "./validate-file.ts";
import { writeSummary } from "./write-summary.ts";

export { parseArgs } from "./args.ts";

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** stderr is a terminal: show a progress line while many files are read */
  tty?: boolean;
}

/** Runs the CLI; returns the exit code, the worst over all files (0 no errors, 1 errors found,
 *  2 bad usage or a file not read). */
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
  const options = { asOf: args.asOf, period: args.period };
  const { files, folders, emptyFolders } = await collectFiles(args.paths);
  for (const d of emptyFolders) io.err(`${CLI_TEXT.emptyFolder(d)}\n`);

  // One file, no summary: the report as it always was.
  if (files.length === 1 && folders === 0 && !args.summary) {
    const r = await validateFile(files[0]!, template, options);
    if (!r.ok) {
      io.err(`${r.message}\n`);
      return 2;
    }
    if (args.json) io.out(`${JSON.stringify(r.report)}\n`);
    else io.out(formatReport(r.report, r.template, r.pickScore));
    return exitCodeOf(r);
  }

  const results: FileResult[] = [];
  let worst = emptyFolders.length ? 2 : 0;
  for (let k = 0; k < files.length; k++) {
    const path = files[k]!;
    if (io.tty) io.err(`\r\x1b[K${CLI_TEXT.progress(k + 1, files.length, path)}`);
    const r = await validateFile(path, template, options);
    results.push(r);
    worst = Math.max(worst, exitCodeOf(r));
    if (io.tty) io.err("\r\x1b[K");
    if (args.json) {
      io.out(
        `${JSON.stringify(r.ok ? { file: path, school: r.school, report: r.report } : { file: path, error: r.message })}\n`,
      );
    } else if (r.ok)
      io.out(`${CLI_TEXT.fileHeading(path)}\n${formatReport(r.report, r.template, r.pickScore)}\n`);
    else io.err(`${CLI_TEXT.skipped(path, r.message)}\n`);
  }
  const read = results.filter((r) => r.ok).length;
  io.err(`${CLI_TEXT.batchDone(files.length, read, files.length - read)}\n`);
  if (args.summary) {
    try {
      for (const written of await writeSummary(args.summary, results))
        io.err(`${CLI_TEXT.summaryWritten(written)}\n`);
    } catch {
      io.err(`${CLI_TEXT.cannotWrite(args.summary)}\n`);
      return 2;
    }
  }
  return worst;
}
