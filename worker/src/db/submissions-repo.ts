import type { FindingRow, ItemRow, SubmissionRow } from "./rows.ts";
import { storedFindings } from "./stored-findings.ts";

export interface NewSubmission {
  id: string;
  campaignId: string;
  orgId: string;
  payloadHash: string;
  status: SubmissionRow["status"];
  sheetName: string | null;
  submittedBy: string;
  receivedAt: string;
  counts: { error: number; warning: number; info: number };
  completion: { required: number; present: number; done: number };
  /** compact item states for the summary (see services/digest.ts) */
  digest: string;
  items: readonly ItemRow[];
  findings: readonly FindingRow[];
}

export type InsertOutcome =
  | { ok: true; version: number }
  /** `closed`: the campaign was no longer open when the version was inserted; nothing was written */
  | { ok: false; conflict: "id" | "version" | "closed" };

// D1 caps a row (and a bound value) at 2 MB; keep each bulk-insert statement's JSON well below it.
const CHUNK_CHARS = 500_000;

const ITEM_COLUMNS =
  "row, code, template_code, activity, state, status, deadline_kind, deadline_start, deadline_end, actual, actual_value, target_value, target_met";
const FINDING_COLUMNS = "code, severity, row, col, message, params, item_code, activity";
// Everything but the digest (only the summary reads it).
const RECEIPT_COLUMNS =
  "id, campaign_id, org_id, version, payload_hash, status, sheet_name, submitted_by, received_at, errors, warnings, infos, required, present, done, grid_chunks";

/** Rows as JSON arrays, grouped so each group's JSON stays under the chunk size. */
function chunkRows(rows: readonly unknown[][]): { start: number; json: string }[] {
  const out: { start: number; json: string }[] = [];
  let parts: string[] = [];
  let size = 0;
  let start = 0;
  rows.forEach((row, i) => {
    const json = JSON.stringify(row);
    if (size + json.length > CHUNK_CHARS && parts.length > 0) {
      out.push({ start, json: `[${parts.join(",")}]` });
      parts = [];
      size = 0;
      start = i;
    }
    parts.push(json);
    size += json.length + 1;
  });
  if (parts.length > 0) out.push({ start, json: `[${parts.join(",")}]` });
  return out;
}

/** The rows of a version are written only after its submissions row was (the campaign was open). */
const INSERTED = "EXISTS (SELECT 1 FROM submissions WHERE id = ?1)";

/** `json_extract(j.value, '$[0]'), …` for n columns. */
const extract = (n: number) =>
  Array.from({ length: n }, (_, i) => `json_extract(j.value, '$[${i}]')`).join(", ");

export class SubmissionsRepo {
  constructor(private readonly db: D1Database) {}

