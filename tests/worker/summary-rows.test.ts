import { applyD1Migrations, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { STORED_FINDINGS_LIMIT, storedFindings } from "../../worker/src/db/stored-findings.ts";
import { SubmissionsRepo } from "../../worker/src/db/submissions-repo.ts";
import { SummaryRepo } from "../../worker/src/db/summary-repo.ts";

// summary_rows (migration 0010) is what the department's summary reads of each school: derived from
// submissions and reviews by triggers. These tests hold it against an oracle written here, from the
// rule in words (BRIEF / issue 9): a school counts with its latest submitted version, or its latest
// draft when it never submitted; a draft newer than that is reported beside it; its latest review.

const NOW = "2024-05-20T07:30:00.000Z";
type Status = "draft" | "submitted" | "late";
interface Version {
  id: string;
  org: string;
  version: number;
  status: Status;
  at: string;
}
interface Review {
  org: string;
  seq: number;
  version: number;
  state: "accepted" | "returned";
  comment: string;
  at: string;
}

/** The stored row as the oracle expects it (the order of 0010's json_array). */
function expected(org: string, versions: Version[], reviews: Review[]): unknown[] | undefined {
  const mine = versions.filter((v) => v.org === org);
  if (mine.length === 0) return undefined;
  const latest = mine.reduce((a, b) => (b.version > a.version ? b : a));
  const submitted = mine.filter((v) => v.status !== "draft");
  const counted = submitted.length ? submitted.reduce((a, b) => (b.version > a.version ? b : a)) : latest;
  const review = reviews.filter((r) => r.org === org).sort((a, b) => b.seq - a.seq)[0];
  return [
    counted.version,
    counted.status,
    counted.at,
    counted.version, // errors: the seed writes the version number into the counts to tell rows apart
    0,
    3,
    counted.version % 4,
    `2;d${counted.version};1;;`,
    latest.version > counted.version ? latest.version : null,
    latest.version > counted.version ? latest.at : null,
    review?.version ?? null,
    review?.state ?? null,
    review?.comment ?? null,
    review ? "[]" : null,
    review ? "dept@example.org" : null,
    review?.at ?? null,
  ];
}

/** A department `dept` with `schools` under it and campaign `campaign` over them. */
async function seedOrgs(db: D1Database, schools: string[], campaign = "c", dept = "u"): Promise<void> {
  await db.batch([
    db
      .prepare("INSERT INTO orgs VALUES (?1, NULL, 'Управление', 'municipality', '/' || ?1 || '/', ?2)")
      .bind(dept, NOW),
    ...schools.map((s, i) =>
      db
        .prepare("INSERT INTO orgs VALUES (?1, ?4, ?2, 'school', '/' || ?4 || '/' || ?1 || '/', ?3)")
        .bind(s, `Школа № ${i + 1}`, NOW, dept),
    ),
    db
      .prepare(
        "INSERT INTO campaigns (id, org_id, name, template_id, template_version, period_start, period_end, report_date, due_date, created_by, created_at) VALUES (?1, ?2, 'c', 'municipal-roadmap', 1, '2024-01-01', '2024-12-31', '2024-05-31', '2024-05-31', 't', ?3)",
      )
      .bind(campaign, dept, NOW),
    ...schools.map((s) => db.prepare("INSERT INTO campaign_orgs VALUES (?1, ?2)").bind(campaign, s)),
  ]);
}

/** A version row as the worker stores it; its counts carry the version number (to tell rows apart). */
const insertVersion = (db: D1Database, v: Version, campaign = "c") =>
  db
    .prepare(
      `INSERT INTO submissions (id, campaign_id, org_id, version, payload_hash, status, submitted_by, received_at,
         errors, warnings, infos, required, present, done, grid_chunks, digest)
       VALUES (?1, ?8, ?2, ?3, 'h', ?4, 't', ?5, ?3, 0, 0, 3, 3, ?6, 0, ?7)`,
    )
    .bind(v.id, v.org, v.version, v.status, v.at, v.version % 4, `2;d${v.version};1;;`, campaign);

const insertReview = (db: D1Database, r: Review) =>
  db
    .prepare(
      `INSERT INTO reviews (id, campaign_id, org_id, seq, submission_id, version, state, comment, item_comments, reviewed_by, reviewed_at)
       SELECT ?1, 'c', ?2, ?3, s.id, ?4, ?5, ?6, '[]', 'dept@example.org', ?7
       FROM submissions s WHERE s.campaign_id = 'c' AND s.org_id = ?2 AND s.version = ?4`,
    )
    .bind(`r-${r.org}-${r.seq}`, r.org, r.seq, r.version, r.state, r.comment, r.at);

/**
 * The stored rows, each as the oracle's one array: `j` then `review` (six nulls before the first).
 * `j` must be printable ASCII (the summary reads it in a batch of its own for that): checked here.
 */
async function stored(db: D1Database): Promise<Map<string, { j: unknown[]; submission_id: string }>> {
  const { results } = await db
    .prepare("SELECT org_id, submission_id, j, review FROM summary_rows WHERE campaign_id = 'c'")
    .all<{ org_id: string; submission_id: string; j: string; review: string | null }>();
  for (const r of results) expect(r.j, r.org_id).toMatch(/^[\x20-\x7e]*$/);
  return new Map(
    results.map((r) => [
      r.org_id,
      {
        j: [
          ...(JSON.parse(r.j) as unknown[]),
          ...(r.review ? (JSON.parse(r.review) as unknown[]) : Array(6).fill(null)),
        ],
        submission_id: r.submission_id,
      },
    ]),
  );
}

describe("summary_rows", () => {
  it("follows every version and review of a season, school by school (triggers)", async () => {
    const db = env.DB;
    const schools = ["s1", "s2", "s3", "s4"];
    await seedOrgs(db, schools);
    const versions: Version[] = [];
    const reviews: Review[] = [];
    const seen = new Set<string>();
    // a fixed pseudo-random season: 60 events over 4 schools (drafts, submissions, late ones, reviews)
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647; // Park–Miller: exact in doubles
      return seed >>> 8;
    };
    for (let step = 0; step < 60; step++) {
      const org = schools[next() % schools.length]!;
      const at = new Date(Date.parse(NOW) + step * 60_000).toISOString();
      const mine = versions.filter((v) => v.org === org);
      const submitted = mine.filter((v) => v.status !== "draft");
      if (next() % 3 === 0 && submitted.length > 0) {
        const counted = submitted[submitted.length - 1]!;
        const seq = reviews.filter((r) => r.org === org).length + 1;
        const r: Review = {
          org,
          seq,
          version: counted.version,
          state: next() % 2 ? "accepted" : "returned",
          comment: `замечание ${step}`,
          at,
        };
        await insertReview(db, r).run();
        reviews.push(r);
      } else {
        const status = (["draft", "submitted", "late", "draft"] as const)[next() % 4]!;
        const v: Version = { id: `v-${org}-${mine.length + 1}`, org, version: mine.length + 1, status, at };
        await insertVersion(db, v).run();
        versions.push(v);
      }
      const rows = await stored(db);
      for (const r of rows.values()) {
        if (r.j[8] !== null) seen.add("newer draft");
        if (r.j[11] !== null) seen.add(`review ${String(r.j[11])}`);
        if (r.j[1] === "draft") seen.add("only drafts");
        if (r.j[10] !== null && r.j[10] !== r.j[0]) seen.add("review of an older version");
      }
      for (const s of schools) {
        const want = expected(s, versions, reviews);
        expect(rows.get(s)?.j, `step ${step}, ${s}`).toEqual(want);
        if (want) {
          const counted = versions.find((v) => v.org === s && v.version === want[0]);
          expect(rows.get(s)!.submission_id).toBe(counted!.id);
        }
      }
    }
    // the season above really passed through every case the rule has
    expect([...seen].sort()).toEqual([
      "newer draft",
      "only drafts",
      "review accepted",
      "review of an older version",
      "review returned",
    ]);
    expect(versions.some((v) => v.status === "late")).toBe(true);
  });

  it("a removed participant keeps its row but leaves the summary and its «Замечания»", async () => {
    const db = env.DB;
    await seedOrgs(db, ["t1", "t2"], "c2", "u2");
    await db.batch(
      ["t1", "t2"].flatMap((org) => [
        insertVersion(db, { id: `w-${org}`, org, version: 1, status: "submitted", at: NOW }, "c2"),
        db
          .prepare(
            "INSERT INTO submission_findings (submission_id, seq, code, severity, row, col, message, params) VALUES (?1, 0, 'overdue', 'warning', 5, 'E', 'срок прошёл', '{}')",
          )
          .bind(`w-${org}`),
      ]),
    );
    const repo = new SummaryRepo(db);
    const before = await repo.read("c2", { findings: "rows" });
    expect(before.findings.map((f) => f.org_id)).toEqual(["t1", "t2"]);
    await db.prepare("DELETE FROM campaign_orgs WHERE campaign_id = 'c2' AND org_id = 't2'").run();
    const after = await repo.read("c2", { findings: "rows" });
    expect(after.participants.map((p) => p.id)).toEqual(["t1"]);
    expect(after.latest.map((l) => l.org_id)).toEqual(["t1"]);
    expect(after.findings.map((f) => [f.org_id, f.message])).toEqual([["t1", "срок прошёл"]]);
    // its submission and its stored row are kept (nothing a school sent is lost)
    expect(
      (await db.prepare("SELECT count(*) AS n FROM summary_rows WHERE campaign_id = 'c2'").first())!["n"],
    ).toBe(2);
  });

  it("findings stored with each version (migration 0011) are the API's objects, key for key", async () => {
    const db = env.DB;
    await seedOrgs(db, ["k1"], "c3", "u3");
    await db.batch([
      insertVersion(db, { id: "k1v1", org: "k1", version: 1, status: "submitted", at: NOW }, "c3"),
      db.prepare(
        `INSERT INTO submission_findings (submission_id, seq, code, severity, row, col, message, params, item_code, activity) VALUES
          ('k1v1', 0, 'overdue', 'warning', 5, 'E', 'Срок «до 01.09.2024» прошёл, а статус "в работе"', '{}', '1.1', '=СУММ(A1:A2)'),
          ('k1v1', 1, 'required-missing', 'error', NULL, NULL, 'Нет пункта
вторая строка \\ 🙂', '{}', 3, NULL),
          ('k1v1', 2, 'blank-row', 'info', 9, NULL, 'Пустая строка', '{}', NULL, NULL)`,
      ),
    ]);
    // written out by hand from SummaryFindingSchema and the rows above
    const want = [
      {
        orgId: "k1",
        code: "overdue",
        severity: "warning",
        itemCode: "1.1",
        activity: "=СУММ(A1:A2)",
        row: 5,
        column: "E",
        message: 'Срок «до 01.09.2024» прошёл, а статус "в работе"',
      },
      {
        orgId: "k1",
        code: "required-missing",
        severity: "error",
        itemCode: "3", // a code stored as a number is text in the API
        activity: null,
        row: null,
        column: null,
        message: "Нет пункта\nвторая строка \\ 🙂",
      },
      {
        orgId: "k1",
        code: "blank-row",
        severity: "info",
        itemCode: null,
        activity: null,
        row: 9,
        column: null,
        message: "Пустая строка",
      },
    ];
    const repo = new SummaryRepo(db);
    const parse = (chunks: { json: Uint8Array }[]) =>
      JSON.parse(`[${chunks.map((f) => new TextDecoder().decode(f.json)).join(",")}]`) as unknown[];

    // a version with no stored findings (stored before 0011): read row by row, written by SQLite
    const unstored = await repo.read("c3", { findings: "json" });
    expect(unstored.findings).toEqual([]);
    expect(parse(unstored.findingsJson!)).toEqual(want);

    // as the submit batch stores them, from the rows it inserts: base64 of the same objects
    const { findings: rowsBack } = await new SubmissionsRepo(db).contents("k1v1");
    const b64 = storedFindings("k1", rowsBack)!;
    expect(b64).toMatch(/^eyJ[A-Za-z0-9+/]+=*$/); // ASCII: D1 hands it over the fast way
    await db.prepare("INSERT INTO submission_findings_json VALUES ('k1v1', ?1)").bind(b64).run();
    const json = await repo.read("c3", { findings: "json" });
    expect(json.findingsJson!.map((f) => f.org_id)).toEqual(["k1"]); // one chunk per school
    expect(parse(json.findingsJson!)).toEqual(want);
    // the same findings as the values the XLSX reads
    const rows = await repo.read("c3", { findings: "rows" });
    expect(rows.findings.map((f) => [f.org_id, f.code, f.message, f.row])).toEqual(
      want.map((f) => [f.orgId, f.code, f.message, f.row]),
    );
    expect(storedFindings("k1", [])).toBe("");

    // findings too large to store beside the version (base64 over 1,000,000 characters): NULL, and
    // the summary reads them row by row, the same objects
    const long = "ж".repeat(45_000); // 90,000 bytes, 120,000 base64 characters
    await db.batch([
      insertVersion(db, { id: "k1v2", org: "k1", version: 2, status: "late", at: NOW }, "c3"),
      db
        .prepare(
          `INSERT INTO submission_findings (submission_id, seq, code, severity, row, col, message, params, item_code, activity)
           SELECT 'k1v2', value, 'overdue', 'warning', value + 3, 'E', 'Срок прошёл', '{}', '9.' || value, ?1
           FROM json_each('[0,1,2,3,4,5,6,7,8,9,10,11]')`,
        )
        .bind(long),
    ]);
    const { findings: bigRows } = await new SubmissionsRepo(db).contents("k1v2");
    expect(storedFindings("k1", bigRows.slice(0, 8))!.length).toBeLessThanOrEqual(STORED_FINDINGS_LIMIT);
    expect(storedFindings("k1", bigRows)).toBeNull();
    await db.prepare("INSERT INTO submission_findings_json VALUES ('k1v2', NULL)").run();
    const big = await repo.read("c3", { findings: "json" });
    const objects = parse(big.findingsJson!) as Record<string, unknown>[];
    expect(objects).toHaveLength(12);
    expect(objects.map((o) => o["itemCode"])).toEqual(Array.from({ length: 12 }, (_, i) => `9.${i}`));
    expect(objects.every((o) => o["activity"] === long && o["orgId"] === "k1")).toBe(true);
  });
});

