import { findingsBytes } from "./stored-findings.ts";
// The department's summary is one batch (one round trip): every participant with its stored summary
// row (summary_rows, migration 0010: counted version, stored item digest, newer draft, latest review),
// the roll-up groups' names, and on request the findings. No grid is re-validated, no item row is
// scanned, and no school's versions are searched at read time.

export interface ParticipantRow {
  id: string;
  name: string;
  path: string;
}

export interface LatestRow {
  org_id: string;
  version: number;
  status: "draft" | "submitted" | "late";
  received_at: string;
  errors: number;
  warnings: number;
  required: number;
  done: number;
  digest: string;
  /** a draft received after the counted version (it does not replace it) */
  draft_version: number | null;
  draft_received_at: string | null;
  /** the latest review of this school in the campaign, if any (issue 9) */
  review_version: number | null;
  review_state: "accepted" | "returned" | null;
  review_comment: string | null;
  review_items: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

/** One finding of an organisation's counted version, with the item it is about (issue 9). */
export interface FindingSummaryRow {
  org_id: string;
  code: string;
  severity: "error" | "warning" | "info";
  row: number | null;
  col: string | null;
  message: string;
  item_code: string | null;
  activity: string | null;
}

/** An organisation of the campaign's tree that is not a school: a roll-up group at its level. */
export interface GroupOrgRow {
  id: string;
  name: string;
  path: string;
}

/** A school's findings as the UTF-8 bytes of the API's JSON objects joined by "," (`read` with findings: "json"). */
export interface FindingsChunk {
  org_id: string;
  json: Uint8Array;
}

export interface SummaryRows {
  participants: ParticipantRow[];
  latest: LatestRow[];
  findings: FindingSummaryRow[];
  /** the same findings as JSON bytes, to splice into the JSON answer unparsed */
  findingsJson?: FindingsChunk[];
  /** the campaign's organisation and every non-school organisation under it (issue 9) */
  groupOrgs?: GroupOrgRow[];
}

export class SummaryRepo {
  constructor(private readonly db: D1Database) {}

