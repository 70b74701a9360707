import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { SaxesParser, type SaxesTagNS } from "saxes";
import { BankFileError } from "./bank-file-error";
import { completeCamtDraft, readCamtTransaction } from "./camt";
import { detectFormat } from "./format";
import { readPain002Transaction } from "./pain002";
import { readPain008Transaction } from "./pain008";
import { finalizeReversal, type ReversalDraft } from "./reversal-draft";
import type { Iso20022Event, Iso20022Format, Iso20022ParseResult, ParseOptions } from "./types";
import { TreeBuilder, text, type XNode } from "./xml-tree";

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
const SLICE_CHARS = 256 * 1024; // events are drained at least this often
const SNIFF_BYTES = 512; // enough to see the XML declaration's encoding
const MAX_PROLOG_CHARS = 1024 * 1024;
const MAX_DEPTH = 64;
const MAX_UNIT_NODES = 20_000; // elements in one transaction
const MAX_HEADER_NODES = 100_000; // elements in a statement or entry header
// A camt entry's AddtlNtryInf comes after its transactions, so they wait for the entry end;
// beyond this many in one entry we stop waiting to keep memory flat.
const MAX_PENDING_IN_ENTRY = 1_000;

/** Which elements frame what, per family: context ⊃ group ⊃ unit (one transaction). */
interface Roles {
  context: ReadonlySet<string>;
  group: string;
  unit: string;
  unitNeedsGroup: boolean;
}
const CAMT: Roles = {
  context: new Set(["Stmt", "Rpt", "Ntfctn"]),
  group: "Ntry",
  unit: "TxDtls",
  unitNeedsGroup: true,
};
const PAIN002: Roles = {
  context: new Set(["OrgnlGrpInfAndSts"]),
  group: "OrgnlPmtInfAndSts",
  unit: "TxInfAndSts",
  unitNeedsGroup: false,
};
const PAIN008: Roles = { context: new Set(), group: "PmtInf", unit: "DrctDbtTxInf", unitNeedsGroup: true };

type Pending = { draft: ReversalDraft } | { skip: string; index: number };

interface Group {
  builder: TreeBuilder;
  units: number;
  pending: Pending[];
}

function attrsOf(tag: SaxesTagNS): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  const attributes = tag.attributes;
  for (const key in attributes) {
    const a = attributes[key];
    if (!a || a.prefix === "xmlns" || a.name === "xmlns") continue;
    out ??= {};
    out[a.local] = a.value;
  }
  return out;
}

function sniffEncoding(head: Buffer): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  const decl = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head.toString("latin1"));
  return decl?.[1]?.toLowerCase() ?? "utf-8";
}

/** One parse: SAX events in, queued Iso20022Events out. Holds at most one entry's worth of tree. */
class ParseSession {
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  private readonly maxBytes: number;
  private queue: Iso20022Event[] = [];
  private bytes = 0;
  private decoder: TextDecoder | undefined;
  private head: Buffer[] = [];
  private headBytes = 0;
  private prologChars = 0;
  private prologTail = "";
  private format: Iso20022Format | undefined;
  private roles: Roles = CAMT;
  private depth = 0;
  private index = 0;
  private contextTree: XNode | undefined;
  private contextBuilder: TreeBuilder | undefined;
  private group: Group | undefined;
  private unit: TreeBuilder | undefined;

  constructor(opts: ParseOptions) {
    this.maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const p = this.parser;
    p.on("doctype", () => {
      throw new BankFileError("DOCTYPE_FORBIDDEN", "DOCTYPE declarations are not allowed in bank files", {
        line: p.line,
        column: p.column,
      });
    });
    p.on("error", (err) => {
      const msg = err.message.replace(/^\d+:\d+: /, "");
      throw new BankFileError(
        "MALFORMED_XML",
        `Malformed XML at line ${p.line}, column ${p.column}: ${msg}`,
        {
          line: p.line,
          column: p.column,
        },
      );
    });
    p.on("opentag", (tag) => this.onOpen(tag));
    p.on("closetag", () => this.onClose());
    p.on("text", (t) => this.onText(t));
    p.on("cdata", (t) => this.onText(t));
  }

  /** Counts and decodes a chunk; returns text slices small enough to drain between. */
  decode(chunk: Buffer | Uint8Array | string): string[] {
    const isText = typeof chunk === "string";
    this.bytes += isText ? Buffer.byteLength(chunk) : chunk.byteLength;
    if (this.bytes > this.maxBytes) {
      throw new BankFileError("TOO_LARGE", `File is larger than the limit of ${this.maxBytes} bytes`);
    }
    if (isText) return [...this.flushHead(), ...slices(chunk)];
    if (!this.decoder) {
      this.head.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      this.headBytes += chunk.byteLength;
      return this.headBytes >= SNIFF_BYTES ? this.flushHead() : [];
    }
    return slices(this.decoder.decode(chunk, { stream: true }));
  }

  finish(): string[] {
    const rest = this.flushHead();
    if (this.decoder) rest.push(this.decoder.decode());
    return rest;
  }

