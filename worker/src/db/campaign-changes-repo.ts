import type { CampaignEventKind } from "../../../shared/api/campaign-changes.ts";

// Changes to a running campaign: each write is one batch (one transaction) of the change and its
// event row, so the history never misses or invents a change.

export interface CampaignEventRow {
  seq: number;
  at: string;
  by_email: string;
  kind: CampaignEventKind;
  from_value: string | null;
  to_value: string | null;
  org_ids: string;
  reason: string | null;
}

export interface NewEvent {
  kind: CampaignEventKind;
  from?: string | null;
  to?: string | null;
  orgIds?: readonly string[];
  reason?: string | null;
}

const FIELD = {
  renamed: "name",
  "due-date": "due_date",
  "report-date": "report_date",
  "time-zone": "time_zone",
} as const;

export class CampaignChangesRepo {
  constructor(private readonly db: D1Database) {}

  /**
   * The event, appended with the next number; with `onlyIfChanged` it is written only when the
   * statement just before it in the batch changed a row (a second «close» records nothing).
   */
  private event(campaignId: string, by: string, now: string, e: NewEvent, onlyIfChanged = false) {
    return this.db
      .prepare(
        `INSERT INTO campaign_events (campaign_id, seq, at, by_email, kind, from_value, to_value, org_ids, reason)
         SELECT ?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM campaign_events WHERE campaign_id = ?1),
                ?2, ?3, ?4, ?5, ?6, ?7, ?8
         WHERE ?9 = 0 OR changes() > 0`,
      )
      .bind(
        campaignId,
        now,
        by,
        e.kind,
        e.from ?? null,
        e.to ?? null,
        JSON.stringify(e.orgIds ?? []),
        e.reason ?? null,
        onlyIfChanged ? 1 : 0,
      );
  }

  /** Rename / move dates: one UPDATE and one event per changed field. */
  async update(
    campaignId: string,
    by: string,
    now: string,
    changes: readonly { kind: keyof typeof FIELD; from: string; to: string; reason?: string | null }[],
  ): Promise<void> {
    if (changes.length === 0) return;
    const statements: D1PreparedStatement[] = [];
    for (const ch of changes) {
      statements.push(
        this.db.prepare(`UPDATE campaigns SET ${FIELD[ch.kind]} = ?2 WHERE id = ?1`).bind(campaignId, ch.to),
        this.event(campaignId, by, now, ch),
      );
    }
    await this.db.batch(statements);
  }

  async participants(
    campaignId: string,
    by: string,
    now: string,
    add: readonly string[],
    remove: readonly string[],
    reason: string | null,
  ): Promise<void> {
    const statements: D1PreparedStatement[] = [];
    if (add.length > 0) {
      statements.push(
        this.db
          .prepare(
            "INSERT OR IGNORE INTO campaign_orgs (campaign_id, org_id) SELECT ?, value FROM json_each(?)",
          )
          .bind(campaignId, JSON.stringify(add)),
        this.event(campaignId, by, now, { kind: "participants-added", orgIds: add, reason }),
      );
    }
    if (remove.length > 0) {
      // only the membership in the campaign goes; the organisation's submissions stay
      statements.push(
        this.db
          .prepare(
            "DELETE FROM campaign_orgs WHERE campaign_id = ? AND org_id IN (SELECT value FROM json_each(?))",
          )
          .bind(campaignId, JSON.stringify(remove)),
        this.event(campaignId, by, now, { kind: "participants-removed", orgIds: remove, reason }),
      );
    }
    if (statements.length > 0) await this.db.batch(statements);
  }

  /**
   * Close or reopen; nothing (not even an event) when it already is in that state. After a close
   * commits no version is inserted (the insert checks the status in its own statement), and
   * `closed_at` is never earlier than a version already received: "received after the close" means
   * refused.
   */
  async setStatus(
    campaignId: string,
    by: string,
    now: string,
    status: "open" | "closed",
    reason: string | null,
  ): Promise<void> {
    const update =
      status === "closed"
        ? this.db
            .prepare(
              `UPDATE campaigns SET status = 'closed',
                 closed_at = MAX(?2, COALESCE((SELECT MAX(received_at) FROM submissions WHERE campaign_id = ?1), ?2))
               WHERE id = ?1 AND status = 'open'`,
            )
            .bind(campaignId, now)
        : this.db
            .prepare(
              "UPDATE campaigns SET status = 'open', closed_at = NULL WHERE id = ?1 AND status = 'closed'",
            )
            .bind(campaignId);
    await this.db.batch([
      update,
      this.event(campaignId, by, now, { kind: status === "closed" ? "closed" : "reopened", reason }, true),
    ]);
  }

  async events(campaignId: string): Promise<CampaignEventRow[]> {
    const { results } = await this.db
      .prepare(
        "SELECT seq, at, by_email, kind, from_value, to_value, org_ids, reason FROM campaign_events WHERE campaign_id = ? ORDER BY seq",
      )
      .bind(campaignId)
      .all<CampaignEventRow>();
    return results;
  }
}
