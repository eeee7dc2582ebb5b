// The worker under load: scripts/support/local-worker.ts's `wrangler dev` with dev mode on for this
// process only (DEV_AUTH: users are named by the X-Svodka-Dev-User header), on a fresh database whose
// root is a region. `kill` and `restart` are the crash run's.
import { startWranglerDev, type WranglerDev } from "../support/local-worker.ts";

export type LoadWorker = WranglerDev;

export function startLoadWorker(root: { id: string; name: string; adminEmail: string }): Promise<LoadWorker> {
  return startWranglerDev({ vars: { DEV_AUTH: "1" }, root: { ...root, kind: "region" } });
}
