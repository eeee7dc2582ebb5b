import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { MAX_BODY_BYTES } from "../../shared/api/limits.ts";
import { type AuthEnv, authenticate } from "./auth/authenticate.ts";
import { regionEnv } from "./db/region.ts";
import { ApiError } from "./http/api-error.ts";
import { notFound, onError } from "./http/error-handler.ts";
import "./http/zod-locale.ts";
import { campaignChangeRoutes } from "./routes/campaign-changes.ts";
import { campaignRoutes } from "./routes/campaigns.ts";
import { healthRoutes } from "./routes/health.ts";
import { meRoutes } from "./routes/me.ts";
import { orgRoutes } from "./routes/orgs.ts";
import { reviewRoutes } from "./routes/reviews.ts";
import { submissionRoutes } from "./routes/submissions.ts";
import { summaryRoutes } from "./routes/summary.ts";
import { tokenRoutes } from "./routes/tokens.ts";
import { validateRoutes } from "./routes/validate.ts";

// One app: public routes, then everything under /api behind the body limit and authentication.
export const app = new Hono<AuthEnv>()
  .onError(onError)
  .notFound(notFound)
  // The region's database, chosen once per request by host name, before anything reads env.DB.
  .use(async (c, next) => {
    c.env = regionEnv(c.env, new URL(c.req.url).hostname);
    await next();
  })
  .use(
    "/api/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError("payload-too-large", { limit: MAX_BODY_BYTES / 1024 / 1024 });
      },
    }),
  )
  .use("/api/*", authenticate)
  .route("/", healthRoutes)
  .route("/", meRoutes)
  .route("/", orgRoutes)
  .route("/", campaignRoutes)
  .route("/", submissionRoutes)
  .route("/", summaryRoutes)
  .route("/", validateRoutes)
  .route("/", tokenRoutes)
  .route("/", campaignChangeRoutes)
  .route("/", reviewRoutes);

export type App = typeof app;
