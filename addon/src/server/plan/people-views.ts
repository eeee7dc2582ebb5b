// What the sidebar's «Участники организаций» and «API-токены» show: plain data, Russian text already
// filled in, so the sidebar only lays it out.
import type { MemberRole } from "../../../../shared/api/common.ts";

export interface PeopleOrgOption {
  id: string;
  name: string;
  /** 0: an org the user manages directly; 1: one of its children; 2: a grandchild */
  level: 0 | 1 | 2;
}

/** The first load of «Участники организаций»: who asks and which orgs they may pick. */
export interface PeopleView {
  me: string;
  orgs: PeopleOrgOption[];
  roles: { value: MemberRole; text: string }[];
}

export interface MemberLine {
  email: string;
  role: MemberRole;
  roleText: string;
}

export interface MembersView {
  orgId: string;
  orgName: string;
  members: MemberLine[];
  /** what the last action did, in Russian ("" after a plain load) */
  message: string;
}

export interface TokenLine {
  id: string;
  label: string;
  state: "active" | "revoked";
  stateText: string;
  /** «создан …», «использован …» / «отозван …» in the spreadsheet's zone */
  meta: string;
  scopeText: string;
  /** the token of this very request (never for the add-on, which signs in with Google) */
  current: boolean;
}

export interface TokensView {
  email: string;
  tokens: TokenLine[];
  /** the help line: what a new token will reach (the user's memberships now) */
  help: string;
  /** the user's memberships now: «Создать токен» may give a token only some of them */
  scopeChoices: { orgId: string; text: string }[];
  message: string;
}

/** The answer to «Создать токен»: the secret, shown once, and the fresh list. */
export interface CreatedTokenView extends TokensView {
  label: string;
  secret: string;
}
