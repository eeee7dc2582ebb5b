/** The fixed time the test world is created at (tokens, memberships, orgs). */
export const NOW = "2026-01-01T00:00:00.000Z";
