import { missingElement } from "./bank-file-error";
import { normalizeIban, readMoney, sequenceType } from "./reversal-draft";
import type { ParsedCollection } from "./types";
import { date, find, text, texts, type XNode } from "./xml-tree";

/** One DrctDbtTxInf of a pain.008; PmtInf carries the collection date and usually SeqTp. */
export function readPain008Transaction(
  tx: XNode,
  pmtInf: XNode | undefined,
  index: number,
): ParsedCollection {
  const e2e = text(tx, "PmtId/EndToEndId");
  if (!e2e) throw missingElement("PmtId/EndToEndId", index);
  const amount = readMoney(find(tx, "InstdAmt"), "InstdAmt", index, e2e);
  if (!amount) throw missingElement("InstdAmt", index, e2e);
  const collectionDate = date(pmtInf, "ReqdColltnDt");
  if (!collectionDate) throw missingElement("PmtInf/ReqdColltnDt", index, e2e);
  const out: ParsedCollection = {
    endToEndId: e2e,
    amountCents: amount.cents,
    currency: amount.currency,
    collectionDate,
    index,
  };
  const optional = {
    mandateId: text(tx, "DrctDbtTx/MndtRltdInf/MndtId"),
    mandateSignedOn: date(tx, "DrctDbtTx/MndtRltdInf/DtOfSgntr"),
    sequenceType: sequenceType(text(tx, "PmtTpInf/SeqTp") ?? text(pmtInf, "PmtTpInf/SeqTp")),
    debtorName: text(tx, "Dbtr/Nm", "Dbtr/Pty/Nm"),
    debtorIban: normalizeIban(text(tx, "DbtrAcct/Id/IBAN")),
    description: texts(tx, "RmtInf/Ustrd").join(" ") || undefined,
  };
  for (const [k, v] of Object.entries(optional)) {
    if (v !== undefined) Object.assign(out, { [k]: v });
  }
  return out;
}
