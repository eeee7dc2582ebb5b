// The other Apps Script services the add-on uses, in memory and counted: PropertiesService,
// UrlFetchApp (scriptable responses), HtmlService, ScriptApp, Session, Utilities, MailApp,
// LockService, CacheService and Charts.
import { type CallLog, counted } from "./calls.ts";
import { formatDatePattern, zoneOffsetAt } from "./locale.ts";

export class FakeProperties {
  readonly data = new Map<string, string>();
  getProperty(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setProperty(key: string, value: string): this {
    if (String(value).length > 9 * 1024) throw new Error("Exception: Argument too large: value");
    this.data.set(key, String(value));
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
  setProperties(props: Record<string, string>, deleteAllOthers = false): this {
    if (deleteAllOthers) this.data.clear();
    for (const [k, v] of Object.entries(props)) this.setProperty(k, v);
    return this;
  }
  deleteProperty(key: string): this {
    this.data.delete(key);
    return this;
  }
  getKeys(): string[] {
    return [...this.data.keys()];
  }
}

export interface FetchReply {
  status?: number;
  body?: unknown;
  /** a binary body (an XLSX, a CSV with its BOM) exactly as the server sent it; wins over `body` */
  bytes?: Uint8Array;
  contentType?: string;
  /** simulate DNS failure / timeout: fetch throws this message even with muteHttpExceptions */
  throws?: string;
}

export interface FetchRecord {
  url: string;
  method: string;
  headers: Record<string, string>;
  payload: string | undefined;
  contentType: string | undefined;
}

type Handler = (req: FetchRecord) => FetchReply;

export class FakeUrlFetch {
  readonly requests: FetchRecord[] = [];
  private handler: Handler = () => ({ throws: "Address unavailable" });

  /** Scripts the server: every fetch is answered by `handler`. */
  respond(handler: Handler): void {
    this.handler = handler;
  }

  private one(url: string, params: Record<string, unknown> = {}): FakeHttpResponse {
    const req: FetchRecord = {
      url,
      method: String(params.method ?? "get").toLowerCase(),
      headers: (params.headers as Record<string, string>) ?? {},
      payload: params.payload as string | undefined,
      contentType: params.contentType as string | undefined,
    };
    this.requests.push(req);
    const reply = this.handler(req);
    if (reply.throws) throw new Error(`Exception: ${reply.throws}: ${url}`);
    const status = reply.status ?? 200;
    const bytes =
      reply.bytes ??
      new TextEncoder().encode(
        typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body ?? null),
      );
    if (status >= 400 && !params.muteHttpExceptions) {
      const text = new TextDecoder().decode(bytes);
      throw new Error(
        `Exception: Request failed for ${url} returned code ${status}. Truncated server response: ${text.slice(0, 100)}`,
      );
    }
    return new FakeHttpResponse(status, bytes, reply.contentType ?? "application/json");
  }

  fetch(url: string, params?: Record<string, unknown>): FakeHttpResponse {
    return this.one(url, params);
  }

  fetchAll(requests: (string | Record<string, unknown>)[]): FakeHttpResponse[] {
    return requests.map((r) => (typeof r === "string" ? this.one(r) : this.one(String(r.url), r)));
  }
}

/** Java's byte is signed: Apps Script hands bytes out as a plain array of -128…127. */
export function signedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

/**
 * Like Apps Script's HTTPResponse: getContent() and getBlob().getBytes() give a fresh array of signed
 * bytes, getContentText() decodes UTF-8 (a BOM stays, as U+FEFF).
 */
export class FakeHttpResponse {
  constructor(
    private readonly status: number,
    private readonly bytes: Uint8Array,
    private readonly contentType: string,
  ) {}
  getResponseCode(): number {
    return this.status;
  }
  getContentText(): string {
    return new TextDecoder("utf-8", { ignoreBOM: true }).decode(this.bytes);
  }
  getContent(): number[] {
    return signedBytes(this.bytes);
  }
  getBlob() {
    const bytes = this.bytes;
    const type = this.contentType.split(";")[0]!.trim();
    return {
      getBytes: () => signedBytes(bytes),
      getContentType: () => type,
      getDataAsString: () => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes),
    };
  }
  getHeaders(): Record<string, string> {
    return { "Content-Type": this.contentType };
  }
}

/**
 * Utilities.base64Encode: a string (encoded as UTF-8) or a byte array — Java bytes, so a value outside
 * -128…127 (an unsigned byte from a Uint8Array-minded caller) is refused instead of silently wrapped.
 */
export function base64Encode(data: string | ArrayLike<number>): string {
  if (typeof data === "string") return Buffer.from(data, "utf8").toString("base64");
  if (!Array.isArray(data))
    throw new Error(
      "Exception: The parameters (object) don't match the method signature for Utilities.base64Encode.",
    );
  const out = Buffer.alloc(data.length);
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    if (!Number.isInteger(b) || b < -128 || b > 127)
      throw new Error(`Exception: Cannot convert ${b} to byte.`);
    out[i] = b & 0xff;
  }
  return out.toString("base64");
}

