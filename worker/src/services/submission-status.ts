import type { SubmissionStatus } from "../../../shared/api/submissions.ts";
import { dayEndsAt } from "../../../shared/local-time.ts";

/**
 * When a campaign's due date ends, in its own time zone: a school in Tomsk that sends at 00:30 the
 * day after the due date is late, though it is still the due date in UTC. Computed once per request.
 */
export function dueDateEnds(campaign: { due_date: string; time_zone: string }): number {
  return dayEndsAt(campaign.due_date, campaign.time_zone);
}

/** draft when the engine found blocking errors; late when received after the due date ended (`dueDateEnds`). */
export function submissionStatus(errors: number, receivedAt: string, dueEnds: number): SubmissionStatus {
  if (errors > 0) return "draft";
  return Date.parse(receivedAt) >= dueEnds ? "late" : "submitted";
}
