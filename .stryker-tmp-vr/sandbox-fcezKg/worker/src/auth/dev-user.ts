import { ApiError } from "../http/api-error.ts";

export const DEV_USER_HEADER = "X-Svodka-Dev-User";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/**
 * Dev mode: the header names the user. Only with DEV_AUTH === "1" and only on a local host, so a
 * deployed worker refuses it even if the variable were set by mistake.
 */
export function devUser(request: Request, devAuth: string | undefined): string | null {
  const header = request.headers.get(DEV_USER_HEADER);
  if (header === null) return null;
  const host = new URL(request.url).hostname;
  if (devAuth !== "1" || !LOCAL_HOSTS.has(host)) throw new ApiError("dev-auth-disabled");
  const email = header.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new ApiError("token-invalid");
  return email;
}
