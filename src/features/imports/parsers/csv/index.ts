export {
  COLLECTION_FIELDS,
  type CollectionField,
  type CsvField,
  type CsvImportKind,
  FIELD_LABELS,
  fieldsFor,
  guessImportKind,
  REQUIRED_FIELDS,
  REVERSAL_FIELDS,
  type ReversalField,
  suggestMapping,
} from "./fields";
export {
  type CollectionsCsvMapping,
  type ColumnRef,
  type CsvMapping,
  CsvMappingError,
  type CsvMappingInput,
  csvMappingSchema,
  type ReversalsCsvMapping,
  validateCsvMapping,
} from "./mapping";
export {
  type CollectionsCsvResult,
  type CsvParseResult,
  type CsvRejectedRow,
  type ParsedCsvCollection,
  type ParsedCsvReversal,
  parseCsv,
  type ReversalsCsvResult,
} from "./parse";
export { type CsvPreview, type CsvPreviewOptions, previewCsv } from "./preview";
export { type CsvDelimiter, detectDelimiter } from "./reader";
export type { SequenceType } from "./values";
