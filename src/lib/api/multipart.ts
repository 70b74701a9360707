import "server-only";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { AppError } from "@/lib/errors";

// Room for the multipart boundaries and the small text fields around the file.
const MULTIPART_OVERHEAD_BYTES = 1024 * 1024;

export interface UploadedFile {
  fileName: string;
  /**
   * The file's bytes as they arrive, read once. Cut off one byte past maxBytes, so the consumer sees
   * the overflow and refuses it (importFile does, and records the refused import).
   */
  data: AsyncIterable<Buffer>;
  /** Text fields of the form (those sent before the file, unless the file was spooled). */
  fields: Record<string, string>;
}

export interface UploadOptions {
  fileField: string;
  maxBytes: number;
  /**
   * A text field the consumer needs for this file (e.g. `mapping` for a CSV). When the file arrives
   * before it, the file is spooled to a temporary file on disk — memory stays flat either way — and
   * consumed once the whole form is read. Send the field first to skip the spooling.
   */
  fieldNeededFirst?: { name: string; when: (fileName: string) => boolean };
}

/**
 * Streams the multipart field `fileField` into `consume` without holding the file in memory. Refuses a
 * declared or actual size over `maxBytes` (413), a body that is not multipart or has no such file (422).
 */
export function withUploadedFile<T>(
  request: Request,
  opts: UploadOptions,
  consume: (file: UploadedFile) => Promise<T>,
): Promise<T> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    return Promise.reject(
      new AppError("INVALID", `Stuur het bestand als multipart/form-data in het veld '${opts.fileField}'`, {
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
    let truncated = false;
    let spool: Promise<{ dir: string; file: string; fileName: string }> | undefined;

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
    const run = (file: UploadedFile, cleanup?: () => Promise<void>) =>
      consume(file)
        // Defensive: a consumer that did not check the size still gives no answer for a cut-off file.
        .then((value) => (truncated ? finish(tooLarge(opts.maxBytes)) : finish(undefined, value)), finish)
        .finally(() => cleanup?.());

    bb.on("field", (name, value) => {
      fields[name] = value;
    });
    bb.on("file", (name, stream, info) => {
      if (name !== opts.fileField || fileSeen) {
        stream.resume();
        return;
      }
      fileSeen = true;
      const fileName = info.filename || "upload";
      stream.on("limit", () => {
        truncated = true;
      });
      const need = opts.fieldNeededFirst;
      if (need && !(need.name in fields) && need.when(fileName)) {
        spool = (async () => {
          const dir = await mkdtemp(path.join(tmpdir(), "stornodesk-upload-"));
          const file = path.join(dir, "file");
          await pipeline(stream, createWriteStream(file));
          return { dir, file, fileName };
        })();
        spool.catch((error: unknown) => finish(error));
        return;
      }
      run({ fileName, data: stream, fields: { ...fields } }).catch(() => undefined);
      // If the consumer gives up early, keep busboy flowing so the form can close.
      stream.on("error", () => stream.resume());
    });
    bb.on("close", () => {
      if (!fileSeen) {
        finish(missingFile(opts.fileField));
        return;
      }
      if (!spool) return;
      spool.then(
        ({ dir, file, fileName }) =>
          run({ fileName, data: createReadStream(file), fields: { ...fields } }, () =>
            rm(dir, { recursive: true, force: true }),
          ),
        () => undefined,
      );
    });
    bb.on("error", () => finish(new AppError("INVALID", "Ongeldige multipart-body")));
    source.on("error", (error) => finish(error));
    source.pipe(bb);
  });
}

function tooLarge(maxBytes: number) {
  return new AppError("TOO_LARGE", `Het bestand is groter dan ${maxBytes} bytes`, { maxBytes });
}

function missingFile(field: string) {
  return new AppError("INVALID", `Het veld '${field}' met het bestand ontbreekt`, {
    issues: [{ path: field, message: "Verplicht" }],
  });
}