  private flushHead(): string[] {
    if (this.head.length === 0) return [];
    const head = Buffer.concat(this.head);
    this.head = [];
    if (!this.decoder) {
      const label = sniffEncoding(head);
      try {
        this.decoder = new TextDecoder(label);
      } catch {
        throw new BankFileError("NOT_ISO20022", `Unsupported character encoding "${label.slice(0, 40)}"`);
      }
    }
    return slices(this.decoder.decode(head, { stream: true }));
  }

  feed(piece: string): void {
    if (piece === "") return;
    if (!this.format) this.scanProlog(piece);
    try {
      this.parser.write(piece);
    } catch (e) {
      throw this.asBankFileError(e);
    }
  }

  close(): void {
    if (!this.format && this.prologChars === 0) {
      throw new BankFileError("NOT_ISO20022", "The file is empty");
    }
    try {
      this.parser.close();
    } catch (e) {
      throw this.asBankFileError(e);
    }
    if (!this.format) throw new BankFileError("NOT_ISO20022", "The file contains no XML document");
  }

  drain(): Iso20022Event[] {
    const out = this.queue;
    this.queue = [];
    return out;
  }

  private asBankFileError(e: unknown): BankFileError {
    if (e instanceof BankFileError) return e;
    const p = this.parser;
    const msg = e instanceof Error ? e.message.replace(/^\d+:\d+: /, "") : String(e);
    return new BankFileError("MALFORMED_XML", `Malformed XML at line ${p.line}, column ${p.column}: ${msg}`, {
      line: p.line,
      column: p.column,
    });
  }

  /**
   * saxes only reports a DOCTYPE after buffering all of it; refuse it (and any ENTITY)
   * as soon as the text shows up, before the root element.
   */
  private scanProlog(piece: string): void {
    if (this.prologChars === 0 && piece.trim() === "") return;
    // Something other than markup up front (a CSV, a PDF): say "not a bank file", not "bad XML".
    if (this.prologChars === 0 && !piece.trimStart().startsWith("<")) {
      throw new BankFileError("NOT_ISO20022", "The file is not XML, so not an ISO 20022 bank file");
    }
    const window = this.prologTail + piece;
    if (/<!(DOCTYPE|ENTITY)/i.test(window)) {
      throw new BankFileError(
        "DOCTYPE_FORBIDDEN",
        "DOCTYPE and ENTITY declarations are not allowed in bank files",
      );
    }
    this.prologTail = window.slice(-16);
    this.prologChars += piece.length;
    if (this.prologChars > MAX_PROLOG_CHARS) {
      throw new BankFileError("NOT_ISO20022", "No XML root element in the first megabyte of the file");
    }
  }

  private onOpen(tag: SaxesTagNS): void {
    if (++this.depth > MAX_DEPTH) {
      throw new BankFileError("MALFORMED_XML", `Elements nested deeper than ${MAX_DEPTH} levels`, {
        line: this.parser.line,
        column: this.parser.column,
      });
    }
    const name = tag.local;
    if (!this.format) {
      this.format = detectFormat(name, tag.uri);
      this.roles =
        this.format.family === "pain.002" ? PAIN002 : this.format.family === "pain.008" ? PAIN008 : CAMT;
      this.queue.push({ type: "format", format: this.format });
      return;
    }
    const r = this.roles;
    if (this.unit) {
      this.unit.open(name, attrsOf(tag));
    } else if (name === r.unit && (this.group || !r.unitNeedsGroup)) {
      this.unit = new TreeBuilder(name, attrsOf(tag), MAX_UNIT_NODES);
    } else if (this.group) {
      this.group.builder.open(name, attrsOf(tag));
    } else if (name === r.group) {
      this.group = { builder: new TreeBuilder(name, attrsOf(tag), MAX_HEADER_NODES), units: 0, pending: [] };
    } else if (this.contextBuilder) {
      this.contextBuilder.open(name, attrsOf(tag));
    } else if (r.context.has(name)) {
      this.contextBuilder = new TreeBuilder(name, attrsOf(tag), MAX_HEADER_NODES);
      this.contextTree = this.contextBuilder.root;
    }
  }

  private onClose(): void {
    this.depth--;
    if (this.unit) {
      if (this.unit.close()) {
        const tree = this.unit.root;
        this.unit = undefined;
        this.onUnit(tree);
      }
    } else if (this.group) {
      if (this.group.builder.close()) {
        const g = this.group;
        this.group = undefined;
        this.onGroupEnd(g);
      }
    } else if (this.contextBuilder?.close()) {
      // The context tree stays readable: pain.002's group status precedes its transactions.
      this.contextBuilder = undefined;
    }
    if (this.depth === 0) this.onDocumentEnd();
  }

  private onText(t: string): void {
    (this.unit ?? this.group?.builder ?? this.contextBuilder)?.text(t);
  }

