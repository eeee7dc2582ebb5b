// The start-up every e2e file shares: the bundled add-on, the tests' own Google (keys and tokens), the
// real worker under `wrangler dev` with the top organisation «Томская область» and its administrator,
// and the blocking HTTP bridge the add-on's UrlFetchApp goes through. `stop()` closes them in the
// reverse order; a start that fails half way closes what it had already started.
import { buildAddon } from "../../addon/fakes/load-addon.ts";
import { type LocalWorker, startLocalWorker } from "./local-worker.ts";
import { SyncHttp } from "./sync-http.ts";
import { startTestGoogle, TEST_AUDIENCE, type TestGoogle } from "./test-google.ts";

export interface E2eWorld {
  /** the built add-on's folder */
  dist: string;
  google: TestGoogle;
  worker: LocalWorker;
  http: SyncHttp;
  stop: () => Promise<void>;
}

export async function startE2eWorld(o: {
  /** the administrator of the top organisation «tomsk» */
  adminEmail: string;
  /** the worker address built into the add-on, as a department deploys it (absent: none) */
  publicUrl?: string;
}): Promise<E2eWorld> {
  const dist = await buildAddon(o.publicUrl);
  const google = await startTestGoogle();
  let worker: LocalWorker;
  try {
    worker = await startLocalWorker({
      jwksUrl: google.jwksUrl,
      audiences: TEST_AUDIENCE,
      root: { id: "tomsk", name: "Томская область", kind: "region", adminEmail: o.adminEmail },
    });
  } catch (e) {
    await google.close();
    throw e;
  }
  const http = new SyncHttp();
  return {
    dist,
    google,
    worker,
    http,
    stop: async () => {
      await http.close();
      await worker.stop();
      await google.close();
    },
  };
}
