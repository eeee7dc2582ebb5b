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

/** A school's findings as the API's JSON objects joined by ",", written by SQLite (`read` with findings: "json"). */
export interface FindingJsonRow {
  org_id: string;
  j: string;
}

export interface SummaryRows {
  participants: ParticipantRow[];
  latest: LatestRow[];
  findings: FindingSummaryRow[];
  /** the same findings as JSON text, to splice into the JSON answer unparsed */
  findingsJson?: FindingJsonRow[];
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
      // One row per participant with its stored summary row (migration 0010, kept by triggers) as one
      // JSON text: D1 hands rows to the Worker one object per row and column, and at 10,000 schools
      // that per-row, per-column cost and the search for each school's counted version were most of
      // the read (issue 13).
      this.db
        .prepare(
          `SELECT o.id, o.name, o.path, r.j${json ? ", r.findings" : ""}
           FROM campaign_orgs co JOIN orgs o ON o.id = co.org_id
           LEFT JOIN summary_rows r ON r.campaign_id = co.campaign_id AND r.org_id = co.org_id
           WHERE co.campaign_id = ?1 ORDER BY o.path`,
        )
        .bind(campaignId),
      // Names of the roll-up groups at every depth, through the path index.
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
    // for the JSON answer as the API's objects written by SQLite and spliced in as they are: stored per
    // school in summary_rows.findings (19,000 finding rows at 10,000 schools were most of the read),
    // read row by row only for a school whose findings were too large to store there (NULL).
    const source = (where: string) => `FROM campaign_orgs co
           JOIN summary_rows r ON r.campaign_id = co.campaign_id AND r.org_id = co.org_id
           JOIN submission_findings f ON f.submission_id = r.submission_id
           WHERE co.campaign_id = ?1 ${where}
           ORDER BY r.org_id, f.seq`;
    if (opts.findings === "rows") {
      statements.push(
        this.db
          .prepare(
            `SELECT json_array(r.org_id, f.code, f.severity, f.row, f.col, f.message, f.item_code, f.activity) AS j ${source("")}`,
          )
          .bind(campaignId),
      );
    } else if (json) {
      statements.push(
        this.db
          .prepare(
            // the same json_object as migration 0010's summary_source
            `SELECT r.org_id, json_object('orgId', r.org_id, 'code', f.code, 'severity', f.severity,
               'itemCode', CAST(f.item_code AS TEXT), 'activity', f.activity, 'row', f.row, 'column', f.col,
               'message', f.message) AS j ${source("AND r.findings IS NULL")}`,
          )
          .bind(campaignId),
      );
    }
    const [schools, groupOrgs, findings] = await this.db.batch(statements);
    const participants: ParticipantRow[] = [];
    const latest: LatestRow[] = [];
    const findingsJson: FindingJsonRow[] = [];
    for (const { id, name, path, j, findings: stored } of schools!.results as unknown as SchoolRow[]) {
      participants.push({ id, name, path });
      if (j === null) continue;
      if (stored) findingsJson.push({ org_id: id, j: stored });
      const r = JSON.parse(j) as StoredRow;
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
        review_version: r[10],
        review_state: r[11],
        review_comment: r[12],
        review_items: r[13],
        reviewed_by: r[14],
        reviewed_at: r[15],
      });
    }
    return {
      participants,
      latest,
      findingsJson: json
        ? byOrg([...findingsJson, ...(findings!.results as unknown as FindingJsonRow[])])
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
}

/** A participant with its stored summary row (null: nothing sent yet). */
interface SchoolRow extends ParticipantRow {
  j: string | null;
  /** only read for the JSON with findings: '' none, null too large to store (read row by row) */
  findings?: string | null;
}

/** Findings in the order of the organisation's id (a stable sort keeps each school's own order). */
const byOrg = (rows: FindingJsonRow[]) =>
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
  number | null,
  LatestRow["review_state"],
  string | null,
  string | null,
  string | null,
  string | null,
];

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
