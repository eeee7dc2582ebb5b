// One worked example per route for the API reference (/docs, /openapi.json): a request body where the
// route takes one, and the success response. tests/worker/public-routes.test.ts parses each with the
// route's own schemas, so an example cannot drift from the contract.
import type { RouteId } from "./routes.ts";

const CAMPAIGN = {
  id: "c-2024",
  orgId: "uo-strezhevoy",
  name: "Наставничество педагогов, отчёт за 2023-2024 уч. г.",
  templateId: "school-roadmap",
  templateVersion: 1,
  period: { start: "2023-09-01", end: "2024-08-31" },
  reportDate: "2024-05-31",
  dueDate: "2024-06-10",
  status: "open",
  createdAt: "2024-05-01T09:00:00.000Z",
  closedAt: null,
};
const SUBMISSION_ID = "3f1c2a9e-8b7d-4c21-9a55-0e6f4b2d1c77";
const RECEIPT = {
  submissionId: SUBMISSION_ID,
  campaignId: "c-2024",
  orgId: "school-21",
  version: 2,
  receivedAt: "2024-05-20T07:30:00.000Z",
  status: "submitted",
  counts: { error: 0, warning: 2, info: 1 },
  completion: { required: 12, present: 12, done: 9 },
};
const GRID = [
  ["Дорожная карта реализации целевой модели наставничества на 2023-2024 учебный год", null, null, null],
  ["№", "Мероприятие", "Срок", "Статус"],
  ["1", "Издание приказа о внедрении целевой модели наставничества", "сентябрь 2023", "выполнено"],
];
const FINDING = {
  code: "overdue",
  severity: "warning",
  row: 7,
  column: "C",
  message: "Срок «апрель» прошёл, а пункт не выполнен.",
  params: { deadline: "апрель" },
};
const ITEM = {
  row: 3,
  code: "1",
  templateCode: "1",
  activity: "Издание приказа о внедрении целевой модели наставничества",
  state: "done",
  status: "выполнено",
  deadline: { kind: "month", start: "2023-09-01", end: "2023-09-30" },
  actual: "",
  targetMet: null,
};
const REPORT = {
  template: "school-roadmap",
  templateVersion: 1,
  title: "Дорожная карта реализации целевой модели наставничества на 2023-2024 учебный год",
  period: { start: "2023-09-01", end: "2024-08-31" },
  headerRow: 2,
  counts: { error: 0, warning: 1, info: 0 },
  completion: { required: 12, present: 12, done: 9 },
  findings: [FINDING],
  items: [ITEM],
};
const ORG = { id: "school-21", parentId: "uo-strezhevoy", name: "МОУ СОШ № 21", kind: "school" };
const MEMBER = { orgId: "school-21", email: "uvr@school21.example.ru", role: "school" };
const TOKEN = {
  id: "a1b2c3d4e5f60718",
  email: "analyst@uo.example.ru",
  label: "выгрузка сводки в 1С",
  createdAt: "2024-05-01T09:00:00.000Z",
  createdBy: "analyst@uo.example.ru",
  lastUsedAt: null,
  revokedAt: null,
  revokedBy: null,
  current: false,
  scope: [{ orgId: "uo-strezhevoy", role: "department" }],
};
const INVITATION = {
  id: "9f2c4e7a1b3d5f6e8a0c",
  campaignId: "c-2024",
  orgId: "school-21",
  orgName: "МОУ СОШ № 21",
  email: "uvr@school21.example.ru",
  state: "active",
  expiresAt: "2024-06-10T00:00:00.000Z",
  createdBy: "uo@uo.example.ru",
  createdAt: "2024-05-01T09:00:00.000Z",
  revokedAt: null,
  uses: [
    {
      kind: "join",
      email: "uvr@school21.example.ru",
      submissionId: null,
      usedAt: "2024-05-02T10:00:00.000Z",
    },
  ],
};