  /**
   * `findings`: also read every finding of every counted version (the «Замечания» sheet and the XLSX
   * export ask for them; the default JSON summary does not — at 10,000 schools they were most of its
   * cost): "rows" as values, "json" as the API's objects in JSON text.
   */
  async read(campaignId: string, opts: { findings: false | "rows" | "json" }): Promise<SummaryRows> {
    const json = opts.findings === "json";
    const statements = [
      // The participants and their latest reviews (Russian text): everything with Russian text in one
      // batch. The stored summary rows and findings (ASCII) come in a batch of their own below: D1
      // hands over a result with any non-ASCII character in it the slow way, and at 10,000 schools
      // that was a fifth of the read (issue 13).
      this.db
        .prepare(
          `SELECT o.id, o.name, o.path FROM campaign_orgs co JOIN orgs o ON o.id = co.org_id
           WHERE co.campaign_id = ?1 ORDER BY o.path`,
        )
        .bind(campaignId),
      this.db
        .prepare("SELECT org_id, review FROM summary_rows WHERE campaign_id = ?1 AND review IS NOT NULL")
        .bind(campaignId),
      // The roll-up groups at every depth (the one-level groups' names among them), through the path index.
      this.db
        .prepare(
          `SELECT o.id, o.name, o.path FROM campaigns c JOIN orgs r ON r.id = c.org_id
           JOIN orgs o ON o.path >= r.path AND o.path < r.path || '~'
           WHERE c.id = ?1 AND o.kind <> 'school'`,
        )
        .bind(campaignId),
    ];
    // Every finding of each counted version of a participant, with the item it is about stored on the
    // finding row (migration 0008): the rows of the department's «Замечания». For the XLSX as values;
    // for the JSON answer as the API's objects stored with each version (migration 0011) and spliced
    // in as bytes (19,000 finding rows at 10,000 schools were most of the read), read row by row only
    // for a version whose findings were too large to store there (NULL) or stored before them.
    const source = (only: string) => `FROM campaign_orgs co
           JOIN summary_rows r ON r.campaign_id = co.campaign_id AND r.org_id = co.org_id${only}
           JOIN submission_findings f ON f.submission_id = r.submission_id
           WHERE co.campaign_id = ?1
           ORDER BY r.org_id, f.seq`;
    if (opts.findings === "rows") {
      statements.push(
        this.db
          .prepare(
            `SELECT json_array(r.org_id, f.code, f.severity, f.row, f.col, f.message, f.item_code, f.activity) AS j ${source("")}`,
          )
          .bind(campaignId),
      );
    }
    const [schools, reviewRows, groupOrgs, findings] = await this.db.batch(statements);
    // One row per school that has sent anything, its stored summary row (migration 0010, kept by
    // triggers): the counted version, counts, digest and newer draft chosen once per version, not
    // once per school on every click.
    // Two batches are two moments: a version or review committed between them can show its row here
    // with the review or findings from before it — the next summary has both; nothing is lost, and a
    // review of an older version reads as «на проверке» (reviewStateOf compares the versions).
    // With findings, each counted version's stored findings (base64: ASCII) come in the same rows.
    const { results: stored } = await this.db
      .prepare(
        json
          ? `SELECT r.org_id, r.j, x.findings FROM summary_rows r
             LEFT JOIN submission_findings_json x ON x.submission_id = r.submission_id
             WHERE r.campaign_id = ?1`
          : "SELECT org_id, j FROM summary_rows WHERE campaign_id = ?1",
      )
      .bind(campaignId)
      .all<StoredSummaryRow>();
    const rowOf = new Map(stored.map((r) => [r.org_id, r]));
    const reviewOf = new Map(
      (reviewRows!.results as unknown as { org_id: string; review: string }[]).map((r) => [
        r.org_id,
        r.review,
      ]),
    );
    const participants: ParticipantRow[] = [];
    const latest: LatestRow[] = [];
    const findingsJson: FindingsChunk[] = [];
    let unstored = false;
    for (const { id, name, path } of schools!.results as unknown as ParticipantRow[]) {
      participants.push({ id, name, path });
      const row = rowOf.get(id);
      if (row === undefined) continue;
      if (json) {
        const found = row.findings;
        // null: too large to store, or no stored row (a version from before migration 0011)
        if (found == null) unstored = true;
        else if (found !== "") findingsJson.push({ org_id: id, json: findingsBytes(found) });
      }
      const r = JSON.parse(row.j) as StoredRow;
      const review = reviewOf.get(id);
      const v = review === undefined ? null : (JSON.parse(review) as StoredReview);
      latest.push({
        org_id: id,
        version: r[0],
        status: r[1],
        received_at: r[2],
        errors: r[3],
        warnings: r[4],
        required: r[5],
        done: r[6],
        digest: r[7],
        draft_version: r[8],
        draft_received_at: r[9],
        review_version: v?.[0] ?? null,
        review_state: v?.[1] ?? null,
        review_comment: v?.[2] ?? null,
        review_items: v?.[3] ?? null,
        reviewed_by: v?.[4] ?? null,
        reviewed_at: v?.[5] ?? null,
      });
    }
    return {
      participants,
      latest,
      findingsJson: json
        ? byOrg([...findingsJson, ...(unstored ? await this.unstoredFindings(campaignId) : [])])
        : [],
      findings: (opts.findings === "rows" ? (findings!.results as unknown as { j: string }[]) : []).map(
        ({ j }) => {
          const f = JSON.parse(j) as FindingTuple;
          return {
            org_id: f[0],
            code: f[1],
            severity: f[2],
            row: f[3],
            col: f[4],
            message: f[5],
            item_code: f[6],
            activity: f[7],
          };
        },
      ),
      groupOrgs: groupOrgs!.results as unknown as GroupOrgRow[],
    };
  }
  /**
   * The findings of the counted versions without stored findings (too large, or stored before
   * migration 0011) row by row, as the same JSON objects. Rare: only asked when the read above met one.
   */
  private async unstoredFindings(campaignId: string): Promise<FindingsChunk[]> {
    const { results } = await this.db
      .prepare(
        `SELECT r.org_id, json_object('orgId', r.org_id, 'code', f.code, 'severity', f.severity,
           'itemCode', CAST(f.item_code AS TEXT), 'activity', f.activity, 'row', f.row, 'column', f.col,
           'message', f.message) AS j
         FROM campaign_orgs co
         JOIN summary_rows r ON r.campaign_id = co.campaign_id AND r.org_id = co.org_id
         LEFT JOIN submission_findings_json x ON x.submission_id = r.submission_id
         JOIN submission_findings f ON f.submission_id = r.submission_id
         WHERE co.campaign_id = ?1 AND x.findings IS NULL
         ORDER BY r.org_id, f.seq`,
      )
      .bind(campaignId)
      .all<{ org_id: string; j: string }>();
    const encoder = new TextEncoder();
    return results.map((r) => ({ org_id: r.org_id, json: encoder.encode(r.j) }));
  }
}

/** A stored summary row; `findings` only with findings (migration 0011: base64, '' none, null unstored). */
interface StoredSummaryRow {
  org_id: string;
  j: string;
  findings?: string | null;
}

/** Findings in the order of the organisation's id (a stable sort keeps each school's own order). */
const byOrg = (rows: FindingsChunk[]) =>
  rows.sort((a, b) => (a.org_id < b.org_id ? -1 : a.org_id > b.org_id ? 1 : 0));

/** `summary_rows.j`, in the order of migration 0010's json_array. */
type StoredRow = [
  number,
  LatestRow["status"],
  string,
  number,
  number,
  number,
  number,
  string,
  number | null,
  string | null,
];

/** `summary_rows.review`: the school's latest review. */
type StoredReview = [number, "accepted" | "returned", string, string, string, string];

type FindingTuple = [
  string,
  string,
  FindingSummaryRow["severity"],
  number | null,
  string | null,
  string,
  string | null,
  string | null,
];
