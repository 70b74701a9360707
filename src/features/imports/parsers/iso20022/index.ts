export { BankFileError, type BankFileErrorCode, type BankFileErrorDetails } from "./bank-file-error";
export { SUPPORTED_FORMATS } from "./format";
export { type GenerateCamt054Options, generateCamt054 } from "./generate-camt054";
export {
  collectIso20022,
  DEFAULT_MAX_BYTES,
  parseIso20022,
  parseIso20022Buffer,
  parseIso20022File,
} from "./parse-iso20022";
export type * from "./types";