const REVIEW = {
  id: "7d3e5f9a-1b2c-4d6e-8f0a-2b4c6d8e0f1a",
  campaignId: "c-2024",
  orgId: "school-21",
  seq: 1,
  version: 2,
  submissionId: SUBMISSION_ID,
  state: "returned",
  comment: "Добавьте ссылки на приказы",
  items: [{ code: "1", comment: "нет ссылки" }],
  reviewedBy: "uo@uo.example.ru",
  reviewedAt: "2024-05-21T09:00:00.000Z",
};

export const ROUTE_EXAMPLES: Record<RouteId, { request?: unknown; response: unknown }> = {
  health: { response: { ok: true, service: "svodka", version: "0.1.0" } },
  me: {
    response: {
      email: "uvr@school21.example.ru",
      via: "google",
      memberships: [{ orgId: "school-21", orgName: "МОУ СОШ № 21", kind: "school", role: "school" }],
    },
  },
  templates: {
    response: {
      templates: [
        { id: "school-roadmap", version: 1, name: "Дорожная карта школы", kind: "roadmap", level: "school" },
      ],
    },
  },
  createOrg: {
    request: { parentId: "uo-strezhevoy", name: "МОУ СОШ № 21", kind: "school", id: "school-21" },
    response: ORG,
  },
  getOrg: {
    response: {
      id: "uo-strezhevoy",
      parentId: "tomsk",
      name: "Управление образования г. Стрежевой",
      kind: "municipality",
      children: [ORG],
    },
  },
  listMembers: { response: { members: [MEMBER] } },
  addMember: { request: { email: "uvr@school21.example.ru", role: "school" }, response: MEMBER },
  changeMemberRole: { request: { role: "department" }, response: { ...MEMBER, role: "department" } },
  removeMember: { response: MEMBER },
  listTokens: { response: { email: "analyst@uo.example.ru", tokens: [TOKEN] } },
  createToken: {
    request: { label: "выгрузка сводки в 1С" },
    response: { ...TOKEN, current: false, token: `svk_${"x".repeat(43)}` },
  },
  revokeToken: { response: { ...TOKEN, revokedAt: "2024-06-01T09:00:00.000Z", revokedBy: TOKEN.email } },
  listCampaigns: { response: { campaigns: [CAMPAIGN] } },
  createCampaign: {
    request: {
      orgId: "uo-strezhevoy",
      name: CAMPAIGN.name,
      templateId: "school-roadmap",
      templateVersion: 1,
      period: CAMPAIGN.period,
      reportDate: "2024-05-31",
      dueDate: "2024-06-10",
      participants: ["school-21", "school-5"],
    },
    response: { ...CAMPAIGN, participants: ["school-21", "school-5"] },
  },
  getCampaign: { response: { ...CAMPAIGN, participants: ["school-21", "school-5"] } },
  closeCampaign: {
    request: { reason: "приём отчётов за 2023-2024 уч. г. завершён" },
    response: {
      ...CAMPAIGN,
      status: "closed",
      closedAt: "2024-06-11T00:00:00.000Z",
      participants: ["school-21"],
    },
  },
  submit: {
    request: { submissionId: SUBMISSION_ID, grid: GRID, sheetName: "Дорожная карта" },
    response: RECEIPT,
  },
  history: {
    response: { campaignId: "c-2024", orgId: "school-21", versions: [{ ...RECEIPT, version: 1 }, RECEIPT] },
  },
  diff: {
    response: {
      campaignId: "c-2024",
      orgId: "school-21",
      from: 1,
      to: 2,
      added: [],
      removed: [],
      changed: [
        {
          key: "1",
          before: { ...ITEM, state: "in-progress", status: "в работе" },
          after: ITEM,
          fields: ["status", "state"],
        },
      ],
    },
  },
  getSubmission: {
    response: {
      ...RECEIPT,
      sheetName: "Дорожная карта",
      submittedBy: "uvr@school21.example.ru",
      findings: [FINDING],
      items: [ITEM],
    },
  },
  getSubmissionGrid: { response: { submissionId: SUBMISSION_ID, sheetName: "Дорожная карта", grid: GRID } },
  summary: {
    response: {
      campaign: CAMPAIGN,
      generatedAt: "2024-06-01T06:00:00.000Z",
      counts: { total: 2, notSubmitted: 1, draft: 0, submitted: 1, late: 0 },
      orgs: [
        {
          orgId: "school-21",
          name: "МОУ СОШ № 21",
          groupId: "uo-strezhevoy",
          status: "submitted",
          version: 2,
          receivedAt: "2024-05-20T07:30:00.000Z",
          errors: 0,
          warnings: 2,
          completion: { done: 9, required: 12 },
          missing: [],
          overdue: ["6"],
          targetsNotMet: [],
        },
      ],
      items: [
        {
          code: "1",
          activity: ITEM.activity,
          required: true,
          done: 1,
          overdue: 0,
          missing: 0,
          inProgress: 0,
          notStarted: 0,
          actualTotal: null,
          targetTotal: null,
          targetsMet: 0,
          targetsNotMet: 0,
        },
      ],
      groups: [
        {
          orgId: "uo-strezhevoy",
          name: "Управление образования г. Стрежевой",
          counts: { total: 2, notSubmitted: 1, draft: 0, submitted: 1, late: 0 },
          completion: { done: 9, required: 24 },
          overdue: 1,
          missing: 0,
        },
      ],
    },
  },
  validate: { request: { templateId: "school-roadmap", grid: GRID, asOf: "2024-05-31" }, response: REPORT },
  // issue 9's routes
  updateCampaign: {
    request: { dueDate: "2024-06-17", reason: "продлили по просьбе школ" },
    response: { ...CAMPAIGN, dueDate: "2024-06-17", participants: ["school-21"] },
  },
  changeParticipants: {
    request: { add: ["school-5"], remove: [], reason: "школа открылась в сентябре" },
    response: { ...CAMPAIGN, participants: ["school-21", "school-5"] },
  },
  reopenCampaign: {
    request: { reason: "одна школа не успела" },
    response: { ...CAMPAIGN, participants: ["school-21"] },
  },
  campaignChanges: {
    response: {
      campaignId: "c-2024",
      createdAt: "2024-05-01T09:00:00.000Z",
      createdBy: "uo@uo.example.ru",
      events: [
        {
          seq: 1,
          at: "2024-06-05T09:00:00.000Z",
          by: "uo@uo.example.ru",
          kind: "due-date",
          from: "2024-06-10",
          to: "2024-06-17",
          orgIds: [],
          reason: "продлили по просьбе школ",
        },
      ],
    },
  },
  createReview: {
    request: {
      version: 2,
      state: "returned",
      comment: "Добавьте ссылки на приказы",
      items: [{ code: "1", comment: "нет ссылки" }],
    },
    response: REVIEW,
  },
  listReviews: {
    response: {
      campaignId: "c-2024",
      orgId: "school-21",
      state: "returned",
      countedVersion: 2,
      reviews: [REVIEW],
    },
  },
  createInvitations: {
    request: { schools: [{ orgId: "school-21", email: "uvr@school21.example.ru" }], expiresInDays: 30 },
    response: {
      invitations: [
        {
          ...INVITATION,
          uses: [],
          code: "KP7M-4XQ2",
          link: "https://svodka.example.ru/i/Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3Jh",
        },
      ],
    },
  },
  listInvitations: { response: { invitations: [INVITATION] } },
  revokeInvitation: {
    response: { ...INVITATION, state: "revoked", revokedAt: "2024-05-03T09:00:00.000Z" },
  },
  join: {
    request: { code: "KP7M-4XQ2" },
    response: {
      orgId: "school-21",
      orgName: "МОУ СОШ № 21",
      campaign: { ...CAMPAIGN, participants: ["school-21"] },
    },
  },
  invitationPage: {
    response: {
      orgName: "МОУ СОШ № 21",
      campaignName: CAMPAIGN.name,
      templateName: "Дорожная карта школы",
      dueDate: "2024-06-10",
      expiresAt: "2024-06-10T00:00:00.000Z",
      uploaded: false,
    },
  },
  invitationCheck: { response: REPORT },
  invitationSubmit: { response: RECEIPT },
};