it("migrations 0010 and 0011 build the rows and stored findings of versions stored before them", async () => {
  const db = env.DB_REGION_B;
  await applyD1Migrations(
    db,
    env.TEST_MIGRATIONS.filter((m) => m.name < "0010"),
  );
  await seedOrgs(db, ["s1", "s2", "s3"]);
  const versions: Version[] = [
    { id: "a1", org: "s1", version: 1, status: "submitted", at: "2024-05-20T08:00:00.000Z" },
    { id: "a2", org: "s1", version: 2, status: "draft", at: "2024-05-21T08:00:00.000Z" },
    { id: "b1", org: "s2", version: 1, status: "draft", at: "2024-05-20T09:00:00.000Z" },
    { id: "b2", org: "s2", version: 2, status: "draft", at: "2024-05-22T09:00:00.000Z" },
  ];
  const reviews: Review[] = [
    {
      org: "s1",
      seq: 1,
      version: 1,
      state: "returned",
      comment: "нет приказа",
      at: "2024-05-20T10:00:00.000Z",
    },
    { org: "s1", seq: 2, version: 1, state: "accepted", comment: "", at: "2024-05-20T11:00:00.000Z" },
  ];
  await db.batch([
    ...versions.map((v) => insertVersion(db, v)),
    ...reviews.map((r) => insertReview(db, r)),
    // a finding of s1's counted version, stored before migration 0011 existed
    db.prepare(
      `INSERT INTO submission_findings (submission_id, seq, code, severity, row, col, message, params, item_code, activity)
       VALUES ('a1', 0, 'overdue', 'warning', 4, 'E', 'Срок прошёл', '{}', '1.2', 'Приказ «О наставничестве»')`,
    ),
  ]);
  expect(
    (await db.prepare("SELECT name FROM sqlite_master WHERE name = 'summary_rows'").first()) ?? null,
  ).toBeNull();

  await applyD1Migrations(db, env.TEST_MIGRATIONS);
  const rows = await stored(db);
  expect([...rows.keys()].sort()).toEqual(["s1", "s2"]);
  // written out by hand from the rule: s1 counts version 1 (a newer draft 2 beside it), accepted at 11:00
  expect(rows.get("s1")!.j).toEqual([
    1,
    "submitted",
    "2024-05-20T08:00:00.000Z",
    1,
    0,
    3,
    1,
    "2;d1;1;;",
    2,
    "2024-05-21T08:00:00.000Z",
    1,
    "accepted",
    "",
    "[]",
    "dept@example.org",
    "2024-05-20T11:00:00.000Z",
  ]);
  expect(rows.get("s1")!.j).toEqual(expected("s1", versions, reviews));
  // s2 never submitted: its latest draft counts, with no newer draft beside it
  expect(rows.get("s2")!.j.slice(0, 3)).toEqual([2, "draft", "2024-05-22T09:00:00.000Z"]);
  expect(rows.get("s2")!.j.slice(8)).toEqual([null, null, null, null, null, null, null, null]);
  expect(rows.get("s2")!.submission_id).toBe("b2");
  // migration 0011: every version's findings as plain JSON text (SQLite has no base64); '' for none,
  // not NULL (NULL means «too large, read the rows»)
  const finding = {
    orgId: "s1",
    code: "overdue",
    severity: "warning",
    itemCode: "1.2",
    activity: "Приказ «О наставничестве»",
    row: 4,
    column: "E",
    message: "Срок прошёл",
  };
  const { results: stored2 } = await db
    .prepare("SELECT submission_id, findings FROM submission_findings_json ORDER BY submission_id")
    .all<{ submission_id: string; findings: string }>();
  expect(stored2.map((r) => r.submission_id)).toEqual(["a1", "a2", "b1", "b2"]);
  expect(JSON.parse(stored2[0]!.findings)).toEqual(finding);
  expect(stored2.slice(1).map((r) => r.findings)).toEqual(["", "", ""]);
  // and the summary splices that text in as it splices the worker's base64
  const json = await new SummaryRepo(db).read("c", { findings: "json" });
  expect(json.findingsJson!.map((f) => JSON.parse(new TextDecoder().decode(f.json)))).toEqual([finding]);
});
