// npm run bootstrap -- --org tomsk --name "Томская область" --admin you@example.org [--kind region]
//                      [--remote | --local [--persist-to DIR]]
// Creates the top organisation and its first administrator. Without --remote / --local it prints the
// wrangler command to run (nothing is changed); --remote runs it against the deployed D1 (after
// `wrangler login`), --local against the local D1 that `npm start` / `wrangler dev` use.
import { parseArgs } from "node:util";
import { type Bootstrap, bootstrapProblem, bootstrapSql } from "./bootstrap-sql.ts";
import { DB_NAME, wrangler } from "./wrangler.ts";

const { values } = parseArgs({
  options: {
    org: { type: "string" },
    name: { type: "string" },
    kind: { type: "string", default: "region" },
    admin: { type: "string" },
    remote: { type: "boolean", default: false },
    local: { type: "boolean", default: false },
    "persist-to": { type: "string" },
  },
});

const args = {
  org: values.org,
  name: values.name,
  kind: values.kind,
  admin: values.admin,
} as Partial<Bootstrap>;
const problem = bootstrapProblem(args);
if (problem || (values.remote && values.local)) {
  console.error(problem ?? "choose one of --remote and --local");
  console.error(
    'usage: npm run bootstrap -- --org tomsk --name "Томская область" --admin you@example.org [--kind region|municipality] [--remote | --local]',
  );
  process.exit(2);
}
const statement = bootstrapSql(args as Bootstrap, new Date().toISOString());
const where = values.remote
  ? ["--remote"]
  : ["--local", ...(values["persist-to"] ? ["--persist-to", values["persist-to"]] : [])];
const command = ["d1", "execute", DB_NAME, ...where, "--command", statement];

if (!values.remote && !values.local) {
  console.log(
    "Nothing changed. To create the organisation and its administrator in the deployed database, run:\n",
  );
  console.log(
    `  npx wrangler d1 execute ${DB_NAME} --remote --command "${statement.replace(/"/g, '\\"')}"\n`,
  );
  console.log(
    "or run this script again with --remote (after `npx wrangler login`), or --local for `npm start`.",
  );
} else {
  wrangler(command);
  console.log(
    `Created «${args.name}» (${args.org}) with administrator ${args.admin} in the ${values.remote ? "deployed" : "local"} database.`,
  );
  console.log(
    "Next: open the add-on as that administrator, «Сводка → Открыть панель → Сводка → Школы и участники».",
  );
}
