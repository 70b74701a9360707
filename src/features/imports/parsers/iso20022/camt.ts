import { parseSlashFields } from "./bank-text";
import { type Money, normalizeIban, type ReversalDraft, readMoney, sequenceType } from "./reversal-draft";
import { kindFromBankText } from "./reversal-kind";
import { date, find, findAll, text, texts, type XNode } from "./xml-tree";

export type CamtOutcome = { skip: string } | { draft: ReversalDraft };

interface TxCodes {
  domain?: string;
  family?: string;
  subFamily?: string;
  proprietary: string[];
}

function readCodes(bkTxCd: XNode | undefined): TxCodes {
  return {
    domain: text(bkTxCd, "Domn/Cd"),
    family: text(bkTxCd, "Domn/Fmly/Cd"),
    subFamily: text(bkTxCd, "Domn/Fmly/SubFmlyCd"),
    proprietary: texts(bkTxCd, "Prtry/Cd"),
  };
}

/**
 * Proprietary codes that mean "SEPA direct debit", used only when the bank gives no ISO
 * domain code: ISO family codes embedded in text ("PMNT/IDDT/UPDD"), SWIFT "NDDT",
 * German GVC 104–109 ("NDDT+109+…") and ABN AMRO's N245–N248.
 */
export function isDirectDebitProprietary(code: string): boolean {
  const c = code.toUpperCase();
  return (
    /(^|[^A-Z])(IDDT|RDDT|NDDT)([^A-Z]|$)/.test(c) || /(^|\+)10[4-9](\+|$)/.test(c) || /^N24[5-8]$/.test(c)
  );
}

function describeCodes(c: TxCodes): string {
  if (c.domain) return [c.domain, c.family, c.subFamily].filter(Boolean).join("/");
  return c.proprietary.length ? `proprietary ${c.proprietary.join(",")}` : "no bank transaction code";
}

/** ISO domain codes decide when present (transaction level first); proprietary codes otherwise. */
function directDebitCheck(txCodes: TxCodes, entryCodes: TxCodes): { dd: boolean; described: string } {
  const iso = txCodes.domain ? txCodes : entryCodes.domain ? entryCodes : undefined;
  if (iso) {
    return {
      dd: iso.domain === "PMNT" && (iso.family === "IDDT" || iso.family === "RDDT"),
      described: describeCodes(iso),
    };
  }
  const proprietary = [...txCodes.proprietary, ...entryCodes.proprietary];
  return {
    dd: proprietary.some(isDirectDebitProprietary),
    described: describeCodes({ proprietary }),
  };
}

/** Sum of charges under a TxDtls or Ntry; camt v02 repeats <Chrgs>, v04+ has <Chrgs><Rcrd>. */
function readCharges(
  owner: XNode | undefined,
  index: number,
  e2e?: string,
): { cents: number; included: boolean } | undefined {
  const blocks = findAll(owner, "Chrgs");
  if (blocks.length === 0) return undefined;
  let cents = 0;
  let included = false;
  for (const b of blocks) {
    const records = findAll(b, "Rcrd");
    const total = readMoney(find(b, "TtlChrgsAndTaxAmt"), "Chrgs/TtlChrgsAndTaxAmt", index, e2e);
    if (records.length > 0) {
      included ||= records.some((r) => text(r, "ChrgInclInd") === "true");
      cents +=
        total?.cents ??
        records.reduce(
          (s, r) => s + (readMoney(find(r, "Amt"), "Chrgs/Rcrd/Amt", index, e2e)?.cents ?? 0),
          0,
        );
    } else {
      cents += readMoney(find(b, "Amt"), "Chrgs/Amt", index, e2e)?.cents ?? total?.cents ?? 0;
    }
  }
  return { cents, included };
}

interface Party {
  name?: string;
  iban?: string;
}

function readParty(parties: XNode | undefined, role: "Dbtr" | "Cdtr"): Party {
  return {
    // Party40Choice (camt .001.07+) wraps the party in <Pty>.
    name: text(parties, `${role}/Nm`, `${role}/Pty/Nm`),
    iban: normalizeIban(text(parties, `${role}Acct/Id/IBAN`)),
  };
}

/**
 * The debtor is whichever side is NOT the statement account. Banks differ: OCA/PostFinance
 * report the original roles (Dbtr = debtor), ING and ABN AMRO report the return's roles
 * (the debtor appears as Cdtr, since money flows back to them).
 */
function pickDebtor(
  parties: XNode | undefined,
  ownIban: string | undefined,
  ownName: string | undefined,
): Party {
  const isOwn = (p: Party) =>
    (p.iban !== undefined && p.iban === ownIban) ||
    (p.iban === undefined && p.name !== undefined && p.name === ownName);
  const candidates = [readParty(parties, "Dbtr"), readParty(parties, "Cdtr")].filter(
    (p) => (p.name !== undefined || p.iban !== undefined) && !isOwn(p),
  );
  // Both present: the one with an account is the real counterparty (a bare Cdtr name is
  // usually the creditor itself); otherwise the Dbtr as ISO defines it.
  return candidates.find((p) => p.iban !== undefined) ?? candidates[0] ?? {};
}

function entryStatus(entry: XNode): string | undefined {
  return text(entry, "Sts/Cd", "Sts");
}

/**
 * Reads one TxDtls (or, for an entry without details, the entry itself) into a draft.
 * `ctx` is the Stmt/Rpt/Ntfctn header (for the account IBAN and owner).
 */
