import Papa from "papaparse";

/**
 * Low-level CSV reading on top of papaparse: BOM removal, delimiter detection and physical line
 * numbers (header = line 1), which papaparse does not report itself.
 */

export type CsvDelimiter = ";" | "," | "\t";

// Tab first, then semicolon: if a header splits equally well on two of them, the comma is the one
// most likely to be data (Dutch decimal comma, "Huur, januari").
const CANDIDATES: readonly CsvDelimiter[] = ["\t", ";", ","];

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Picks the delimiter under which the first rows have the most consistent field count (and at least
 * two columns). papaparse's own guess is not used because it picks `,` for `Naam;Bedrag\nJan;12,50`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let best: { d: CsvDelimiter; consistency: number; width: number } | undefined;
  for (const d of CANDIDATES) {
    const rows = Papa.parse<string[]>(stripBom(text), {
      delimiter: d,
      preview: 25,
      skipEmptyLines: "greedy",
    }).data;
    const width = rows[0]?.length ?? 0;
    if (width < 2) continue;
    const rest = rows.slice(1);
    const consistency = rest.length === 0 ? 1 : rest.filter((r) => r.length === width).length / rest.length;
    if (!best || consistency > best.consistency || (consistency === best.consistency && width > best.width)) {
      best = { d, consistency, width };
    }
  }
  return best?.d ?? ",";
}

export interface CsvRecord {
  /** Physical line on which the record starts (1-based, counting the header line). */
  line: number;
  cells: string[];
  /** papaparse complaints about this record (e.g. malformed quotes). */
  errors: string[];
}

/**
 * Streams records one at a time (papaparse step mode over the string): memory stays flat for large
 * files because no array of all rows is built here. The callback returns `false` to stop early.
 * Records that are only a trailing line break at the end of the file are not reported.
 */
export function readCsvRecords(
  text: string,
  delimiter: CsvDelimiter,
  onRecord: (record: CsvRecord) => boolean | undefined,
): void {
  const body = stripBom(text);
  let lineAtCursor = 1;
  let cursor = 0;
  let stopped = false;
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: false,
    step: (results, parser) => {
      if (stopped) return;
      const start = cursor;
      const end = results.meta.cursor;
      cursor = end;
      const line = lineAtCursor;
      lineAtCursor += countLineBreaks(body, start, end);
      if (start >= body.length) return; // the empty "row" after a final line break
      const keepGoing = onRecord({ line, cells: results.data, errors: results.errors.map((e) => e.message) });
      if (keepGoing === false) {
        stopped = true;
        parser.abort();
      }
    },
  });
}

function countLineBreaks(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && s.charCodeAt(i + 1) !== 10) n++; // lone CR (old Mac files)
  }
  return n;
}

export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === "");
}
