import { BankFileError } from "./bank-file-error";
import type { Iso20022Family, Iso20022Format } from "./types";

const NS = /^urn:iso:std:iso:20022:tech:xsd:([a-z]{4}\.\d{3})\.(\d{3}\.\d{2})$/;

/** Message versions we read, per family (the ones banks in scope actually send). */
const SUPPORTED: Record<Iso20022Family, readonly string[]> = {
  "camt.052": range(2, 8),
  "camt.053": range(2, 8),
  "camt.054": range(2, 8),
  "pain.002": range(3, 10),
  "pain.008": ["001.02", "001.08"],
};

function range(from: number, to: number): string[] {
  const out: string[] = [];
  for (let v = from; v <= to; v++) out.push(`001.${String(v).padStart(2, "0")}`);
  return out;
}

function isFamily(s: string): s is Iso20022Family {
  return Object.hasOwn(SUPPORTED, s);
}

export const SUPPORTED_FORMATS: readonly string[] = Object.entries(SUPPORTED).flatMap(([family, versions]) =>
  versions.map((v) => `${family}.${v}`),
);

/** Recognise the message from the root element's namespace; refuse anything else. */
export function detectFormat(rootLocalName: string, namespace: string): Iso20022Format {
  if (rootLocalName !== "Document") {
    throw new BankFileError(
      "NOT_ISO20022",
      `Not an ISO 20022 bank file: root element is <${rootLocalName}>, expected <Document>`,
      { element: rootLocalName },
    );
  }
  if (namespace === "") {
    throw new BankFileError("NOT_ISO20022", "Not an ISO 20022 bank file: <Document> has no namespace");
  }
  const m = NS.exec(namespace);
  const family = m?.[1];
  const version = m?.[2];
  if (!family || !version || !isFamily(family) || !SUPPORTED[family].includes(version)) {
    throw new BankFileError(
      "UNSUPPORTED_NAMESPACE",
      `unsupported or unknown namespace ${namespace.slice(0, 200)} (supported: camt.052/053/054 .001.02–.001.08, pain.002 .001.03–.001.10, pain.008 .001.02 and .001.08)`,
      { namespace },
    );
  }
  return { family, version, name: `${family}.${version}` };
}