export function readCamtTransaction(
  entry: XNode,
  tx: XNode | undefined,
  ctx: XNode | undefined,
  index: number,
): CamtOutcome {
  const codes = directDebitCheck(readCodes(find(tx, "BkTxCd")), readCodes(find(entry, "BkTxCd")));
  if (!codes.dd) return { skip: `not a direct debit (${codes.described})` };
  const status = entryStatus(entry);
  if (status && status !== "BOOK") return { skip: `entry not booked (status ${status})` };
  const rtrInf = find(tx, "RtrInf");
  const reversalIndicator = text(entry, "RvslInd") === "true";
  if (!rtrInf && !reversalIndicator) return { skip: "direct debit without return information" };

  const e2e = text(tx, "Refs/EndToEndId");
  const txAmount =
    readMoney(find(tx, "AmtDtls/InstdAmt/Amt"), "AmtDtls/InstdAmt/Amt", index, e2e) ??
    readMoney(find(tx, "OrgnlTxRef/Amt/InstdAmt"), "OrgnlTxRef/Amt/InstdAmt", index, e2e);
  const charges = readCharges(tx, index, e2e);
  let amount: Money | undefined = txAmount;
  if (!amount) {
    // TxAmt / TxDtls/Amt are what was booked: take the charges out if the bank put them in.
    const booked =
      readMoney(find(tx, "AmtDtls/TxAmt/Amt"), "AmtDtls/TxAmt/Amt", index, e2e) ??
      readMoney(find(tx, "Amt"), "TxDtls/Amt", index, e2e);
    if (booked) {
      amount = { ...booked, cents: booked.cents - (charges?.included ? charges.cents : 0) };
    }
  }

  const ownIban = normalizeIban(text(ctx, "Acct/Id/IBAN"));
  const ownName = text(ctx, "Acct/Ownr/Nm", "Acct/Ownr/Pty/Nm");
  const debtor = pickDebtor(find(tx, "RltdPties"), ownIban, ownName);
  const addtlTx = parseSlashFields(text(tx, "AddtlTxInf"));
  const rtrAddtl = texts(rtrInf, "AddtlInf");
  const rtrSlash = parseSlashFields(rtrAddtl.join(" "));

  const draft: ReversalDraft = {
    index,
    endToEndId: e2e,
    mandateId: text(tx, "Refs/MndtId", "OrgnlTxRef/MndtRltdInf/MndtId"),
    mandateSignedOn: date(tx, "OrgnlTxRef/MndtRltdInf/DtOfSgntr") ?? isoDate(addtlTx.get("DTOFSGNT")),
    amount,
    amountElement: "AmtDtls/InstdAmt/Amt",
    chargesCents: charges?.cents ?? 0,
    bookingDate: date(entry, "BookgDt"),
    requestedCollectionDate: date(tx, "OrgnlTxRef/ReqdColltnDt"),
    sequenceType: sequenceType(text(tx, "OrgnlTxRef/PmtTpInf/SeqTp") ?? addtlTx.get("SQTP")),
    reasonCode: text(rtrInf, "Rsn/Cd", "Rsn/Prtry"),
    reasonElement: "RtrInf/Rsn/Cd",
    reasonInfo: rtrAddtl.length ? rtrAddtl.join(" ") : undefined,
    bankKind: kindFromBankText(rtrSlash.get("RTYP")),
    debtorName: debtor.name,
    debtorIban: debtor.iban,
    bankReference: text(tx, "Refs/AcctSvcrRef") ?? text(entry, "AcctSvcrRef") ?? text(tx, "Refs/TxId"),
    creditorReference: text(tx, "RmtInf/Strd/CdtrRefInf/Ref"),
    description: texts(tx, "RmtInf/Ustrd").join(" ") || undefined,
  };
  return { draft };
}

function isoDate(raw: string | undefined): string | undefined {
  return raw && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : undefined;
}

/**
 * Completes drafts once the whole entry is read: AddtlNtryInf comes after NtryDtls in the
 * schema, and the entry amount may stand in for a single transaction's amount.
 */
export function completeCamtDraft(draft: ReversalDraft, entry: XNode, txCountInEntry: number): void {
  const info = parseSlashFields(text(entry, "AddtlNtryInf"));
  draft.bankKind ??= kindFromBankText(info.get("RTYP"));
  // Free text is a fallback only: ABN AMRO's /IBAN/ can differ from RltdPties, which wins.
  draft.endToEndId ??= info.get("EREF");
  draft.mandateId ??= info.get("MARF");
  draft.reasonCode ??= info.get("RTRN");
  if (draft.debtorName === undefined && draft.debtorIban === undefined) {
    draft.debtorName = info.get("NAME");
    draft.debtorIban = normalizeIban(info.get("IBAN"));
  }
  draft.description ??= info.get("REMI");
  draft.sequenceType ??= sequenceType(info.get("SQTP"));
  if (txCountInEntry <= 1) {
    const entryCharges =
      draft.chargesCents === 0 ? readCharges(entry, draft.index, draft.endToEndId) : undefined;
    if (entryCharges) draft.chargesCents = entryCharges.cents;
    if (!draft.amount) {
      const booked = readMoney(find(entry, "Amt"), "Ntry/Amt", draft.index, draft.endToEndId);
      if (booked) {
        draft.amount = { ...booked, cents: booked.cents - (entryCharges?.included ? entryCharges.cents : 0) };
      }
    }
  }
}
