import { BankFileError } from "./bank-file-error";

/** A tiny element tree for ONE entry/transaction; the file as a whole is never held as a tree. */
export interface XNode {
  name: string;
  attrs: Record<string, string> | undefined;
  text: string;
  children: XNode[];
}

// Bank texts are short; a cap keeps a hostile 100 MB text node from living in memory.
const MAX_TEXT = 16_384;

export class TreeBuilder {
  readonly root: XNode;
  private readonly stack: XNode[];
  private nodes = 1;

  constructor(
    name: string,
    attrs: Record<string, string> | undefined,
    private readonly maxNodes: number,
  ) {
    this.root = { name, attrs, text: "", children: [] };
    this.stack = [this.root];
  }

  open(name: string, attrs: Record<string, string> | undefined): void {
    const node: XNode = { name, attrs, text: "", children: [] };
    this.top().children.push(node);
    this.stack.push(node);
    if (++this.nodes > this.maxNodes) {
      throw new BankFileError(
        "TOO_LARGE",
        `Element ${this.root.name} has more than ${this.maxNodes} elements`,
        {
          element: this.root.name,
        },
      );
    }
  }

  text(t: string): void {
    const top = this.top();
    // Only leaves carry meaning in ISO 20022; whitespace between children is noise.
    if (top.children.length > 0 || top.text.length >= MAX_TEXT) return;
    top.text += t.length + top.text.length > MAX_TEXT ? t.slice(0, MAX_TEXT - top.text.length) : t;
  }

  /** Returns true when the root element itself closed. */
  close(): boolean {
    this.stack.pop();
    return this.stack.length === 0;
  }

  private top(): XNode {
    const top = this.stack[this.stack.length - 1];
    if (!top) throw new Error("TreeBuilder used after its root closed");
    return top;
  }
}

// Paths are a small fixed set of literals; splitting each once keeps lookups cheap.
const splitCache = new Map<string, string[]>();
function parts(path: string): string[] {
  let p = splitCache.get(path);
  if (!p) {
    p = path === "" ? [] : path.split("/");
    if (splitCache.size < 1000) splitCache.set(path, p);
  }
  return p;
}

function child(node: XNode, name: string): XNode | undefined {
  for (const c of node.children) if (c.name === name) return c;
  return undefined;
}

/** First descendant along a slash path of local names, e.g. "Refs/EndToEndId". */
export function find(node: XNode | undefined, path: string): XNode | undefined {
  let cur = node;
  for (const part of parts(path)) {
    if (!cur) return undefined;
    cur = child(cur, part);
  }
  return cur;
}

/** Every node matching the path (fan-out at every step). */
export function findAll(node: XNode | undefined, path: string): XNode[] {
  if (!node) return [];
  let level: XNode[] = [node];
  for (const part of parts(path)) {
    level = level.flatMap((n) => n.children.filter((c) => c.name === part));
  }
  return level;
}

function clean(s: string): string | undefined {
  // Banks wrap long texts over several lines (ABN AMRO); collapse to single spaces.
  const t = /\s\s|[\t\n\r]/.test(s) ? s.replace(/\s+/g, " ").trim() : s.trim();
  return t === "" ? undefined : t;
}

/** Trimmed text of the first existing path, or undefined. */
export function text(node: XNode | undefined, ...paths: string[]): string | undefined {
  for (const p of paths) {
    const n = find(node, p);
    const t = n ? clean(n.text) : undefined;
    if (t !== undefined) return t;
  }
  return undefined;
}

/** All non-empty texts along a path, in document order. */
export function texts(node: XNode | undefined, path: string): string[] {
  return findAll(node, path)
    .map((n) => clean(n.text))
    .filter((t): t is string => t !== undefined);
}

/** yyyy-mm-dd from an ISODate, an ISODateTime, or a <Dt>/<DtTm> choice under the path. */
export function date(node: XNode | undefined, path: string): string | undefined {
  const raw = text(node, path, `${path}/Dt`, `${path}/DtTm`);
  const m = raw ? /^\d{4}-\d{2}-\d{2}/.exec(raw) : null;
  return m ? m[0] : undefined;
}
