import path from "node:path";
import { describe, expect, it } from "vitest";
import { BankFileError, parseIso20022Buffer, parseIso20022File } from "@/features/imports/parsers/iso20022";

const fixtures = path.resolve(import.meta.dirname, "../../fixtures/bank-files");
const v = (n: number) => `001.${String(n).padStart(2, "0")}`;

/** Minimal but schema-shaped camt with one returned direct debit, per family and version. */
function camt(family: "camt.052" | "camt.053" | "camt.054", n: number): string {
  const [root, block] =
    family === "camt.052"
      ? ["BkToCstmrAcctRpt", "Rpt"]
      : family === "camt.053"
        ? ["BkToCstmrStmt", "Stmt"]
        : ["BkToCstmrDbtCdtNtfctn", "Ntfctn"];
  // v07+ made Sts a code choice; v08 wraps parties in <Pty>; v04+ allows TxDtls/Amt.
  const sts = n >= 7 ? "<Sts><Cd>BOOK</Cd></Sts>" : "<Sts>BOOK</Sts>";
  const party = (nm: string) => (n >= 8 ? `<Pty><Nm>${nm}</Nm></Pty>` : `<Nm>${nm}</Nm>`);
  const txAmt = n >= 4 ? `<Amt Ccy="EUR">30.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>` : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${family}.${v(n)}">
<${root}><GrpHdr><MsgId>M1</MsgId><CreDtTm>2024-03-05T06:00:00</CreDtTm></GrpHdr>
<${block}><Id>S1</Id><CreDtTm>2024-03-05T06:00:00</CreDtTm>
<Acct><Id><IBAN>NL39RABO0300065264</IBAN></Id></Acct>
<Ntry><Amt Ccy="EUR">30.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>${sts}<BookgDt><Dt>2024-03-05</Dt></BookgDt>
<AcctSvcrRef>REF-${n}</AcctSvcrRef>
<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>IDDT</Cd><SubFmlyCd>UPDD</SubFmlyCd></Fmly></Domn></BkTxCd>
<NtryDtls><TxDtls><Refs><EndToEndId>E2E-${family}-${n}</EndToEndId><MndtId>MDT-1</MndtId></Refs>${txAmt}
<AmtDtls><InstdAmt><Amt Ccy="EUR">30.00</Amt></InstdAmt></AmtDtls>
<RltdPties><Dbtr>${party("Noor Hendriks")}</Dbtr><DbtrAcct><Id><IBAN>NL20INGB0001234567</IBAN></Id></DbtrAcct>
<Cdtr>${party("Club")}</Cdtr><CdtrAcct><Id><IBAN>NL39RABO0300065264</IBAN></Id></CdtrAcct></RltdPties>
<RtrInf><Rsn><Cd>AC04</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry>
</${block}></${root}></Document>`;
}

function pain002(n: number): string {
  const party = (nm: string) => (n >= 8 ? `<Pty><Nm>${nm}</Nm></Pty>` : `<Nm>${nm}</Nm>`);
  return `<?xml version="1.0"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.${v(n)}"><CstmrPmtStsRpt>
<GrpHdr><MsgId>S1</MsgId><CreDtTm>2024-03-01T09:00:00</CreDtTm></GrpHdr>
<OrgnlGrpInfAndSts><OrgnlMsgId>O1</OrgnlMsgId><OrgnlMsgNmId>pain.008</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>
<OrgnlPmtInfAndSts><OrgnlPmtInfId>P1</OrgnlPmtInfId>
<TxInfAndSts><StsId>ST1</StsId><OrgnlEndToEndId>E2E-pain002-${n}</OrgnlEndToEndId><TxSts>RJCT</TxSts>
<StsRsnInf><Rsn><Cd>AC01</Cd></Rsn></StsRsnInf>
<OrgnlTxRef><Amt><InstdAmt Ccy="EUR">12.34</InstdAmt></Amt><ReqdColltnDt>2024-03-05</ReqdColltnDt>
<PmtTpInf><SeqTp>FRST</SeqTp></PmtTpInf><MndtRltdInf><MndtId>MDT-1</MndtId></MndtRltdInf>
<Dbtr>${party("Bram Mulder")}</Dbtr><DbtrAcct><Id><IBAN>NL20INGB0001234567</IBAN></Id></DbtrAcct></OrgnlTxRef></TxInfAndSts>
<TxInfAndSts><OrgnlEndToEndId>E2E-ok</OrgnlEndToEndId><TxSts>ACSC</TxSts></TxInfAndSts>
</OrgnlPmtInfAndSts></CstmrPmtStsRpt></Document>`;
}

function pain008(n: number): string {
  return `<?xml version="1.0"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.${v(n)}"><CstmrDrctDbtInitn>
<GrpHdr><MsgId>M1</MsgId><CreDtTm>2024-02-27T14:00:00</CreDtTm><NbOfTxs>1</NbOfTxs><InitgPty><Nm>Club</Nm></InitgPty></GrpHdr>
<PmtInf><PmtInfId>P1</PmtInfId><PmtMtd>DD</PmtMtd><PmtTpInf><SeqTp>OOFF</SeqTp></PmtTpInf><ReqdColltnDt>2024-03-05</ReqdColltnDt>
<Cdtr><Nm>Club</Nm></Cdtr><CdtrAcct><Id><IBAN>NL39RABO0300065264</IBAN></Id></CdtrAcct>
<DrctDbtTxInf><PmtId><EndToEndId>E2E-pain008-${n}</EndToEndId></PmtId><InstdAmt Ccy="EUR">9.95</InstdAmt>
<DrctDbtTx><MndtRltdInf><MndtId>MDT-9</MndtId><DtOfSgntr>2023-01-02</DtOfSgntr></MndtRltdInf></DrctDbtTx>
<Dbtr><Nm>Ruben Bos</Nm></Dbtr><DbtrAcct><Id><IBAN>NL20INGB0001234567</IBAN></Id></DbtrAcct></DrctDbtTxInf>
</PmtInf></CstmrDrctDbtInitn></Document>`;
}

describe("every supported family and version is recognised", () => {
  for (const family of ["camt.052", "camt.053", "camt.054"] as const) {
    for (let n = 2; n <= 8; n++) {
      it(`${family}.${v(n)}`, async () => {
        const r = await parseIso20022Buffer(camt(family, n));
        expect(r.format).toEqual({ family, version: v(n), name: `${family}.${v(n)}` });
        expect(r.reversals).toHaveLength(1);
        expect(r.reversals[0]).toMatchObject({
          endToEndId: `E2E-${family}-${n}`,
          amountCents: 3000,
          reasonCode: "AC04",
          kind: "RETURN",
          debtorName: "Noor Hendriks",
          debtorIban: "NL20INGB0001234567",
          bookingDate: "2024-03-05",
          bankReference: `REF-${n}`,
        });
      });
    }
  }

  for (let n = 3; n <= 10; n++) {
    it(`pain.002.${v(n)}`, async () => {
      const r = await parseIso20022Buffer(pain002(n));
      expect(r.format.name).toBe(`pain.002.${v(n)}`);
      expect(r.reversals).toHaveLength(1);
      expect(r.reversals[0]).toMatchObject({
        endToEndId: `E2E-pain002-${n}`,
        amountCents: 1234,
        kind: "REJECT",
        debtorName: "Bram Mulder",
        requestedCollectionDate: "2024-03-05",
        sequenceType: "FRST",
        bankReference: "ST1",
      });
      expect(r.skipped).toEqual([{ reason: "payment status ACSC", index: 2 }]);
    });
  }

  for (const n of [2, 8]) {
    it(`pain.008.${v(n)}`, async () => {
      const r = await parseIso20022Buffer(pain008(n));
      expect(r.format.name).toBe(`pain.008.${v(n)}`);
      expect(r.reversals).toEqual([]);
      expect(r.collections).toEqual([
        {
          endToEndId: `E2E-pain008-${n}`,
          amountCents: 995,
          currency: "EUR",
          collectionDate: "2024-03-05",
          sequenceType: "OOFF",
          mandateId: "MDT-9",
          mandateSignedOn: "2023-01-02",
          debtorName: "Ruben Bos",
          debtorIban: "NL20INGB0001234567",
          index: 1,
        },
      ]);
    });
  }

  for (const name of [
    "camt.053.001.01",
    "camt.054.001.09",
    "pain.002.001.02",
    "pain.002.001.11",
    "pain.008.001.05",
  ]) {
    it(`refuses ${name}`, async () => {
      const xml = `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${name}"><X/></Document>`;
      const err = await parseIso20022Buffer(xml).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BankFileError);
      expect(err).toMatchObject({ code: "UNSUPPORTED_NAMESPACE" });
      expect((err as Error).message).toContain(
        `unsupported or unknown namespace urn:iso:std:iso:20022:tech:xsd:${name}`,
      );
    });
  }

  it("accepts a prefixed namespace (ns2:Document)", async () => {
    const xml = camt("camt.054", 2)
      .replace(/<(\/?)([A-Za-z])/g, "<$1ns2:$2")
      .replace("<ns2:Document xmlns=", "<ns2:Document xmlns:ns2=")
      .replace("<ns2:?xml", "<?xml");
    const r = await parseIso20022Buffer(xml);
    expect(r.format.name).toBe("camt.054.001.02");
    expect(r.reversals).toHaveLength(1);
  });
});

