import { createHash, type Hash } from "node:crypto";

/** The upload is bigger than the limit; thrown while reading, before the rest is read. */
export class InputTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than the limit of ${maxBytes} bytes`);
    this.name = "InputTooLargeError";
  }
}

const PIECE = 64 * 1024;

async function* pieces(data: Buffer): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += PIECE) yield data.subarray(i, i + PIECE);
}

/**
 * One pass over an upload: counts bytes, computes the SHA-256 as chunks arrive, enforces the size
 * limit, and lets the start of the file be peeked at (to tell XML from CSV) without buffering the rest.
 * Iterating it never closes the source, so after a refusal the rest can still be drained for the hash.
 */
export class ImportInput implements AsyncIterable<Buffer> {
  private readonly source: AsyncIterator<Buffer | Uint8Array>;
  private readonly hash: Hash = createHash("sha256");
  private readonly buffered: Buffer[] = [];
  private done = false;
  bytes = 0;

  constructor(
    data: AsyncIterable<Buffer | Uint8Array> | Buffer,
    readonly maxBytes: number,
  ) {
    const iterable = Buffer.isBuffer(data) ? pieces(data) : data;
    this.source = iterable[Symbol.asyncIterator]();
  }

  private async pull(): Promise<Buffer | undefined> {
    if (this.done) return undefined;
    const r = await this.source.next();
    if (r.done) {
      this.done = true;
      return undefined;
    }
    const chunk = Buffer.isBuffer(r.value)
      ? r.value
      : Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
    this.bytes += chunk.byteLength;
    this.hash.update(chunk);
    if (this.bytes > this.maxBytes) throw new InputTooLargeError(this.maxBytes);
    return chunk;
  }

  /** At least `n` bytes from the start (fewer when the file is shorter); they are replayed by iteration. */
  async peek(n: number): Promise<Buffer> {
    let have = this.buffered.reduce((s, b) => s + b.byteLength, 0);
    while (have < n) {
      const chunk = await this.pull();
      if (!chunk) break;
      this.buffered.push(chunk);
      have += chunk.byteLength;
    }
    return Buffer.concat(this.buffered);
  }

  [Symbol.asyncIterator](): AsyncIterator<Buffer> {
    return {
      next: async () => {
        const head = this.buffered.shift();
        if (head) return { done: false, value: head };
        const chunk = await this.pull();
        return chunk ? { done: false, value: chunk } : { done: true, value: undefined };
      },
      // A consumer that stops early (the parser refusing the file) must not close the source.
      return: async () => ({ done: true, value: undefined }),
    };
  }

  /** The whole file (CSV is parsed in one piece; the size limit bounds it). */
  async readAll(): Promise<Buffer> {
    const parts: Buffer[] = [];
    for await (const chunk of this) parts.push(chunk);
    return Buffer.concat(parts);
  }

  /** Reads what is left so size and hash describe the whole file; stops at the limit. */
  async drain(): Promise<boolean> {
    this.buffered.length = 0;
    try {
      while (await this.pull()) {}
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (!this.done) await this.source.return?.().catch(() => undefined);
    this.done = true;
  }

  /** Complete once the source is exhausted; otherwise the hash of what was read. */
  get complete(): boolean {
    return this.done;
  }

  sha256(): string {
    return this.hash.copy().digest("hex");
  }
}
