// npm run bench:import [-- <count>] — imports a generated camt.054 with 100,000 returned direct debits into
// a scratch database and compares it with PostgreSQL COPY loading the same rows into a plain table.
// Targets: ≤ 15 s, peak RSS < 300 MB, ≤ 4× COPY.
import "../scripts/load-env";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { createTestDatabase } from "../tests/support/test-database";

const count = Number(process.argv[2] ?? 100_000);

function mb(kb: number): string {
  return `${(kb / 1024).toFixed(0)} MB`;
}

async function main() {
  const database = await createTestDatabase("stornodesk_bench");
  process.env.DATABASE_URL = database.url;
  const dir = await mkdtemp(path.join(tmpdir(), "stornodesk-bench-"));
  const file = path.join(dir, `camt054-${count}.xml`);
  try {
    const { generateCamt054, parseIso20022 } = await import("@/features/imports/parsers/iso20022");
    const { importFile } = await import("@/features/imports/import-file.server");
    const { closePgPool } = await import("@/lib/db/pg-pool");

    await pipeline(generateCamt054(count), createWriteStream(file));
    const size = (await stat(file)).size;
    console.log(
      `Generated ${count.toLocaleString("en")} transactions: ${(size / 1e6).toFixed(1)} MB camt.054`,
    );

    const rssBefore = process.resourceUsage().maxRSS;
    const t0 = performance.now();
    const summary = await importFile({
      fileName: path.basename(file),
      data: createReadStream(file, { highWaterMark: 256 * 1024 }),
      actor: {},
    });
    const importSeconds = (performance.now() - t0) / 1000;
    const peakRss = process.resourceUsage().maxRSS;
    if (summary.reversals.created !== count) {
      throw new Error(`expected ${count} reversals, got ${JSON.stringify(summary.reversals)}`);
    }

    // Parsing alone, to show where the time goes (not part of the comparison).
    const tp = performance.now();
    for await (const _ of parseIso20022(createReadStream(file, { highWaterMark: 256 * 1024 }))) {
      // drain
    }
    const parseSeconds = (performance.now() - tp) / 1000;

    // The same reversal fields as text, prepared untimed, then COPY'd into a plain table (timed).
    const lines: string[] = [];
    const esc = (v: string | number | undefined) =>
      v === undefined ? "\\N" : String(v).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n");
    for await (const e of parseIso20022(createReadStream(file, { highWaterMark: 256 * 1024 }))) {
      if (e.type !== "reversal") continue;
      const r = e.reversal;
      lines.push(
        [
          r.endToEndId,
          r.mandateId,
          r.amountCents,
          r.currency,
          r.chargesCents,
          r.reasonCode,
          r.kind,
          r.bookingDate,
          r.debtorName,
          r.debtorIban,
          r.bankReference,
          r.description,
          r.dedupeKey,
        ]
          .map(esc)
          .join("\t"),
      );
    }
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(`CREATE TABLE copy_bench (end_to_end_id text, mandate_id text, amount_cents int,
      currency text, charges_cents int, reason_code text, kind text, booking_date date, debtor_name text,
      debtor_iban text, bank_reference text, description text, dedupe_key text)`);
    const tc = performance.now();
    const stream = client.query(copyFrom("COPY copy_bench FROM STDIN"));
    await pipeline(
      (async function* () {
        for (let i = 0; i < lines.length; i += 5_000) yield `${lines.slice(i, i + 5_000).join("\n")}\n`;
      })(),
      stream,
    );
    const copySeconds = (performance.now() - tc) / 1000;
    const copied = (await client.query<{ n: string }>("SELECT count(*)::text AS n FROM copy_bench")).rows[0]
      ?.n;
    await client.end();

    const ratio = importSeconds / copySeconds;
    const result = {
      transactions: count,
      fileMB: Number((size / 1e6).toFixed(1)),
      importSeconds: Number(importSeconds.toFixed(2)),
      transactionsPerSecond: Math.round(count / importSeconds),
      peakRssMB: Math.round(peakRss / 1024),
      rssBeforeImportMB: Math.round(rssBefore / 1024),
      parseOnlySeconds: Number(parseSeconds.toFixed(2)),
      copySeconds: Number(copySeconds.toFixed(2)),
      copiedRows: Number(copied),
      importToCopyRatio: Number(ratio.toFixed(1)),
    };
    console.log(`importFile:  ${importSeconds.toFixed(2)} s, ${result.transactionsPerSecond} tx/s`);
    console.log(
      `  created ${summary.reversals.created} reversals, cases, collections, debtors in one transaction`,
    );
    console.log(`  peak RSS ${mb(peakRss)} (before import ${mb(rssBefore)})`);
    console.log(`  of which parsing alone ~${parseSeconds.toFixed(2)} s`);
    console.log(`COPY:        ${copySeconds.toFixed(2)} s for ${copied} rows into a plain table`);
    console.log(`ratio:       import is ${ratio.toFixed(1)}× COPY`);
    const targets = [
      ["≤ 15 s", importSeconds <= 15],
      ["peak RSS < 300 MB", peakRss / 1024 < 300],
      ["≤ 4× COPY", ratio <= 4],
    ] as const;
    for (const [name, ok] of targets) console.log(`target ${name}: ${ok ? "met" : "NOT met"}`);
    console.log(JSON.stringify(result));
    await closePgPool();
  } finally {
    await rm(dir, { recursive: true, force: true });
    await database.stop();
  }
}

await main();
process.exit(0);
