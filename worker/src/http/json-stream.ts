const encoder = new TextEncoder();

/**
 * `head + middle + tail` as one byte stream, so a stored JSON document of megabytes can be wrapped in
 * an envelope without reading it into memory, parsing or re-serialising it.
 */
export function wrapJson(
  head: string,
  middle: ReadableStream<Uint8Array> | string,
  tail: string,
): ReadableStream<Uint8Array> | string {
  if (typeof middle === "string") return `${head}${middle}${tail}`;
  const reader = middle.getReader();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(head));
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (!done) return controller.enqueue(value);
      controller.enqueue(encoder.encode(tail));
      controller.close();
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
