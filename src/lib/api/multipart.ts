import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { AppError } from "@/lib/errors";

// Room for the multipart boundaries and the small text fields around the file.
const MULTIPART_OVERHEAD_BYTES = 1024 * 1024;

export interface UploadedFile {
  fileName: string;
  /** The file's bytes as they arrive; throws TOO_LARGE past maxBytes. Read it once. */
  data: AsyncIterable<Buffer>;
  /** Text fields sent before the file (send `mapping` before `file`). */
  fields: Record<string, string>;
}

/**
 * Streams the multipart field `fileField` into `consume` without buffering the file: memory stays at a
 * few chunks whatever the size. Refuses a declared or actual size over `maxBytes` (413), a body that is
 * not multipart or has no such file (422).
 */
export function withUploadedFile<T>(
  request: Request,
  opts: { fileField: string; maxBytes: number },
  consume: (file: UploadedFile) => Promise<T>,
): Promise<T> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    return Promise.reject(
      new AppError("INVALID", "Stuur het bestand als multipart/form-data in het veld 'file'", {
        issues: [{ path: opts.fileField, message: "Verplicht" }],
      }),
    );
  }
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > opts.maxBytes + MULTIPART_OVERHEAD_BYTES) {
    return Promise.reject(tooLarge(opts.maxBytes));
  }
  if (!request.body) return Promise.reject(missingFile(opts.fileField));

  const source = Readable.fromWeb(request.body as unknown as NodeWebReadableStream<Uint8Array>);
  return new Promise<T>((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: { "content-type": contentType },
        // One byte past the limit, so "exactly maxBytes" passes and anything larger is seen.
        limits: { files: 1, fields: 20, fieldSize: 1024 * 1024, fileSize: opts.maxBytes + 1 },
      });
    } catch {
      reject(new AppError("INVALID", "Ongeldige multipart-body"));
      return;
    }
    const fields: Record<string, string> = {};
    let settled = false;
    let fileSeen = false;
    const finish = (error: unknown, value?: T) => {
      if (settled) return;
      settled = true;
      if (error !== undefined) {
        // Stop reading the rest of the upload.
        source.unpipe(bb);
        source.destroy();
        reject(error);
      } else resolve(value as T);
    };

    bb.on("field", (name, value) => {
      fields[name] = value;
    });
    bb.on("file", (name, stream, info) => {
      if (name !== opts.fileField || fileSeen) {
        stream.resume();
        return;
      }
      fileSeen = true;
      consume({
        fileName: info.filename || "upload",
        data: limitBytes(stream, opts.maxBytes),
        fields: { ...fields },
      }).then(
        (value) => finish(undefined, value),
        (error: unknown) => {
          stream.resume();
          finish(error);
        },
      );
    });
    bb.on("close", () => {
      if (!fileSeen) finish(missingFile(opts.fileField));
    });
    bb.on("error", () => finish(new AppError("INVALID", "Ongeldige multipart-body")));
    source.on("error", (error) => finish(error));
    source.pipe(bb);
  });
}

async function* limitBytes(stream: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Buffer> {
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    yield chunk;
  }
}

function tooLarge(maxBytes: number) {
  return new AppError("TOO_LARGE", `Het bestand is groter dan ${maxBytes} bytes`, { maxBytes });
}

function missingFile(field: string) {
  return new AppError("INVALID", `Het veld '${field}' met het bestand ontbreekt`, {
    issues: [{ path: field, message: "Verplicht" }],
  });
}
