#!/usr/bin/env node
// Runs the CLI from one esbuild bundle (cli/dist/svodka.mjs): compiling the TypeScript at every start
// (tsx) cost about a second. The bundle is rebuilt when missing or older than any source it comes
// from, so `npx svodka` works straight after `npm ci` and never runs stale code.
import { fresh } from "./bundle.js";

const { run } = await import(await fresh());
process.exitCode = await run(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  tty: process.stderr.isTTY === true,
});
