import { createLocalJWKSet, errors, type JSONWebKeySet, type JWSHeaderParameters } from "jose";

export interface JwksCacheOptions {
  fetch?: typeof fetch;
  now?: () => number;
  /** used when the response has no Cache-Control max-age */
  defaultTtlMs?: number;
  /** least time between two refetches caused by unknown key ids (stops random-kid floods) */
  refetchCooldownMs?: number;
}

/**
 * Google's key set, fetched once per isolate and kept until its Cache-Control max-age. A token with
 * an unknown `kid` (Google rotated keys) triggers one refetch, at most once per cooldown.
 */
export class JwksCache {
  #keys: ReturnType<typeof createLocalJWKSet> | null = null;
  #expiresAt = 0;
  #fetchedAt = Number.NEGATIVE_INFINITY;
  #inflight: Promise<void> | null = null;
  readonly #fetch: typeof fetch;
  readonly #now: () => number;
  readonly #ttl: number;
  readonly #cooldown: number;

  constructor(
    readonly url: string,
    options: JwksCacheOptions = {},
  ) {
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    // Read the clock through Date at each call (so fake timers in tests apply).
    this.#now = options.now ?? (() => Date.now());
    this.#ttl = options.defaultTtlMs ?? 60 * 60 * 1000;
    this.#cooldown = options.refetchCooldownMs ?? 30 * 1000;
  }

  /** A key resolver for `jwtVerify`. */
  readonly resolve = async (header: JWSHeaderParameters): Promise<CryptoKey> => {
    if (!this.#keys || this.#now() >= this.#expiresAt) await this.#refresh();
    try {
      return await this.#keys!(header);
    } catch (error) {
      const unknownKid = error instanceof errors.JWKSNoMatchingKey;
      if (!unknownKid || this.#now() - this.#fetchedAt < this.#cooldown) throw error;
      await this.#refresh();
      return await this.#keys!(header);
    }
  };

  #refresh(): Promise<void> {
    // Concurrent requests share one fetch.
    this.#inflight ??= this.#load().finally(() => {
      this.#inflight = null;
    });
    return this.#inflight;
  }

  async #load(): Promise<void> {
    const response = await this.#fetch(this.url, { headers: { accept: "application/json" } });
    if (!response.ok) throw new errors.JWKSInvalid(`key set fetch failed: ${response.status}`);
    const jwks = (await response.json()) as JSONWebKeySet;
    if (!jwks || !Array.isArray(jwks.keys)) throw new errors.JWKSInvalid("key set has no keys");
    const maxAge = /max-age=(\d+)/.exec(response.headers.get("cache-control") ?? "");
    this.#keys = createLocalJWKSet(jwks);
    this.#fetchedAt = this.#now();
    this.#expiresAt = this.#fetchedAt + (maxAge ? Number(maxAge[1]) * 1000 : this.#ttl);
  }
}

// Module scope: survives across requests in one isolate.
const caches = new Map<string, JwksCache>();

export function jwksFor(url: string): JwksCache {
  let cache = caches.get(url);
  if (!cache) {
    cache = new JwksCache(url);
    caches.set(url, cache);
  }
  return cache;
}