  /**
   * Store one version atomically (one `batch()` = one transaction). One statement computes the version
   * and inserts it only while the campaign is open, so a close that commits first refuses it however
   * late it arrives; every other row is inserted only when that one was. D1 runs a batch alone, so the
   * version cannot race; UNIQUE(campaign_id, org_id, version) still guards it (a violation rolls the
   * batch back). Every write is an INSERT: nothing is lost.
   */
  async insert(s: NewSubmission): Promise<InsertOutcome> {
    const statements: D1PreparedStatement[] = [];
    statements.push(
      this.db
        .prepare(
          `INSERT INTO submissions (id, campaign_id, org_id, version, payload_hash, status, sheet_name, submitted_by, received_at,
             errors, warnings, infos, required, present, done, grid_chunks, digest)
           SELECT ?1, ?2, ?3,
             (SELECT COALESCE(MAX(version), 0) + 1 FROM submissions WHERE campaign_id = ?2 AND org_id = ?3),
             ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16
           FROM campaigns WHERE id = ?2 AND status = 'open'
           RETURNING version`,
        )
        .bind(
          s.id,
          s.campaignId,
          s.orgId,
          s.payloadHash,
          s.status,
          s.sheetName,
          s.submittedBy,
          s.receivedAt,
          s.counts.error,
          s.counts.warning,
          s.counts.info,
          s.completion.required,
          s.completion.present,
          s.completion.done,
          0, // grid_chunks: the raw grid is in R2 (storage/grid-bucket.ts), written before this batch
          s.digest,
        ),
    );
    const itemRows = s.items.map((i) => [
      i.row,
      i.code,
      i.template_code,
      i.activity,
      i.state,
      i.status,
      i.deadline_kind,
      i.deadline_start,
      i.deadline_end,
      i.actual,
      i.actual_value,
      i.target_value,
      i.target_met,
    ]);
    // One statement per ~500 KB of rows via json_each, instead of one per row (D1 counts statements).
    const bulkInsert = (table: string, columns: string, width: number, rows: unknown[][]) => {
      for (const chunk of chunkRows(rows)) {
        statements.push(
          this.db
            .prepare(
              `INSERT INTO ${table} (submission_id, seq, ${columns}) SELECT ?1, ?2 + j.key, ${extract(width)} FROM json_each(?3) j WHERE ${INSERTED}`,
            )
            .bind(s.id, chunk.start, chunk.json),
        );
      }
    };
    bulkInsert("submission_items", ITEM_COLUMNS, 13, itemRows);
    const findingRows = s.findings.map((f) => [
      f.code,
      f.severity,
      f.row,
      f.col,
      f.message,
      f.params,
      f.item_code,
      f.activity,
    ]);
    bulkInsert("submission_findings", FINDING_COLUMNS, 8, findingRows);
    // the same findings as the summary's JSON, once, for `?include=findings` (migration 0011)
    statements.push(
      this.db
        .prepare(
          `INSERT INTO submission_findings_json (submission_id, findings) SELECT ?1, ?2 WHERE ${INSERTED}`,
        )
        .bind(s.id, storedFindings(s.orgId, s.findings)),
    );
    try {
      const results = await this.db.batch<{ version: number }>(statements);
      const inserted = results[0]!.results[0];
      return inserted ? { ok: true, version: inserted.version } : { ok: false, conflict: "closed" };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/UNIQUE constraint failed: submissions\.id/.test(message)) return { ok: false, conflict: "id" };
      if (/UNIQUE constraint failed: submissions\.campaign_id/.test(message))
        return { ok: false, conflict: "version" };
      throw error;
    }
  }

  get(id: string): Promise<SubmissionRow | null> {
    return this.db
      .prepare(`SELECT ${RECEIPT_COLUMNS} FROM submissions WHERE id = ?`)
      .bind(id)
      .first<SubmissionRow>();
  }

  byVersion(campaignId: string, orgId: string, version: number): Promise<SubmissionRow | null> {
    return this.db
      .prepare(
        `SELECT ${RECEIPT_COLUMNS} FROM submissions WHERE campaign_id = ? AND org_id = ? AND version = ?`,
      )
      .bind(campaignId, orgId, version)
      .first<SubmissionRow>();
  }

  async history(campaignId: string, orgId: string): Promise<SubmissionRow[]> {
    const { results } = await this.db
      .prepare(
        `SELECT ${RECEIPT_COLUMNS} FROM submissions WHERE campaign_id = ? AND org_id = ? ORDER BY version`,
      )
      .bind(campaignId, orgId)
      .all<SubmissionRow>();
    return results;
  }

  /** Items and findings of one submission in one round trip. */
  async contents(id: string): Promise<{ items: ItemRow[]; findings: FindingRow[] }> {
    const [items, findings] = await this.db.batch<ItemRow | FindingRow>([
      this.db
        .prepare(`SELECT ${ITEM_COLUMNS} FROM submission_items WHERE submission_id = ? ORDER BY seq`)
        .bind(id),
      this.db
        .prepare(`SELECT ${FINDING_COLUMNS} FROM submission_findings WHERE submission_id = ? ORDER BY seq`)
        .bind(id),
    ]);
    return { items: items!.results as ItemRow[], findings: findings!.results as FindingRow[] };
  }

  async items(id: string): Promise<ItemRow[]> {
    const { results } = await this.db
      .prepare(`SELECT ${ITEM_COLUMNS} FROM submission_items WHERE submission_id = ? ORDER BY seq`)
      .bind(id)
      .all<ItemRow>();
    return results;
  }

  /**
   * A grid stored in D1 chunks before migration 0006 and not yet moved to R2, or null. New versions
   * keep their grid in R2 only.
   */
  async chunkedGrid(id: string): Promise<string | null> {
    const { results } = await this.db
      .prepare("SELECT data FROM submission_grids WHERE submission_id = ? ORDER BY seq")
      .bind(id)
      .all<{ data: string }>();
    return results.length > 0 ? results.map((r) => r.data).join("") : null;
  }

  /** Submissions whose grid is still chunked in D1 (the one-time mover's work list). */
  async chunkedIds(limit: number): Promise<string[]> {
    const { results } = await this.db
      .prepare("SELECT DISTINCT submission_id FROM submission_grids ORDER BY submission_id LIMIT ?")
      .bind(limit)
      .all<{ submission_id: string }>();
    return results.map((r) => r.submission_id);
  }

  /** Drop a moved grid's chunks; the version row records that its grid now lives in R2. */
  async dropChunks(id: string): Promise<void> {
    await this.db.batch([
      this.db.prepare("DELETE FROM submission_grids WHERE submission_id = ?").bind(id),
      this.db.prepare("UPDATE submissions SET grid_chunks = 0 WHERE id = ?").bind(id),
    ]);
  }

  /** Which of these payload hashes belong to a committed version. */
  async committedHashes(hashes: readonly string[]): Promise<Set<string>> {
    if (hashes.length === 0) return new Set();
    const { results } = await this.db
      .prepare(
        "SELECT DISTINCT payload_hash FROM submissions WHERE payload_hash IN (SELECT value FROM json_each(?))",
      )
      .bind(JSON.stringify(hashes))
      .all<{ payload_hash: string }>();
    return new Set(results.map((r) => r.payload_hash));
  }
}
