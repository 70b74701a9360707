// npm run bench:form — the consumer page under load. Starts the production server (building when the
// sources changed, like `npm start`) on a scratch database with demo data, makes real links for demo
// cases, then measures with autocannon (100 connections, 20 s each):
//   GET /r/<token> (tokens rotated, one made-up client address per request so the per-client rate
//   limit does not kick in) against GET /r/static-check (a static page on the same server);
// the gzip size of the JavaScript the page loads; and the submissions per second the server sustains
// (plain form posts, as a browser without JavaScript sends them, each for a fresh link).
// Targets on the 2-core machine: p99 < 250 ms, ≥ 50 % of the static page's throughput, < 150 kB gzip JS.
import "../scripts/load-env";
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
// @ts-expect-error autocannon publishes no types
import autocannonImport from "autocannon";
import { createTestDatabase } from "../tests/support/test-database";

type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
};
type AutocannonRequest = { method?: string; path?: string; headers?: Record<string, string> };
const autocannon = autocannonImport as (opts: Record<string, unknown>) => Promise<AutocannonResult>;

const PORT = Number(process.env.BENCH_PORT) || 3199;
const BASE = `http://localhost:${PORT}`;
const CONNECTIONS = 100;
const DURATION = 20;
const LINKS = 50;
const SUBMIT_SECONDS = 10;
const SUBMIT_CONCURRENCY = 16;

async function waitForHealth(server: ChildProcess, timeoutMs = 600_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not become healthy");
}

let clientSeq = 0;
const fakeClient = () => `203.0.${(clientSeq >> 8) & 255}.${clientSeq++ & 255}-${clientSeq}`;

async function load(title: string, paths: string[]): Promise<AutocannonResult> {
  let i = 0;
  const result = await autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        setupRequest: (req: AutocannonRequest) => ({
          ...req,
          method: "GET",
          path: paths[i++ % paths.length],
          headers: { ...(req.headers ?? {}), "x-forwarded-for": fakeClient() },
        }),
      },
    ],
  });
  console.log(
    `${title.padEnd(18)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  (${result.requests.total} requests, non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`,
  );
  return result;
}

/**
 * The JavaScript a browser loads for a page: every `<script src>` in its HTML, gzip -9 each. Scripts
 * marked `nomodule` (Next's legacy polyfills) are left out: browsers that run modules — every browser
 * Next 16 supports — never download them. They are reported on their own.
 */
async function pageJavaScript(path: string): Promise<{
  files: number;
  gzipBytes: number;
  rawBytes: number;
  noModuleGzipBytes: number;
  srcs: Set<string>;
}> {
  const html = await (await fetch(`${BASE}${path}`, { headers: { "x-forwarded-for": fakeClient() } })).text();
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].map((m) => ({
    src: (m[1] ?? "").replace(/&amp;/g, "&"),
    noModule: /\snomodule(=|\s|>)/i.test(m[0]),
  }));
  const srcs = new Set<string>();
  let gzipBytes = 0;
  let rawBytes = 0;
  let noModuleGzipBytes = 0;
  for (const { src, noModule } of tags) {
    if (srcs.has(src)) continue;
    srcs.add(src);
    const body = Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer());
    const gz = gzipSync(body, { level: 9 }).length;
    if (process.env.BENCH_VERBOSE)
      console.log(`  ${(gz / 1024).toFixed(1).padStart(6)} kB gzip  ${src}${noModule ? " (nomodule)" : ""}`);
    if (noModule) {
      noModuleGzipBytes += gz;
      continue;
    }
    rawBytes += body.length;
    gzipBytes += gz;
  }
  return { files: srcs.size, gzipBytes, rawBytes, noModuleGzipBytes, srcs };
}

/** The hidden fields React renders for the no-JavaScript post of the form (action id and state). */
async function actionFields(path: string): Promise<[string, string][]> {
  const html = await (await fetch(`${BASE}${path}`, { headers: { "x-forwarded-for": fakeClient() } })).text();
  const fields: [string, string][] = [];
  for (const m of html.matchAll(/<input[^>]*>/g)) {
    const tag = m[0];
    const name = /\sname="([^"]*)"/.exec(tag)?.[1];
    if (!name?.startsWith("$ACTION")) continue;
    const value = (/\svalue="([^"]*)"/.exec(tag)?.[1] ?? "")
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
    fields.push([name, value]);
  }
  if (!fields.length) throw new Error("no server action fields in the page");
  return fields;
}

