// The worker ↔ add-on contract: zod schemas, route paths, limits and error codes.

export * from "./campaign-changes.ts";
export * from "./campaigns.ts";
export * from "./common.ts";
export * from "./errors.ts";
export * from "./invitations.ts";
export * from "./limits.ts";
export * from "./orgs.ts";
export * from "./report.ts";
export * from "./reviews.ts";
export * from "./routes.ts";
export * from "./submissions.ts";
export * from "./summary.ts";
export * from "./tokens.ts";
export * from "./validate.ts";
