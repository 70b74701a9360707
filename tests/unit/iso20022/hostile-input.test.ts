import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  BankFileError,
  generateCamt054,
  parseIso20022,
  parseIso20022Buffer,
  parseIso20022File,
} from "@/features/imports/parsers/iso20022";

const NS = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.02";

async function failure(p: Promise<unknown>): Promise<BankFileError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BankFileError);
  return err as BankFileError;
}

async function drain(events: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of events) n++;
  return n;
}

/** One camt.054 entry around the given TxDtls bodies. */
function entry(txs: string[], extra = ""): string {
  return `<?xml version="1.0"?>
<Document xmlns="${NS}"><BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>M</MsgId></GrpHdr><Ntfctn><Id>N</Id>
<Acct><Id><IBAN>NL39RABO0300065264</IBAN></Id></Acct>
<Ntry><Amt Ccy="EUR">10.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2024-03-05</Dt></BookgDt>
<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>IDDT</Cd><SubFmlyCd>UPDD</SubFmlyCd></Fmly></Domn></BkTxCd>${extra}
<NtryDtls>${txs.map((t) => `<TxDtls>${t}</TxDtls>`).join("\n")}</NtryDtls></Ntry></Ntfctn></BkToCstmrDbtCdtNtfctn></Document>`;
}

const goodTx = (e2e: string, amt = "5.00") =>
  `<Refs><EndToEndId>${e2e}</EndToEndId></Refs><AmtDtls><InstdAmt><Amt Ccy="EUR">${amt}</Amt></InstdAmt></AmtDtls><RtrInf><Rsn><Cd>AM04</Cd></Rsn></RtrInf>`;

describe("DOCTYPE / entities are refused (XXE, billion laughs)", () => {
  it("refuses a plain DOCTYPE", async () => {
    const err = await failure(
      parseIso20022Buffer(`<?xml version="1.0"?><!DOCTYPE Document><Document xmlns="${NS}"/>`),
    );
    expect(err.code).toBe("DOCTYPE_FORBIDDEN");
  });

  it("refuses billion laughs before expanding anything", async () => {
    const lol = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<Document xmlns="${NS}">&lol9;</Document>`;
    const err = await failure(parseIso20022Buffer(lol));
    expect(err.code).toBe("DOCTYPE_FORBIDDEN");
    expect(err.message).toMatch(/DOCTYPE/);
  });

  it("refuses an external entity (XXE)", async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Document xmlns="${NS}">&xxe;</Document>`;
    expect((await failure(parseIso20022Buffer(xxe))).code).toBe("DOCTYPE_FORBIDDEN");
  });

  it("refuses a DOCTYPE split across chunks", async () => {
    async function* chunks() {
      yield Buffer.from(`<?xml version="1.0"?>\n${" ".repeat(600)}<!DOC`);
      yield "TYPE d>";
      yield `<Document xmlns="${NS}"/>`;
    }
    expect((await failure(drain(parseIso20022(chunks())))).code).toBe("DOCTYPE_FORBIDDEN");
  });

  it("an undeclared entity reference is malformed XML, never resolved", async () => {
    const err = await failure(parseIso20022Buffer(`<Document xmlns="${NS}"><A>&xxe;</A></Document>`));
    expect(err.code).toBe("MALFORMED_XML");
  });
});

describe("size limits", () => {
  it("refuses input above maxBytes while streaming, without reading the rest", async () => {
    let produced = 0;
    async function* endless() {
      for await (const chunk of generateCamt054(1_000_000)) {
        produced += Buffer.byteLength(chunk);
        yield chunk;
      }
    }
    const err = await failure(drain(parseIso20022(endless(), { maxBytes: 1_000_000 })));
    expect(err.code).toBe("TOO_LARGE");
    expect(produced).toBeLessThan(1_500_000);
  });

  it("parseIso20022File refuses a file larger than maxBytes up front", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "iso20022-")), "big.xml");
    writeFileSync(file, entry([goodTx("E1")]));
    expect((await failure(parseIso20022File(file, { maxBytes: 100 }))).code).toBe("TOO_LARGE");
    expect((await parseIso20022File(file)).reversals).toHaveLength(1);
  });

  it("refuses absurd nesting depth", async () => {
    const deep = `<Document xmlns="${NS}">${"<A>".repeat(100)}${"</A>".repeat(100)}</Document>`;
    expect((await failure(parseIso20022Buffer(deep))).code).toBe("MALFORMED_XML");
  });
});