describe("hand-written realistic files (tests/fixtures/bank-files)", () => {
  it("Rabobank-like camt.053.001.08: a batch of 3 returns with charges kept apart", async () => {
    const r = await parseIso20022File(path.join(fixtures, "rabobank-camt053-001-08-batch-returns.xml"));
    expect(r.format.name).toBe("camt.053.001.08");
    expect(
      r.reversals.map((x) => [x.endToEndId, x.amountCents, x.chargesCents, x.reasonCode, x.kind]),
    ).toEqual([
      ["ADL-2024-02-0117", 2500, 250, "AM04", "RETURN"],
      ["ADL-2024-02-0142", 1250, 250, "MD06", "REFUND"],
      ["ADL-2024-02-0199", 9999, 0, "MS02", "RETURN"],
    ]);
    expect(r.reversals[0]).toMatchObject({
      mandateId: "ADL-LID-0117",
      debtorName: "Sanne Bakker",
      debtorIban: "NL20INGB0001234567",
      bookingDate: "2024-03-05",
      bankReference: "RABO0000000000002-1",
      creditorReference: "RF18539007547034",
      description: "Contributie februari 2024",
      reasonInfo: "Onvoldoende saldo",
      index: 2,
    });
    expect(r.reversals[1]?.debtorIban).toBe("NL22SNSB0912345678");
    expect(r.reversals[2]?.debtorName).toBe("Fleur Visser & Daan Smit");
    // The ordinary credit and the returned credit transfer (RCDT/RRTN) are skipped.
    expect(r.skipped.map((s) => s.index)).toEqual([1, 5]);
    expect(r.skipped[1]?.reason).toContain("RCDT/RRTN");
  });

  it("pain.002.001.10 with group status RJCT rejects every transaction with the group reason", async () => {
    const r = await parseIso20022File(path.join(fixtures, "pain002-001-10-group-rjct.xml"));
    expect(r.format.name).toBe("pain.002.001.10");
    expect(r.reversals).toHaveLength(2);
    expect(r.reversals[0]).toMatchObject({
      endToEndId: "ADL-2024-03-0001",
      amountCents: 2500,
      reasonCode: "FF01",
      reasonInfo: "Invalid file format",
      kind: "REJECT",
      requestedCollectionDate: "2024-03-05",
      sequenceType: "RCUR",
      mandateId: "ADL-LID-0001",
      mandateSignedOn: "2022-09-01",
      debtorName: "Emma Jansen",
      debtorIban: "NL20INGB0001234567",
      bankReference: "ING-STS-0001",
      description: "Contributie maart 2024",
    });
    expect(r.reversals[1]).toMatchObject({
      endToEndId: "ADL-2024-03-0002",
      amountCents: 1250,
      reasonCode: "FF01",
    });
  });

  it("pain.008.001.08: collections with PmtInf-level date and sequence type", async () => {
    const r = await parseIso20022File(path.join(fixtures, "pain008-001-08-collections.xml"));
    expect(r.format.name).toBe("pain.008.001.08");
    expect(r.collections.map((c) => [c.endToEndId, c.amountCents, c.collectionDate, c.sequenceType])).toEqual(
      [
        ["ADL-2024-03-0001", 2500, "2024-03-05", "RCUR"],
        ["ADL-2024-03-0002", 1250, "2024-03-05", "RCUR"],
      ],
    );
  });

  it("camt.054.001.08 ING/ABN style: debtor under Cdtr, entry amount, /RTYP/ refund, proprietary code only", async () => {
    const r = await parseIso20022File(path.join(fixtures, "abnamro-like-camt054-001-08-ing-style.xml"));
    expect(r.reversals).toEqual([
      expect.objectContaining({
        endToEndId: "VE-2024-02-556677",
        mandateId: "VE-KLANT-556677",
        mandateSignedOn: "2021-06-30",
        sequenceType: "RCUR",
        amountCents: 8735,
        chargesCents: 0,
        reasonCode: "MD06",
        kind: "REFUND",
        bookingDate: "2024-03-07",
        debtorName: "Lotte de Groot",
        debtorIban: "NL20INGB0001234567",
        bankReference: "ABN-0700-99",
      }),
    ]);
  });
});
