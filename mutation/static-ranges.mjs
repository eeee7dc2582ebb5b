// Prints a Stryker --mutate list of the module-level constants (tables, regular expressions, Sets and
// Maps — not functions) of the given files, as file:startLine-endLine ranges, to measure only the
// "static" mutants: npm run mutate -- --mutate "$(node mutation/static-ranges.mjs shared/parse/*.ts)".
// A line-based reading of the project's own style (a top-level `const` at column 0, its statement
// ending in `;` before the next unindented line), not a parser: check the list when the style changes.
import { readFileSync } from "node:fs";

const DECL = /^(export )?(const|let) \w+(: [^=]+)? =\s*(.*)$/;
const FUNCTION =
  /^(export )?(const|let) \w+(: [^=]+)? =\s*(async\s+)?(function\b|\([^()]*(\([^()]*\)[^()]*)*\)\s*(:[^=]+)?=>|\w+\s*=>)/;

const out = [];
for (const file of process.argv.slice(2)) {
  const lines = readFileSync(file, "utf8").split("\n");
  const code = lines.map((l) => l.replace(/\s\/\/.*$/, "").trimEnd());
  for (let i = 0; i < lines.length; i++) {
    if (!DECL.test(code[i])) continue;
    let j = i;
    while (j < lines.length - 1 && !(code[j].endsWith(";") && !lines[j + 1].startsWith(" "))) j++;
    if (!FUNCTION.test(code.slice(i, j + 1).join(" "))) out.push(`${file}:${i + 1}-${j + 1}`);
    i = j;
  }
}
console.log(out.join(","));
