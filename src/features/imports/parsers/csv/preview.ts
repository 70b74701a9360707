import { type CsvField, type CsvImportKind, guessImportKind, suggestMapping } from "./fields";
import { type CsvDelimiter, detectDelimiter, isBlankRecord, readCsvRecords } from "./reader";

export interface CsvPreviewOptions {
  /** Force a delimiter instead of detecting it. */
  delimiter?: CsvDelimiter;
  /** Which import the mapping is suggested for; guessed from the headers when omitted. */
  kind?: CsvImportKind;
  /** Number of data rows to return (default 10). */
  maxRows?: number;
}

export interface CsvPreview {
  delimiter: CsvDelimiter;
  headers: string[];
  /** First data rows (blank rows skipped), for the mapping screen. */
  rows: string[][];
  /** Physical line number of each row in `rows`. */
  rowLines: number[];
  /** Non-blank data rows in the whole file. */
  totalRows: number;
  kind: CsvImportKind;
  /** Suggested column index per target field, from Dutch and English header names. */
  suggestedMapping: Partial<Record<CsvField, number>>;
}

/** Reads the header and the first rows of an uploaded CSV for the column-mapping step. */
export function previewCsv(text: string, opts: CsvPreviewOptions = {}): CsvPreview {
  const delimiter = opts.delimiter ?? detectDelimiter(text);
  const maxRows = opts.maxRows ?? 10;
  let headers: string[] | undefined;
  const rows: string[][] = [];
  const rowLines: number[] = [];
  let totalRows = 0;

  readCsvRecords(text, delimiter, ({ line, cells }) => {
    if (isBlankRecord(cells)) return true;
    if (!headers) {
      headers = cells.map((h) => h.trim());
      return true;
    }
    totalRows++;
    if (rows.length < maxRows) {
      rows.push(cells);
      rowLines.push(line);
    }
    return true;
  });

  const h = headers ?? [];
  const kind = opts.kind ?? guessImportKind(h);
  return {
    delimiter,
    headers: h,
    rows,
    rowLines,
    totalRows,
    kind,
    suggestedMapping: suggestMapping(h, kind),
  };
}
