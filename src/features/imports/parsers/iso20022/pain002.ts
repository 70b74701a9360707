import { normalizeIban, type ReversalDraft, readMoney, sequenceType } from "./reversal-draft";
import { date, find, findAll, text, texts, type XNode } from "./xml-tree";

export type Pain002Outcome = { skip: string } | { draft: ReversalDraft };

/** Reason code and its free text, from the first level (tx, payment info, group) that has one. */
function reason(levels: (XNode | undefined)[]): { code?: string; info?: string } {
  for (const node of levels) {
    for (const sts of findAll(node, "StsRsnInf")) {
      const code = text(sts, "Rsn/Cd", "Rsn/Prtry");
      if (code) {
        const info = texts(node, "StsRsnInf/AddtlInf");
        return { code, info: info.length ? info.join(" ") : undefined };
      }
    }
  }
  return {};
}

/**
 * One TxInfAndSts. A status missing on the transaction is inherited from its payment
 * information block, then from the group (a group RJCT rejects every transaction).
 */
export function readPain002Transaction(
  tx: XNode,
  pmtInf: XNode | undefined,
  grpInf: XNode | undefined,
  index: number,
): Pain002Outcome {
  const status = text(tx, "TxSts") ?? text(pmtInf, "PmtInfSts") ?? text(grpInf, "GrpSts");
  if (status !== "RJCT") return { skip: `payment status ${status ?? "not given"}` };

  const e2e = text(tx, "OrgnlEndToEndId");
  const ref = find(tx, "OrgnlTxRef");
  const why = reason([tx, pmtInf, grpInf]);
  const charges = findAll(tx, "ChrgsInf").reduce(
    (sum, c) => sum + (readMoney(find(c, "Amt"), "ChrgsInf/Amt", index, e2e)?.cents ?? 0),
    0,
  );
  return {
    draft: {
      index,
      endToEndId: e2e,
      mandateId: text(ref, "MndtRltdInf/MndtId"),
      mandateSignedOn: date(ref, "MndtRltdInf/DtOfSgntr"),
      amount: readMoney(find(ref, "Amt/InstdAmt"), "OrgnlTxRef/Amt/InstdAmt", index, e2e),
      amountElement: "OrgnlTxRef/Amt/InstdAmt",
      chargesCents: charges,
      requestedCollectionDate: date(ref, "ReqdColltnDt"),
      sequenceType: sequenceType(text(ref, "PmtTpInf/SeqTp")),
      reasonCode: why.code,
      reasonElement: "StsRsnInf/Rsn/Cd",
      reasonInfo: why.info,
      // Debtor: PartyIdentification (v03–v07) or Party40Choice with <Pty> (v08+).
      debtorName: text(ref, "Dbtr/Nm", "Dbtr/Pty/Nm"),
      debtorIban: normalizeIban(text(ref, "DbtrAcct/Id/IBAN")),
      bankReference: text(tx, "AcctSvcrRef", "StsId"),
      creditorReference: text(ref, "RmtInf/Strd/CdtrRefInf/Ref"),
      description: texts(ref, "RmtInf/Ustrd").join(" ") || undefined,
    },
  };
}
