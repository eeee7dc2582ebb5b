// npm run token -- --email someone@example.org [--org <orgId> --role school|department|admin] [--label text] [--local]
// Prints a new API token (shown once) and the SQL that stores its SHA-256; with --local it writes it
// to the local D1 that `wrangler dev` uses.
import { parseArgs } from "node:util";
import { newApiToken, sha256Hex } from "../worker/src/auth/api-token.ts";
import { DB_NAME, sql, wrangler } from "./wrangler.ts";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    org: { type: "string" },
    role: { type: "string", default: "school" },
    label: { type: "string", default: "cli" },
    local: { type: "boolean", default: false },
  },
});

const email = values.email?.trim().toLowerCase();
if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
  console.error(
    "usage: npm run token -- --email someone@example.org [--org <orgId> --role school|department|admin] [--local]",
  );
  process.exit(2);
}
if (!["school", "department", "admin"].includes(values.role)) {
  console.error(`--role must be school, department or admin, not ${values.role}`);
  process.exit(2);
}

const token = newApiToken();
const now = new Date().toISOString();
const statements = [
  `INSERT INTO api_tokens (token_hash, email, label, created_at) VALUES (${sql(await sha256Hex(token))}, ${sql(email)}, ${sql(values.label)}, ${sql(now)});`,
];
if (values.org) {
  statements.push(
    `INSERT INTO members (org_id, email, role, created_at) VALUES (${sql(values.org)}, ${sql(email)}, ${sql(values.role)}, ${sql(now)}) ON CONFLICT (org_id, email) DO UPDATE SET role = excluded.role;`,
  );
}
// The token may use the memberships its owner has now (migration 0003): add them before minting.
statements.push(
  `INSERT INTO api_token_scopes (token_id, org_id, role) SELECT t.id, m.org_id, m.role FROM api_tokens t JOIN members m ON m.email = t.email WHERE t.token_hash = ${sql(await sha256Hex(token))};`,
);
const statement = statements.join(" ");

console.log(`API token for ${email} (shown once; store it like a password):\n\n  ${token}\n`);
if (values.local) {
  wrangler(["d1", "execute", DB_NAME, "--local", "--command", statement]);
  console.log("Stored in the local D1 (.wrangler/state). Use it as: Authorization: Bearer <token>");
} else {
  console.log(`SQL:\n\n  ${statement}\n`);
  console.log(
    `Store it in the deployed database:\n\n  npx wrangler d1 execute ${DB_NAME} --remote --command "${statement.replace(/"/g, '\\"')}"\n`,
  );
  console.log("or locally with --local.");
}
