// npm run bench:storage — bytes per submitted version in D1 and in R2, measured inside workerd
// (bench/workerd/storage.workerd.ts) for the five seed sheets and a filled 200-row roadmap, and the
// projection per region and year and for the country against D1's 10 GB per database. Rewrites the
// block between the storage markers in docs/SCALE.md: every number there comes from this run.
import { readFileSync, writeFileSync } from "node:fs";
import { runWorkerdBench } from "./workerd-run.ts";

interface Measured {
  name: string;
  rows: number;
  versions: number;
  itemsPerVersion: number;
  findingsPerVersion: number;
  digestBytes: number;
  d1BytesPerVersion: number;
  r2BytesPerVersion: number;
}

/** The season: 4 campaigns a year, 3 versions each (first try, a fix, a returned report). */
const VERSIONS_PER_SCHOOL_YEAR = 4 * 3;
const REGION_SCHOOLS = 1_500;
const COUNTRY_SCHOOLS = 40_000;
const D1_LIMIT = 10 * 1000 ** 3; // Cloudflare: 10 GB per D1 database (paid plan)

const sheets = runWorkerdBench<Measured>("bench/workerd/storage.workerd.ts");

const kb = (b: number) => (b / 1000).toFixed(1);
const gb = (b: number) => (b / 1000 ** 3).toFixed(2);
const years = (perYear: number) => (D1_LIMIT / perYear).toFixed(1);
const printed: string[] = [];
const say = (line = "") => {
  console.log(line);
  printed.push(line);
};

say(
  `Bytes per version (each sheet submitted by ${sheets[0]!.versions} schools through the Worker; D1 = growth of D1's \`size_after\`, R2 = object size):`,
);
say();
say("| sheet | rows | items | findings | digest B | D1 KB / version | R2 KB / version | D1 share |");
say("|---|---:|---:|---:|---:|---:|---:|---:|");
for (const s of sheets) {
  const share = s.d1BytesPerVersion / (s.d1BytesPerVersion + s.r2BytesPerVersion);
  say(
    `| ${s.name} | ${s.rows} | ${s.itemsPerVersion} | ${s.findingsPerVersion} | ${s.digestBytes} | ${kb(s.d1BytesPerVersion)} | ${kb(s.r2BytesPerVersion)} | ${(share * 100).toFixed(0)} % |`,
  );
}
const seeds = sheets.filter((s) => s.name.startsWith("seed"));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const cases = [
  {
    name: "seed sheets (mean)",
    d1: mean(seeds.map((s) => s.d1BytesPerVersion)),
    r2: mean(seeds.map((s) => s.r2BytesPerVersion)),
  },
  ...sheets
    .filter((s) => !s.name.startsWith("seed"))
    .map((s) => ({ name: s.name, d1: s.d1BytesPerVersion, r2: s.r2BytesPerVersion })),
];

const regionVersions = REGION_SCHOOLS * VERSIONS_PER_SCHOOL_YEAR;
const countryVersions = COUNTRY_SCHOOLS * VERSIONS_PER_SCHOOL_YEAR;
say();
say(
  `Projection: ${VERSIONS_PER_SCHOOL_YEAR} versions per school and year (4 campaigns × 3 versions); a region of ${REGION_SCHOOLS.toLocaleString("en-US")} schools = ${regionVersions.toLocaleString("en-US")} versions a year, the country (${COUNTRY_SCHOOLS.toLocaleString("en-US")} schools) = ${countryVersions.toLocaleString("en-US")}. D1 holds at most 10 GB per database.`,
);
say();
say(
  "| per version | region D1 GB / year | region R2 GB / year | years until one region's D1 is full | country D1 GB / year | country R2 GB / year | before R2: country D1 GB / year |",
);
say("|---|---:|---:|---:|---:|---:|---:|");
for (const c of cases) {
  say(
    `| ${c.name} | ${gb(c.d1 * regionVersions)} | ${gb(c.r2 * regionVersions)} | ${years(c.d1 * regionVersions)} | ${gb(c.d1 * countryVersions)} | ${gb(c.r2 * countryVersions)} | ${gb((c.d1 + c.r2) * countryVersions)} |`,
  );
}
const heavy = cases.at(-1)!;
say();
say(
  `With the heavy case, one D1 for the country fills in ${((D1_LIMIT / (heavy.d1 * countryVersions)) * 12).toFixed(1)} months; one D1 per region lasts ${years(heavy.d1 * regionVersions)} years.`,
);

const file = "docs/SCALE.md";
const begin = "<!-- bench:storage:begin -->";
const end = "<!-- bench:storage:end -->";
const doc = readFileSync(file, "utf8");
const a = doc.indexOf(begin);
const b = doc.indexOf(end);
if (a < 0 || b < 0) throw new Error(`${file} lacks the ${begin} … ${end} markers`);
const stamp = `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:storage\`, Node ${process.version}, local D1 and R2 in workerd.`;
writeFileSync(file, `${doc.slice(0, a + begin.length)}\n${stamp}\n\n${printed.join("\n")}\n${doc.slice(b)}`);
