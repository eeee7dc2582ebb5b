import { app } from "./app.ts";
import type { Env } from "./env.ts";
import { scheduled } from "./scheduled.ts";

export default {
  fetch: (request, env, ctx) => app.fetch(request, env, ctx),
  scheduled: (controller, env, ctx) => ctx.waitUntil(scheduled(controller, env)),
} satisfies ExportedHandler<Env>;