export class FakeHtmlOutput {
  private title = "";
  constructor(private readonly content: string) {}
  setTitle(t: string): this {
    this.title = t;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  getContent(): string {
    return this.content;
  }
  setWidth(_w: number): this {
    return this;
  }
  setHeight(_h: number): this {
    return this;
  }
}

export class FakeMail {
  readonly sent: { to: string; subject: string; body: string }[] = [];
  quota = 100;
  sendEmail(
    to: string | { to: string; subject: string; body: string },
    subject?: string,
    body?: string,
  ): void {
    if (this.quota <= 0) throw new Error("Exception: Service invoked too many times for one day: email.");
    this.quota--;
    if (typeof to === "string") this.sent.push({ to, subject: subject ?? "", body: body ?? "" });
    else this.sent.push({ to: to.to, subject: to.subject, body: to.body });
  }
  getRemainingDailyQuota(): number {
    return this.quota;
  }
}

/** Utilities.formatDate: the zone's real offset at that instant (DST included), Sheets' pattern tokens. */
export function formatDate(date: Date, tz: string, pattern: string): string {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
  } catch {
    throw new Error(`fake: unknown time zone ${tz}`);
  }
  const offset = zoneOffsetAt(tz, date);
  const p = (n: number) => String(n).padStart(2, "0");
  const sign = offset < 0 ? "-" : "+";
  const z = `${sign}${p(Math.floor(Math.abs(offset) / 60))}${p(Math.abs(offset) % 60)}`;
  return formatDatePattern(date, tz, pattern.replace("Z", "\u0000")).replace("\u0000", z);
}

export function fakeServices(log: CallLog, files: Record<string, string>) {
  const documentProperties = new FakeProperties();
  const scriptProperties = new FakeProperties();
  const userProperties = new FakeProperties();
  const urlFetch = new FakeUrlFetch();
  const mail = new FakeMail();
  const cache = new Map<string, string>();
  let uuid = 0;
  let locked = false;
  const identity = { token: "fake-id-token" as string | null, email: "metodist@school21.example" };

  const lock = {
    tryLock: (_ms: number) => {
      if (locked) return false;
      locked = true;
      return true;
    },
    waitLock: (_ms: number) => {
      if (locked)
        throw new Error("Exception: Lock timeout: another process was holding the lock for too long.");
      locked = true;
    },
    releaseLock: () => {
      locked = false;
    },
    hasLock: () => locked,
  };

  const globals = {
    PropertiesService: counted(log, "PropertiesService", {
      getDocumentProperties: () => counted(log, "Properties", documentProperties),
      getScriptProperties: () => counted(log, "Properties", scriptProperties),
      getUserProperties: () => counted(log, "Properties", userProperties),
    }),
    UrlFetchApp: counted(log, "UrlFetchApp", {
      fetch: (url: string, params?: Record<string, unknown>) => urlFetch.fetch(url, params),
      fetchAll: (reqs: (string | Record<string, unknown>)[]) => urlFetch.fetchAll(reqs),
    }),
    HtmlService: counted(log, "HtmlService", {
      createHtmlOutputFromFile: (name: string) => {
        const content = files[name];
        if (content === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
        return counted(log, "HtmlOutput", new FakeHtmlOutput(content));
      },
      createHtmlOutput: (html = "") => counted(log, "HtmlOutput", new FakeHtmlOutput(html)),
    }),
    ScriptApp: counted(log, "ScriptApp", {
      getIdentityToken: () => identity.token,
      AuthMode: { NONE: "NONE", LIMITED: "LIMITED", FULL: "FULL" },
    }),
    Session: counted(log, "Session", {
      getActiveUser: () => ({ getEmail: () => identity.email }),
      getEffectiveUser: () => ({ getEmail: () => identity.email }),
      getScriptTimeZone: () => "Europe/Moscow",
    }),
    Utilities: counted(log, "Utilities", {
      getUuid: () => {
        uuid++;
        return `00000000-0000-4000-8000-${String(uuid).padStart(12, "0")}`;
      },
      formatDate,
      sleep: (_ms: number) => undefined,
      // like Apps Script: a plain array of signed bytes (-128…127)
      base64Decode: (s: string) => signedBytes(Buffer.from(s, "base64")),
      base64Encode,
    }),
    MailApp: counted(log, "MailApp", {
      sendEmail: (to: string, subject?: string, body?: string) => mail.sendEmail(to, subject, body),
      getRemainingDailyQuota: () => mail.getRemainingDailyQuota(),
    }),
    LockService: counted(log, "LockService", {
      getDocumentLock: () => counted(log, "Lock", lock),
      getScriptLock: () => counted(log, "Lock", lock),
    }),
    CacheService: counted(log, "CacheService", {
      getDocumentCache: () =>
        counted(log, "Cache", {
          get: (k: string) => cache.get(k) ?? null,
          put: (k: string, v: string) => void cache.set(k, v),
          remove: (k: string) => void cache.delete(k),
        }),
    }),
    Charts: { ChartType: { BAR: "BAR", COLUMN: "COLUMN", PIE: "PIE" } },
  };

  return { globals, documentProperties, urlFetch, mail, identity, lock };
}
