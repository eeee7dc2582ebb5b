// The one file that touches the R2 bucket of raw grids (binding GRIDS). A grid is stored once under
// its version's payload hash (content-addressed: the same payload is the same object), written
// before the D1 batch that commits the version, so a committed version never lacks its grid.

const PREFIX = "grids/";

export interface StoredGrid {
  /** the grid's JSON text, streamed as it was received */
  body: ReadableStream<Uint8Array>;
  size: number;
}

export interface ListedGrid {
  hash: string;
  uploaded: Date;
}

export class GridBucket {
  constructor(private readonly bucket: R2Bucket) {}

  async put(hash: string, gridJson: string): Promise<void> {
    await this.bucket.put(PREFIX + hash, gridJson, {
      httpMetadata: { contentType: "application/json; charset=utf-8" },
    });
  }

  async get(hash: string): Promise<StoredGrid | null> {
    const object = await this.bucket.get(PREFIX + hash);
    return object ? { body: object.body, size: object.size } : null;
  }

  /** The grid as text (tests, the storage measurement); the route streams `get` instead. */
  async text(hash: string): Promise<string | null> {
    const object = await this.bucket.get(PREFIX + hash);
    return object ? object.text() : null;
  }

  /** When the object was last written, or null when there is none. */
  async uploaded(hash: string): Promise<Date | null> {
    const head = await this.bucket.head(PREFIX + hash);
    return head ? head.uploaded : null;
  }

  /** Every stored grid, page by page (R2 lists at most 1,000 keys per call). */
  async *list(): AsyncGenerator<ListedGrid[]> {
    let cursor: string | undefined;
    do {
      const page = await this.bucket.list({ prefix: PREFIX, cursor, limit: 1000 });
      yield page.objects.map((o) => ({ hash: o.key.slice(PREFIX.length), uploaded: o.uploaded }));
      cursor = page.truncated ? page.cursor : undefined;
    } while (cursor);
  }

  async delete(hashes: readonly string[]): Promise<void> {
    if (hashes.length > 0) await this.bucket.delete(hashes.map((h) => PREFIX + h));
  }
}
