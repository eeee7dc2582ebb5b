// The built-in templates as the sidebar lists them, and lookups by id for the server functions.

import type { Template } from "../../../../shared/templates/model.ts";
import { getTemplate, TEMPLATES } from "../../../../shared/templates/registry.ts";
import type { TemplateOption } from "./views.ts";

export function templateOptions(): TemplateOption[] {
  return TEMPLATES.map((t) => ({ id: t.id, version: t.version, name: t.name, kind: t.kind }));
}

export function findTemplate(id: string, version?: number): Template | null {
  return getTemplate(id, version) ?? getTemplate(id) ?? null;
}