describe("malformed and foreign input", () => {
  it("reports line and column of malformed XML", async () => {
    const xml = `<?xml version="1.0"?>\n<Document xmlns="${NS}">\n  <BkToCstmrDbtCdtNtfctn>\n    <Ntfctn></Ntry>\n`;
    const err = await failure(parseIso20022Buffer(xml));
    expect(err.code).toBe("MALFORMED_XML");
    expect(err.details.line).toBe(4);
    expect(err.message).toMatch(/line 4, column \d+/);
  });

  it("a truncated file is malformed", async () => {
    const whole = entry([goodTx("E1")]);
    const err = await failure(parseIso20022Buffer(whole.slice(0, whole.length - 40)));
    expect(err.code).toBe("MALFORMED_XML");
  });

  it("an empty file or plain text is not a bank file", async () => {
    expect((await failure(parseIso20022Buffer(""))).code).toBe("NOT_ISO20022");
    expect((await failure(parseIso20022Buffer("  \n"))).code).toBe("NOT_ISO20022");
    expect((await failure(parseIso20022Buffer("IBAN;amount\nNL..;1"))).code).toBe("NOT_ISO20022");
    expect((await failure(parseIso20022Buffer("<?xml version='1.0'?><Document"))).code).toBe("MALFORMED_XML");
  });

  it("XML that is not an ISO 20022 Document is refused", async () => {
    expect((await failure(parseIso20022Buffer("<html><body/></html>"))).code).toBe("NOT_ISO20022");
    expect((await failure(parseIso20022Buffer("<Document><A/></Document>"))).code).toBe("NOT_ISO20022");
  });
});

describe("required elements", () => {
  it("missing EndToEndId names the element and the transaction", async () => {
    const noE2e = `<Refs><MndtId>M</MndtId></Refs><AmtDtls><InstdAmt><Amt Ccy="EUR">5.00</Amt></InstdAmt></AmtDtls><RtrInf><Rsn><Cd>AM04</Cd></Rsn></RtrInf>`;
    const err = await failure(parseIso20022Buffer(entry([goodTx("E1"), noE2e])));
    expect(err.code).toBe("MISSING_ELEMENT");
    expect(err.message).toContain("EndToEndId");
    expect(err.message).toContain("transaction 2");
    expect(err.details).toMatchObject({ element: "Refs/EndToEndId", index: 2 });
  });

  it("missing reason code names the element and the end-to-end id", async () => {
    const noReason = `<Refs><EndToEndId>E-77</EndToEndId></Refs><AmtDtls><InstdAmt><Amt Ccy="EUR">5.00</Amt></InstdAmt></AmtDtls><RtrInf><AddtlInf>?</AddtlInf></RtrInf>`;
    const err = await failure(parseIso20022Buffer(entry([noReason])));
    expect(err.code).toBe("MISSING_ELEMENT");
    expect(err.message).toContain("RtrInf/Rsn/Cd");
    expect(err.message).toContain("transaction 1 (end-to-end id E-77)");
  });

  it("a batch without per-transaction amounts cannot borrow the entry amount", async () => {
    const bare = (e2e: string) =>
      `<Refs><EndToEndId>${e2e}</EndToEndId></Refs><RtrInf><Rsn><Cd>AM04</Cd></Rsn></RtrInf>`;
    const err = await failure(parseIso20022Buffer(entry([bare("E1"), bare("E2")])));
    expect(err.code).toBe("MISSING_ELEMENT");
    expect(err.message).toContain("end-to-end id E1");
  });

  it("a comma decimal is an invalid value, not a silent mis-read", async () => {
    const err = await failure(parseIso20022Buffer(entry([goodTx("E1", "5,00")])));
    expect(err.code).toBe("INVALID_VALUE");
    expect(err.message).toContain("E1");
  });
});
