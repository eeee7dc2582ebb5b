// The worker's address, built into the add-on (`SVODKA_WORKER_URL=https://… npm run build:addon`), so
// a methodist never types a server address. Empty in a build without it (local development), where
// the sidebar's «Настройки» asks for one.
declare const __SVODKA_WORKER_URL__: string;

export const BUILT_IN_WORKER_URL: string =
  typeof __SVODKA_WORKER_URL__ === "string" ? __SVODKA_WORKER_URL__ : "";
