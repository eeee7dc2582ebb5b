import type { MemberRole, OrgKind } from "../../../shared/api/common.ts";

export interface Membership {
  orgId: string;
  orgName: string;
  kind: OrgKind;
  /** materialised path of the org ('/region/municipality/') */
  path: string;
  role: MemberRole;
}

/** Who is calling, and through what. */
export interface Principal {
  email: string;
  /** "invitation": a school-scoped invitation link (the page's upload), no account at all */
  via: "google" | "api-token" | "dev" | "invitation";
  /** the id of the API token this request came with */
  tokenId?: string;
  memberships: Membership[];
}