  private onUnit(tx: XNode): void {
    const index = ++this.index;
    const format = this.format;
    if (!format) return;
    const groupTree = this.group?.builder.root;
    if (this.group) this.group.units++;
    if (format.family === "pain.008") {
      this.queue.push({ type: "collection", collection: readPain008Transaction(tx, groupTree, index) });
    } else if (format.family === "pain.002") {
      const out = readPain002Transaction(tx, groupTree, this.contextTree, index);
      this.queue.push(
        "skip" in out
          ? { type: "skipped", reason: out.skip, index }
          : { type: "reversal", reversal: finalizeReversal(out.draft, format.family) },
      );
    } else if (this.group && groupTree) {
      const out = readCamtTransaction(groupTree, tx, this.contextTree, index);
      this.group.pending.push("skip" in out ? { skip: out.skip, index } : out);
      if (this.group.pending.length >= MAX_PENDING_IN_ENTRY) this.flushEntry(this.group);
    }
  }

  private onGroupEnd(g: Group): void {
    const format = this.format;
    if (!format) return;
    if (format.family === "pain.002") {
      const status = text(g.builder.root, "PmtInfSts");
      if (g.units === 0 && status === "RJCT") {
        const id = text(g.builder.root, "OrgnlPmtInfId") ?? "?";
        this.queue.push({
          type: "skipped",
          reason: `payment information ${id} rejected without transaction details`,
          index: ++this.index,
        });
      }
      return;
    }
    if (format.family !== "pain.008") {
      if (g.units === 0) {
        // No TxDtls: the entry itself is the transaction (common in camt.053 summaries).
        const index = ++this.index;
        const out = readCamtTransaction(g.builder.root, undefined, this.contextTree, index);
        g.pending.push("skip" in out ? { skip: out.skip, index } : out);
      }
      this.flushEntry(g);
    }
  }

  private flushEntry(g: Group): void {
    const format = this.format;
    if (!format) return;
    for (const p of g.pending) {
      if ("skip" in p) {
        this.queue.push({ type: "skipped", reason: p.skip, index: p.index });
      } else {
        completeCamtDraft(p.draft, g.builder.root, g.units);
        this.queue.push({ type: "reversal", reversal: finalizeReversal(p.draft, format.family) });
      }
    }
    g.pending = [];
  }

  private onDocumentEnd(): void {
    if (
      this.format?.family === "pain.002" &&
      this.index === 0 &&
      text(this.contextTree, "GrpSts") === "RJCT"
    ) {
      this.queue.push({
        type: "skipped",
        reason: "whole message rejected without transaction details",
        index: 0,
      });
    }
  }
}

function slices(s: string): string[] {
  if (s.length <= SLICE_CHARS) return [s];
  const out: string[] = [];
  for (let i = 0; i < s.length; i += SLICE_CHARS) out.push(s.slice(i, i + SLICE_CHARS));
  return out;
}

/**
 * Streams an ISO 20022 bank file. The first event is always `format`; then reversals,
 * collections and skipped transactions in file order. Memory stays flat: only the current
 * entry/transaction is held. Throws BankFileError for anything it must refuse.
 */
export async function* parseIso20022(
  input: AsyncIterable<Buffer | Uint8Array | string>,
  opts: ParseOptions = {},
): AsyncGenerator<Iso20022Event, void, undefined> {
  const session = new ParseSession(opts);
  for await (const chunk of input) {
    for (const piece of session.decode(chunk)) {
      session.feed(piece);
      yield* session.drain();
    }
  }
  for (const piece of session.finish()) {
    session.feed(piece);
    yield* session.drain();
  }
  session.close();
  yield* session.drain();
}

/** Gathers a whole parse into arrays — for small files and tests. */
export async function collectIso20022(events: AsyncIterable<Iso20022Event>): Promise<Iso20022ParseResult> {
  let format: Iso20022Format | undefined;
  const result: Omit<Iso20022ParseResult, "format"> = { reversals: [], collections: [], skipped: [] };
  for await (const e of events) {
    if (e.type === "format") format = e.format;
    else if (e.type === "reversal") result.reversals.push(e.reversal);
    else if (e.type === "collection") result.collections.push(e.collection);
    else result.skipped.push({ reason: e.reason, index: e.index });
  }
  if (!format) throw new BankFileError("NOT_ISO20022", "The file contains no XML document");
  return { format, ...result };
}

async function* inPieces(data: Buffer | string, size = 64 * 1024): AsyncGenerator<Buffer | string> {
  for (let i = 0; i < data.length; i += size) yield data.slice(i, i + size);
}

export function parseIso20022Buffer(
  data: Buffer | string,
  opts: ParseOptions = {},
): Promise<Iso20022ParseResult> {
  return collectIso20022(parseIso20022(inPieces(data), opts));
}

export async function parseIso20022File(path: string, opts: ParseOptions = {}): Promise<Iso20022ParseResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  // Cheap early refusal; the stream still counts, in case the file grows while read.
  if ((await stat(path)).size > maxBytes) {
    throw new BankFileError("TOO_LARGE", `File is larger than the limit of ${maxBytes} bytes`);
  }
  return collectIso20022(parseIso20022(createReadStream(path, { highWaterMark: 64 * 1024 }), opts));
}
