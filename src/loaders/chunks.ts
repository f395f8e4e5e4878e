/** The pieces of a stream, read the same way from a web stream or an async iterable. */

/** What a stream may carry: bytes (UTF-8) or text already decoded. */
export type StreamChunk = Uint8Array | string;

/** A web `ReadableStream` (`response.body`, `TextDecoderStream`) or any async iterable (a Node stream). */
export type ChunkSource = ReadableStream<StreamChunk> | AsyncIterable<StreamChunk>;

/**
 * The chunks of `source`. A web stream is read through its reader (not every browser iterates
 * one) and cancelled when the reading stops early or `signal` aborts.
 */
export async function* chunksOf(
  source: ChunkSource,
  signal?: AbortSignal,
): AsyncGenerator<StreamChunk, void, undefined> {
  if (!('getReader' in source)) {
    yield* source;
    return;
  }
  const reader = source.getReader();
  const cancel = () => reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield value;
    }
    finished = true;
  } finally {
    signal?.removeEventListener('abort', cancel);
    if (!finished) await cancel();
    reader.releaseLock();
  }
}
