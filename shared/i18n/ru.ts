// Every Russian string of the product lives under shared/i18n; this file gathers them.
export { FINDING_MESSAGES } from "./ru-findings.ts";
