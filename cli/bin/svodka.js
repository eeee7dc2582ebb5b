#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so `npx svodka` works straight after `npm ci`, with no build step.
import { register } from "tsx/esm/api";

register();
const { run } = await import("../src/main.ts");
process.exitCode = await run(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});