async function main() {
  const database = await createTestDatabase("stornodesk_bench_form");
  const server = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"],
    {
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        ALLOW_DEMO_SEED: "true",
        PORT: String(PORT),
        // Its own build folder, so a benchmark never races another engineer's build or e2e server.
        NEXT_DIST_DIR: process.env.BENCH_DIST_DIR || ".next-bench",
        NEXTAUTH_URL: BASE,
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "bench-secret-that-is-long-enough-0123456789",
        LOG_LEVEL: "warn",
      },
    },
  );
  const stop = async () => {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1500));
    await database.stop();
  };
  try {
    console.log("Starting the production server (builds when sources changed)…");
    await waitForHealth(server);
    process.env.DATABASE_URL = database.url;
    const { db } = await import("@/lib/db/client");
    const { createResponseLink } = await import("@/features/responses/links.server");

    const cases = await db.case.findMany({
      where: { status: { in: ["NEW", "INVITED", "OPENED", "RESPONDED", "IN_PROGRESS"] } },
      select: { id: true },
      orderBy: { number: "asc" },
    });
    if (cases.length === 0) throw new Error("no demo cases");
    const makeLinks = async (n: number) => {
      const tokens: string[] = [];
      for (let k = 0; k < n; k++)
        tokens.push((await createResponseLink(undefined, cases[k % cases.length]?.id ?? "")).token);
      return tokens;
    };
    const tokens = await makeLinks(LINKS);
    console.log(`${tokens.length} links for ${Math.min(LINKS, cases.length)} demo cases`);

    // Warm up both routes (first render compiles nothing in production, but fills caches and pools).
    await autocannon({ url: `${BASE}/r/static-check`, connections: 10, duration: 3 });
    await autocannon({
      url: BASE,
      connections: 10,
      duration: 3,
      requests: [
        {
          setupRequest: (req: AutocannonRequest) => ({
            ...req,
            path: `/r/${tokens[clientSeq % tokens.length]}`,
            headers: { "x-forwarded-for": fakeClient() },
          }),
        },
      ],
    });

    const dynamicRun = await load(
      "GET /r/<token>",
      tokens.map((t) => `/r/${t}`),
    );
    const staticRun = await load("GET /r/static-check", ["/r/static-check"]);
    const ratio = dynamicRun.requests.average / staticRun.requests.average;

    const js = await pageJavaScript(`/r/${tokens[0]}`);
    const framework = await pageJavaScript("/r/static-check");
    const own = [...js.srcs].filter((src) => !framework.srcs.has(src)).length;

    // Submissions: plain form posts for fresh links, SUBMIT_CONCURRENCY at a time, for SUBMIT_SECONDS.
    const fields = await actionFields(`/r/${tokens[1]}`);
    const fresh = await makeLinks(2500);
    let next = 0;
    let ok = 0;
    let failed = 0;
    const latencies: number[] = [];
    const deadline = Date.now() + SUBMIT_SECONDS * 1000;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: SUBMIT_CONCURRENCY }, async () => {
        while (Date.now() < deadline && next < fresh.length) {
          const token = fresh[next++] ?? "";
          const form = new FormData();
          for (const [k, v] of fields) form.append(k, v);
          form.append("token", token);
          form.append("lang", "nl");
          form.append("reason", "other");
          form.append("otherText", `Benchmark ${randomUUID()}`);
          const t0 = performance.now();
          const res = await fetch(`${BASE}/r/${token}`, {
            method: "POST",
            body: form,
            redirect: "manual",
            headers: { origin: BASE, "x-forwarded-for": fakeClient() },
          });
          await res.arrayBuffer();
          latencies.push(performance.now() - t0);
          if (res.status === 303 && (res.headers.get("location") ?? "").includes(token)) ok++;
          else failed++;
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    const stored = await db.response.count({
      where: { answers: { path: ["comment"], string_starts_with: "Benchmark" } },
    });
    latencies.sort((a, b) => a - b);
    const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? 0;

    console.log("");
    console.log(
      `/r/<token>: ${dynamicRun.requests.average.toFixed(0)} req/s, p99 ${dynamicRun.latency.p99} ms (target < 250 ms)`,
    );
    console.log(
      `static:     ${staticRun.requests.average.toFixed(0)} req/s, p99 ${staticRun.latency.p99} ms`,
    );
    console.log(`ratio:      ${(ratio * 100).toFixed(0)} % of the static page's throughput (target ≥ 50 %)`);
    console.log(
      `JavaScript: ${(js.gzipBytes / 1024).toFixed(1)} kB gzip (${(js.rawBytes / 1024).toFixed(0)} kB raw) in ${js.files} scripts (target < 150 kB); of which Next + React (the static page's) ${(framework.gzipBytes / 1024).toFixed(1)} kB, the page's own ${((js.gzipBytes - framework.gzipBytes) / 1024).toFixed(1)} kB in ${own} scripts; not counted: ${(js.noModuleGzipBytes / 1024).toFixed(1)} kB nomodule polyfills`,
    );
    console.log(
      `submissions: ${(ok / seconds).toFixed(0)}/s sustained over ${seconds.toFixed(1)} s (${ok} accepted, ${failed} failed, ${stored} stored, p99 ${p99.toFixed(0)} ms)`,
    );
    await db.$disconnect();
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
