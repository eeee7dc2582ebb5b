import type { SubmissionStatus } from "../../../shared/api/submissions.ts";

/** draft when the engine found blocking errors; late when received after the (inclusive, UTC) due date. */
export function submissionStatus(errors: number, receivedAt: string, dueDate: string): SubmissionStatus {
  if (errors > 0) return "draft";
  return receivedAt.slice(0, 10) > dueDate ? "late" : "submitted";
}
