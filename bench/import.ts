// npm run bench:import [-- --count <n>] — imports a generated camt.054 with 100,000 (or n) returned direct
// debits into a scratch database and compares it with PostgreSQL COPY loading the same rows into plain tables.
// Targets: ≤ 15 s, peak RSS < 300 MB, ≤ 4× COPY.
import "../scripts/load-env";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { createTestDatabase } from "../tests/support/test-database";

function countArg(argv: string[]): number {
  const at = argv.indexOf("--count");
  const raw = at >= 0 ? argv[at + 1] : argv.find((a) => /^\d[\d_]*$/.test(a));
  const n = Number((raw ?? "100000").replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--count must be a positive whole number, got ${raw}`);
  return n;
}
const count = countArg(process.argv.slice(2));

/** Peak RSS and heap while `fn` runs, sampled every 50 ms (maxRSS alone also counts what came before). */
async function sampled<T>(fn: () => Promise<T>): Promise<{ value: T; rssMB: number; heapMB: number }> {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  const timer = setInterval(sample, 50);
  try {
    const value = await fn();
    sample();
    return { value, rssMB: Math.round(rss / 1048576), heapMB: Math.round(heap / 1048576) };
  } finally {
    clearInterval(timer);
  }
}

/** COPY … TO STDOUT of a query into memory (untimed preparation of the baseline). */
async function copyOut(client: pg.Client, query: string): Promise<string> {
  const chunks: Buffer[] = [];
  const stream = client.query(copyTo(`COPY (${query}) TO STDOUT`));
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function copyIn(client: pg.Client, table: string, text: string): Promise<void> {
  await pipeline(
    (async function* () {
      for (let i = 0; i < text.length; i += 1 << 20) yield text.slice(i, i + (1 << 20));
    })(),
    client.query(copyFrom(`COPY ${table} FROM STDIN`)),
  );
}

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
    const during = await sampled(() =>
      importFile({
        fileName: path.basename(file),
        data: createReadStream(file, { highWaterMark: 256 * 1024 }),
        actor: {},
      }),
    );
    const summary = during.value;
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

    // The baseline: the very rows the import wrote (every column of its Debtor, Collection, Reversal, Case
    // and CaseEvent rows), exported untimed, then COPY'd (timed) into plain tables of the same columns and
    // types — no indexes, no constraints but NOT NULL, no foreign keys. Reversals alone are timed too.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const id = summary.importId.replace(/[^0-9a-f-]/g, "");
    const revs = `SELECT id FROM "Reversal" WHERE "importId" = '${id}'`;
    const cases = `SELECT id FROM "Case" WHERE "reversalId" IN (${revs})`;
    const tables = [
      [
        "Debtor",
        `SELECT * FROM "Debtor" WHERE id IN (SELECT "debtorId" FROM "Collection" WHERE "importId" = '${id}')`,
      ],
      ["Collection", `SELECT * FROM "Collection" WHERE "importId" = '${id}'`],
      ["Reversal", `SELECT * FROM "Reversal" WHERE "importId" = '${id}'`],
      ["Case", `SELECT * FROM "Case" WHERE id IN (${cases})`],
      ["CaseEvent", `SELECT * FROM "CaseEvent" WHERE "caseId" IN (${cases})`],
    ] as const;
    const data = new Map<string, string>();
    const rowCounts: Record<string, number> = {};
    for (const [table, query] of tables) {
      const text = await copyOut(client, query);
      data.set(table, text);
      rowCounts[table] = text === "" ? 0 : text.split("\n").length - 1;
      await client.query(`CREATE TABLE "copy_${table}" (LIKE "${table}")`);
    }
    await client.query(`CREATE TABLE "copy_only_Reversal" (LIKE "Reversal")`);
    const copyAllStart = performance.now();
    for (const [table] of tables) await copyIn(client, `"copy_${table}"`, data.get(table) ?? "");
    const copySeconds = (performance.now() - copyAllStart) / 1000;
    const copyRevStart = performance.now();
    await copyIn(client, `"copy_only_Reversal"`, data.get("Reversal") ?? "");
    const copyReversalsSeconds = (performance.now() - copyRevStart) / 1000;
    data.clear();
    const copied = Object.values(rowCounts).reduce((a, b) => a + b, 0);
    await client.end();

    const ratio = importSeconds / copySeconds;
    const ratioReversals = importSeconds / copyReversalsSeconds;
    const result = {
      transactions: count,
      fileMB: Number((size / 1e6).toFixed(1)),
      importSeconds: Number(importSeconds.toFixed(2)),
      transactionsPerSecond: Math.round(count / importSeconds),
      peakRssMB: Math.round(peakRss / 1024),
      rssBeforeImportMB: Math.round(rssBefore / 1024),
      peakRssDuringImportMB: during.rssMB,
      peakHeapDuringImportMB: during.heapMB,
      parseOnlySeconds: Number(parseSeconds.toFixed(2)),
      copySeconds: Number(copySeconds.toFixed(2)),
      copiedRows: copied,
      copiedRowsByTable: rowCounts,
      importToCopyRatio: Number(ratio.toFixed(1)),
      copyReversalsOnlySeconds: Number(copyReversalsSeconds.toFixed(2)),
      importToCopyReversalsRatio: Number(ratioReversals.toFixed(1)),
    };
    console.log(`importFile:  ${importSeconds.toFixed(2)} s, ${result.transactionsPerSecond} tx/s`);
    console.log(
      `  created ${summary.reversals.created} reversals, cases, collections, debtors in one transaction`,
    );
    console.log(
      `  peak RSS ${mb(peakRss)} (before import ${mb(rssBefore)}); sampled during import: RSS ${during.rssMB} MB, heap ${during.heapMB} MB`,
    );
    console.log(`  parsing alone (same file, parser only): ${parseSeconds.toFixed(2)} s`);
    console.log(
      `COPY:        ${copySeconds.toFixed(2)} s for the ${copied} rows the import wrote into 5 plain tables ` +
        `(${Object.entries(rowCounts)
          .map(([t, n]) => `${t} ${n}`)
          .join(", ")})`,
    );
    console.log(
      `             ${copyReversalsSeconds.toFixed(2)} s for the ${rowCounts.Reversal} reversal rows alone`,
    );
    console.log(
      `ratio:       import is ${ratio.toFixed(1)}× COPY of all rows (${ratioReversals.toFixed(1)}× COPY of reversals alone)`,
    );
    console.log(`             parsing alone is ${(parseSeconds / copySeconds).toFixed(1)}× COPY of all rows`);
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
