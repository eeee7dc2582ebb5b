// The department's summary reads stored per-item states: one batch (one round trip) of four queries
// over the latest version of each organisation; no grid is re-validated.

export interface ParticipantRow {
  id: string;
  name: string;
  path: string;
}

export interface LatestRow {
  id: string;
  org_id: string;
  version: number;
  status: "draft" | "submitted" | "late";
  received_at: string;
  errors: number;
  warnings: number;
  required: number;
  present: number;
  done: number;
}

export interface ItemAggregateRow {
  template_code: string;
  done: number;
  overdue: number;
  missing: number;
  in_progress: number;
  not_started: number;
  actual_total: number | null;
  target_total: number | null;
  met: number;
  not_met: number;
}

export interface FlaggedRow {
  org_id: string;
  template_code: string | null;
  code: string | null;
  activity: string;
  state: string;
  target_met: number | null;
}

export interface SummaryRows {
  participants: ParticipantRow[];
  latest: LatestRow[];
  items: ItemAggregateRow[];
  flagged: FlaggedRow[];
}

// The latest version per organisation, found through the UNIQUE(campaign_id, org_id, version) index.
const LATEST = `WITH latest AS (
    SELECT s.id, s.org_id FROM submissions s
    JOIN (SELECT org_id, MAX(version) AS version FROM submissions WHERE campaign_id = ?1 GROUP BY org_id) m
      ON s.campaign_id = ?1 AND s.org_id = m.org_id AND s.version = m.version)`;

export class SummaryRepo {
  constructor(private readonly db: D1Database) {}

  async read(campaignId: string): Promise<SummaryRows> {
    const [participants, latest, items, flagged] = await this.db.batch([
      this.db
        .prepare(
          "SELECT o.id, o.name, o.path FROM campaign_orgs co JOIN orgs o ON o.id = co.org_id WHERE co.campaign_id = ?1 ORDER BY o.path",
        )
        .bind(campaignId),
      this.db
        .prepare(
          `${LATEST} SELECT s.id, s.org_id, s.version, s.status, s.received_at, s.errors, s.warnings, s.required, s.present, s.done
           FROM latest l JOIN submissions s ON s.id = l.id`,
        )
        .bind(campaignId),
      this.db
        .prepare(
          `${LATEST} SELECT i.template_code,
             SUM(i.state = 'done') AS done, SUM(i.state = 'overdue') AS overdue, SUM(i.state = 'missing') AS missing,
             SUM(i.state = 'in-progress') AS in_progress, SUM(i.state = 'not-started') AS not_started,
             SUM(i.actual_value) AS actual_total, SUM(i.target_value) AS target_total,
             SUM(i.target_met = 1) AS met, SUM(i.target_met = 0) AS not_met
           FROM latest l JOIN submission_items i ON i.submission_id = l.id
           WHERE i.template_code IS NOT NULL GROUP BY i.template_code`,
        )
        .bind(campaignId),
      this.db
        .prepare(
          `${LATEST} SELECT l.org_id, i.template_code, i.code, i.activity, i.state, i.target_met
           FROM latest l JOIN submission_items i ON i.submission_id = l.id
           WHERE i.state IN ('missing', 'overdue') OR i.target_met = 0 ORDER BY l.org_id, i.seq`,
        )
        .bind(campaignId),
    ]);
    return {
      participants: participants!.results as unknown as ParticipantRow[],
      latest: latest!.results as unknown as LatestRow[],
      items: items!.results as unknown as ItemAggregateRow[],
      flagged: flagged!.results as unknown as FlaggedRow[],
    };
  }
}
