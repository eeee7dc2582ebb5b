// «Школы и участники»: the department sets up its schools and their methodists from the sheet
// «Школы». Reads: the organisation with its children (one request) and every school's members (one
// fetchAll); the sheet with one getValues. «Применить» re-reads both, refuses if the plan is not the
// one previewed, then creates the missing schools (one fetchAll of POSTs), adds the missing members
// (one more) and writes the «Результат» column with one setValues. Nothing is ever deleted.
import { MemberListSchema, MemberSchema, OrgDetailSchema, OrgSchema } from "../../../../shared/api/orgs.ts";
import { fillPath, ROUTES } from "../../../../shared/api/routes.ts";
import { columnLetter } from "../../../../shared/grid.ts";
import { fill, RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import {
  type CurrentTree,
  type Outcome,
  parseSchoolsSheet,
  planSchools,
  resultColumn,
  type SchoolsPlan,
  schoolsSheetPlan,
} from "../plan/schools-plan.ts";
import type { SchoolsAppliedView, SchoolsPreviewView, SchoolsSheetView } from "../plan/views.ts";
import { readSchoolsSheetOrg, readSettings, writeSchoolsSheetOrg } from "../services/settings.ts";
import {
  activateSheet,
  createSheetFromPlan,
  findSheet,
  readGrid,
  type Sheet,
  sheetKey,
  writeBlock,
} from "../services/sheet-io.ts";
import { type ApiRequest, callWorker, callWorkerAll } from "../services/worker-client.ts";

const R = RU_UI.schoolRows;
const SHEET = RU_UI.sheets.schools;

/** A 403 without the worker's own words is about this organisation, not a campaign (the client's default). */
function forOrg<T>(r: Result<T>): Result<T> {
  const generic = !r.ok && r.code === "forbidden" && (!r.message || r.message === RU_UI.errors.forbidden);
  return generic ? err("forbidden", RU_UI.errors.forbiddenOrg) : r;
}

function workerUrl(): Result<string> {
  const { workerUrl: url } = readSettings();
  return url ? ok(url) : err("not-configured", RU_UI.errors.noWorkerUrl);
}

/** The organisation, its children and the members of its schools: two round trips. */
export function fetchTree(url: string, orgId: string): Result<CurrentTree> {
  const got = forOrg(
    callWorker(
      url,
      { method: "get", path: fillPath(ROUTES.getOrg.path, { orgId }), rejected: R.orgRejected },
      OrgDetailSchema,
    ),
  );
  if (!got.ok) return got;
  const org = got.value.value;
  const schools = org.children.filter((c) => c.kind === "school");
  const lists = callWorkerAll(
    url,
    schools.map(
      (s): ApiRequest => ({
        method: "get",
        path: fillPath(ROUTES.listMembers.path, { orgId: s.id }),
        rejected: R.orgRejected,
      }),
    ),
    MemberListSchema,
  );
  if (!Array.isArray(lists)) return lists;
  const failed = lists.find((l) => !l.ok);
  if (failed && !failed.ok) return forOrg(failed);
  const members = new Map(
    schools.map((s, i) => {
      const l = lists[i]!;
      return [s.id, l.ok ? l.value.value.members.map((m) => ({ email: m.email, role: m.role })) : []];
    }),
  );
  return ok({
    orgId: org.id,
    orgName: org.name,
    children: org.children.map((c) => ({
      id: c.id,
      name: c.name,
      kind: c.kind,
      members: members.get(c.id) ?? [],
    })),
  });
}

/** «Открыть лист школ»: opens «Школы» if it exists (edits kept), else creates it from the worker's tree. */
export function openSchoolsSheet(orgId: string): Result<SchoolsSheetView> {
  const existing = findSheet(SHEET);
  if (existing) {
    activateSheet(existing);
    return ok({ sheetName: SHEET, created: false, rows: Math.max(0, readGrid(existing).length - 1) });
  }
  const url = workerUrl();
  if (!url.ok) return url;
  if (!orgId) return err("no-org", RU_UI.formErrors.org);
  const tree = fetchTree(url.value, orgId);
  if (!tree.ok) return tree;
  const plan = schoolsSheetPlan(tree.value);
  const sheet = createSheetFromPlan(SHEET, plan);
  writeSchoolsSheetOrg(sheetKey(sheet), { orgId: tree.value.orgId, orgName: tree.value.orgName });
  activateSheet(sheet);
  return ok({ sheetName: SHEET, created: true, rows: plan.values.length - 1 });
}

interface Loaded {
  url: string;
  sheet: Sheet;
  tree: CurrentTree;
  plan: SchoolsPlan;
}

function load(orgId: string): Result<Loaded> {
  const url = workerUrl();
  if (!url.ok) return url;
  if (!orgId) return err("no-org", RU_UI.formErrors.org);
  const sheet = findSheet(SHEET);
  if (!sheet) return err("sheet-not-found", fill(RU_UI.errors.sheetNotFound, { name: SHEET }));
  const meant = readSchoolsSheetOrg(sheetKey(sheet));
  if (meant && meant.orgId !== orgId) {
    return err("other-org", fill(R.otherOrg, { name: SHEET, org: meant.orgName }));
  }
  const parsed = parseSchoolsSheet(readGrid(sheet));
  if (!parsed) return err("no-header", fill(R.noHeader, { name: SHEET }));
  const tree = fetchTree(url.value, orgId);
  if (!tree.ok) return tree;
  return ok({ url: url.value, sheet, tree: tree.value, plan: planSchools(parsed, tree.value) });
}

function previewView(l: Loaded): SchoolsPreviewView {
  const { plan } = l;
  return {
    sheetName: SHEET,
    orgId: l.tree.orgId,
    orgName: l.tree.orgName,
    planId: plan.id,
    schools: plan.newSchools.length,
    members: plan.members.filter((m) => m.change === "add").length,
    roles: plan.members.filter((m) => m.change === "role").length,
    unchanged: plan.unchanged,
    notInSheet: plan.notInSheet,
    problems: plan.problems.map((p) => {
      const column = columnLetter(p.col - 1);
      return { row: p.row, column, cell: `${column}${p.row}`, message: p.message };
    }),
  };
}

/** «Загрузить школы»: what «Применить» would do, and the rows it would skip. Writes nothing. */
export function previewSchools(orgId: string): Result<SchoolsPreviewView> {
  const l = load(orgId);
  return l.ok ? ok(previewView(l.value)) : l;
}

/** «Применить»: only the plan that was previewed (`planId`); running it again finds nothing to do. */
export function applySchools(orgId: string, planId: string): Result<SchoolsAppliedView> {
  const l = load(orgId);
  if (!l.ok) return l;
  const { url, sheet, plan } = l.value;
  if (plan.id !== planId) return err("plan-changed", R.changed, previewView(l.value));

  const created = callWorkerAll(
    url,
    plan.newSchools.map(
      (s): ApiRequest => ({
        method: "post",
        path: ROUTES.createOrg.path,
        body: { parentId: orgId, name: s.name, kind: "school", ...(s.id ? { id: s.id } : {}) },
        rejected: R.rejected,
      }),
    ),
    OrgSchema,
  );
  if (!Array.isArray(created)) return created;
  const schools = new Map<string, Outcome>();
  const ids = new Map<string, string>();
  plan.newSchools.forEach((s, i) => {
    const r = forOrg(created[i]!);
    schools.set(s.key, r.ok ? { ok: true } : { ok: false, message: r.message });
    if (r.ok) ids.set(s.key, r.value.value.id);
  });

  const sendable = plan.members.flatMap((m) => {
    const id = m.target.kind === "existing" ? m.target.id : ids.get(m.target.key);
    return id ? [{ m, id }] : [];
  });
  const added = callWorkerAll(
    url,
    sendable.map(
      ({ m, id }): ApiRequest =>
        // Adding never changes a role on the worker: a role change is its own PATCH.
        m.change === "role"
          ? {
              method: "patch",
              path: fillPath(ROUTES.changeMemberRole.path, { orgId: id, email: m.email }),
              body: { role: m.role },
              rejected: R.rejected,
            }
          : {
              method: "post",
              path: fillPath(ROUTES.addMember.path, { orgId: id }),
              body: { email: m.email, role: m.role },
              rejected: R.rejected,
            },
    ),
    MemberSchema,
  );
  if (!Array.isArray(added)) return added;
  const members = new Map<number, Outcome>();
  sendable.forEach(({ m }, i) => {
    const r = forOrg(added[i]!);
    members.set(m.row, r.ok ? { ok: true } : { ok: false, message: r.message });
  });

  writeBlock(sheet, 1, plan.layout.result, resultColumn(plan, schools, members));

  const okSchools = [...schools.values()].filter((o) => o.ok).length;
  const okMembers = sendable.filter(({ m }) => members.get(m.row)?.ok);
  const failedRows = new Set<number>();
  for (const s of plan.newSchools) if (!schools.get(s.key)?.ok) for (const r of s.rows) failedRows.add(r);
  for (const [row, o] of members) if (!o.ok) failedRows.add(row);
  return ok({
    sheetName: SHEET,
    schools: okSchools,
    members: okMembers.filter(({ m }) => m.change === "add").length,
    roles: okMembers.filter(({ m }) => m.change === "role").length,
    unchanged: plan.unchanged,
    failed: failedRows.size,
    skipped: plan.problems.length,
  });
}
