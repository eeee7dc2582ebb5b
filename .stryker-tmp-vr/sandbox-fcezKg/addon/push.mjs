// `npm run push:addon`: build, then clasp-push addon/dist to the dev or prod script
// (SVODKA_ENV=prod picks .clasp-prod.json; both configs point clasp's rootDir at dist/).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "./build.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const env = process.env.SVODKA_ENV ?? "dev";
if (env !== "dev" && env !== "prod") throw new Error(`SVODKA_ENV must be dev or prod, got ${env}`);
const project = join(here, `.clasp-${env}.json`);
const { scriptId } = JSON.parse(readFileSync(project, "utf8"));
if (!scriptId || scriptId.startsWith("REPLACE_")) {
  console.error(
    `${project}: set "scriptId" to your Apps Script project id first (clasp create-script or the IDE URL).`,
  );
  process.exit(1);
}
await build();
const clasp = join(here, "..", "node_modules", ".bin", "clasp");
const run = spawnSync(clasp, ["--project", project, "push", "--force"], { stdio: "inherit" });
process.exit(run.status ?? 1);
