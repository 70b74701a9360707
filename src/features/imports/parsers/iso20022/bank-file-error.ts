export type BankFileErrorCode =
  | "UNSUPPORTED_NAMESPACE"
  | "DOCTYPE_FORBIDDEN"
  | "TOO_LARGE"
  | "MALFORMED_XML"
  | "MISSING_ELEMENT"
  | "INVALID_VALUE"
  | "NOT_ISO20022";

export interface BankFileErrorDetails {
  line?: number;
  column?: number;
  /** 1-based transaction position in the file */
  index?: number;
  endToEndId?: string;
  element?: string;
  namespace?: string;
}

/**
 * The one error a bank file can produce. `code` is stable (the UI translates it);
 * `message` is plain English for logs and developers.
 */
export class BankFileError extends Error {
  readonly code: BankFileErrorCode;
  readonly details: BankFileErrorDetails;

  constructor(code: BankFileErrorCode, message: string, details: BankFileErrorDetails = {}) {
    super(message);
    this.name = "BankFileError";
    this.code = code;
    this.details = details;
  }
}

/** "transaction 3 (end-to-end id E2E1)" — the part of a message that points at a transaction. */
export function describeTransaction(index: number, endToEndId?: string): string {
  return endToEndId ? `transaction ${index} (end-to-end id ${endToEndId})` : `transaction ${index}`;
}

export function missingElement(element: string, index: number, endToEndId?: string): BankFileError {
  return new BankFileError(
    "MISSING_ELEMENT",
    `Missing required element ${element} in ${describeTransaction(index, endToEndId)}`,
    { element, index, endToEndId },
  );
}
