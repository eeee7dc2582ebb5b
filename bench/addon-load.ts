// The add-on bundle's cold load: what Apps Script pays on every server call before any code of ours
// runs (each google.script.run call may start a fresh V8 isolate). Each sample is a fresh Node
// process compiling and running Code.js in a bare vm context, so nothing is cached between samples.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
// @ts-expect-error build.mjs is plain JavaScript without type declarations
import { build } from "../addon/build.mjs";

const outDir = mkdtempSync(join(tmpdir(), "svodka-addon-bench-"));
await build({ outDir, quiet: true });
const code = join(outDir, "Code.js");
const probe = `const vm=require("node:vm");const fs=require("node:fs");const src=fs.readFileSync(${JSON.stringify(code)},"utf8");
const t=process.hrtime.bigint();vm.runInContext(src,vm.createContext({}),{filename:"Code.js"});
process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6));`;
const samples: number[] = [];
for (let i = 0; i < 11; i++)
  samples.push(Number(execFileSync(process.execPath, ["-e", probe], { encoding: "utf8" })));
samples.sort((a, b) => a - b);
const kb = statSync(code).size / 1024;
const cpus = availableParallelism();
const line = `Add-on bundle cold load: Code.js ${kb.toFixed(1)} KB, compiled and run in a fresh V8 context in ${samples[5]!.toFixed(1)} ms (median of 11 fresh processes; min ${samples[0]!.toFixed(1)} ms; machine load average ${loadavg()[0]!.toFixed(1)} on ${cpus} cores).`;
console.log(line);

// docs/PERFORMANCE.md keeps the last figure between its markers.
const file = "docs/PERFORMANCE.md";
const begin = "<!-- bench:addon-load:begin -->";
const end = "<!-- bench:addon-load:end -->";
const doc = readFileSync(file, "utf8");
const i = doc.indexOf(begin);
const j = doc.indexOf(end);
if (i >= 0 && j > i) writeFileSync(file, `${doc.slice(0, i + begin.length)}\n${line}\n${doc.slice(j)}`);
