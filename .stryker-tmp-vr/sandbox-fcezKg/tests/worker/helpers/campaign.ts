import { expect } from "vitest";
import type { Campaign, Receipt } from "../../../shared/api/index.ts";
import { call, json } from "./call.ts";
import { PERIOD, TEMPLATE_ID } from "./grids.ts";

export async function openCampaign(
  token: string,
  orgId: string,
  extra: Record<string, unknown> = {},
): Promise<Campaign> {
  const res = await call("POST", "/api/v1/campaigns", {
    token,
    body: {
      orgId,
      name: "Дорожная карта ЦМН, отчёт за 2023 год",
      templateId: TEMPLATE_ID,
      templateVersion: 1,
      period: PERIOD,
      reportDate: "2023-12-31",
      dueDate: "2099-12-31",
      ...extra,
    },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return json<Campaign>(res);
}

export async function submitGrid(
  token: string,
  campaignId: string,
  grid: unknown,
  extra: Record<string, unknown> = {},
): Promise<{ status: number; body: Receipt & { code?: string } }> {
  const res = await call("POST", `/api/v1/campaigns/${campaignId}/submissions`, {
    token,
    body: { submissionId: crypto.randomUUID(), grid, ...extra },
  });
  return { status: res.status, body: await json<Receipt & { code?: string }>(res) };
}
