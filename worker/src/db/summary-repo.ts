// The department's summary is one batch (one round trip): each participant with the version that
// counts and its stored item digest, the roll-up group names, and (only when asked) the findings.
// No grid is re-validated and no item row is scanned.

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

export interface SummaryRows {
  participants: ParticipantRow[];
  latest: LatestRow[];
  findings: FindingSummaryRow[];
  /** the campaign's organisation and every non-school organisation under it (issue 9) */
  groupOrgs?: GroupOrgRow[];
}

export class SummaryRepo {
  constructor(private readonly db: D1Database) {}

  /**
   * `findings`: also read every finding of every counted version (the «Замечания» sheet and the XLSX
   * export ask for them; the default JSON summary does not — at 10,000 schools they were most of its cost).
   */
  async read(campaignId: string, opts: { findings: boolean }): Promise<SummaryRows> {
    const statements = [
      // Every participant with what counts for it, in one result (one row per school: what D1 hands
      // back costs per row, so participants and their versions are not two lists). What counts: its
      // latest submitted (non-draft) version, or its latest draft when it never submitted one; a draft
      // newer than the counted version is reported beside it. Each a lookup per school in the
      // UNIQUE(campaign_id, org_id, version) index (a GROUP BY subquery here was scanned once per
      // school: SQLite builds no index on it in a LEFT JOIN); the review is the school's latest.
      this.db
        .prepare(
          `SELECT o.id, o.name, o.path,
                  s.version, s.status, s.received_at, s.errors, s.warnings, s.required, s.done, s.digest,
                  d.version AS draft_version, d.received_at AS draft_received_at,
                  r.version AS review_version, r.state AS review_state, r.comment AS review_comment,
                  r.item_comments AS review_items, r.reviewed_by, r.reviewed_at
           FROM campaign_orgs co
           JOIN orgs o ON o.id = co.org_id
           LEFT JOIN submissions s
             ON s.campaign_id = ?1 AND s.org_id = co.org_id AND s.version = COALESCE(
               (SELECT MAX(version) FROM submissions
                WHERE campaign_id = ?1 AND org_id = co.org_id AND status <> 'draft'),
               (SELECT MAX(version) FROM submissions WHERE campaign_id = ?1 AND org_id = co.org_id))
           LEFT JOIN submissions d
             ON d.campaign_id = ?1 AND d.org_id = co.org_id AND d.version > s.version
            AND d.version = (SELECT MAX(version) FROM submissions WHERE campaign_id = ?1 AND org_id = co.org_id)
           LEFT JOIN reviews r
             ON r.campaign_id = ?1 AND r.org_id = co.org_id
            AND r.seq = (SELECT MAX(seq) FROM reviews WHERE campaign_id = ?1 AND org_id = co.org_id)
           WHERE co.campaign_id = ?1
           ORDER BY o.path`,
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
    if (opts.findings) {
      statements.push(
        // Every finding of each counted version with the item it is about, stored on the finding row
        // (migration 0008; no join with the items): the rows of the department's «Замечания».
        this.db
          .prepare(
            `SELECT s.org_id, f.code, f.severity, f.row, f.col, f.message, f.item_code, f.activity
           FROM (SELECT org_id, COALESCE(MAX(CASE WHEN status <> 'draft' THEN version END), MAX(version)) AS v
                 FROM submissions WHERE campaign_id = ?1 GROUP BY org_id) m
           JOIN submissions s ON s.campaign_id = ?1 AND s.org_id = m.org_id AND s.version = m.v
           JOIN submission_findings f ON f.submission_id = s.id
           ORDER BY s.org_id, f.seq`,
          )
          .bind(campaignId),
      );
    }
    const [joined, groupOrgs, findings] = await this.db.batch(statements);
    const participants: ParticipantRow[] = [];
    const latest: LatestRow[] = [];
    // each row serves as both (no copies: 10,000 schools are 10,000 rows)
    for (const row of joined!.results as unknown as (ParticipantRow & LatestRow)[]) {
      participants.push(row);
      if (row.version !== null) {
        row.org_id = row.id;
        latest.push(row);
      }
    }
    return {
      participants,
      latest,
      findings: (findings?.results ?? []) as unknown as FindingSummaryRow[],
      groupOrgs: groupOrgs!.results as unknown as GroupOrgRow[],
    };
  }
}
