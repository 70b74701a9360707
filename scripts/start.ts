import "./load-env";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

// `npm start`: database (embedded unless DATABASE_URL), migrations, demo data on first run,
// a production build when the sources changed, then `next start`.
const dev = process.argv.includes("--dev");
(process.env as Record<string, string>).NODE_ENV = dev ? "development" : "production";

const { env } = await import("@/lib/env");
const { prepareDatabase, decideDemoSeed } = await import("@/lib/db/bootstrap");

const say = (line: string) => console.log(`[stornodesk] ${line}`);

const database = await prepareDatabase(say);
process.env.DATABASE_URL = database.url;
if (database.applied.length) say(`Applied migrations: ${database.applied.join(", ")}`);

const { seedDemoIfEmpty } = await import("./seed");
const seeded = await seedDemoIfEmpty({
  decision: decideDemoSeed({
    nodeEnv: env.NODE_ENV,
    embedded: database.embedded,
    explicitlyAllowed: env.ALLOW_DEMO_SEED,
  }),
  skip: env.SKIP_DEMO_SEED,
  log: say,
});

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function needsBuild(): boolean {
  const buildId = path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const inputs = [
    "src",
    "public",
    "next.config.ts",
    "package-lock.json",
    "postcss.config.mjs",
    "prisma/schema.prisma",
  ];
  return inputs.some((p) => newestMtime(p) > built);
}

const nextBin = path.resolve("node_modules/next/dist/bin/next");
if (!dev && needsBuild()) {
  say("Building the app (first run or changed sources; takes a minute or two)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) {
    await database.stop();
    process.exit(build.status ?? 1);
  }
}

// The messaging worker (outbox sweeps and retries) runs in this process unless MESSAGING_WORKER=off,
// e.g. when workers run separately with `npm run worker`.
const { startWorker } = await import("@/features/messaging/worker.server");
const worker = env.MESSAGING_WORKER === "on" ? await startWorker({ log: say }) : undefined;

const url = `http://localhost:${env.PORT}`;
const server = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(env.PORT)], {
  stdio: ["ignore", "pipe", "inherit"],
  env: process.env,
});
let announced = false;
server.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!announced && /ready|started|Local:/i.test(chunk.toString())) {
    announced = true;
    say(`Stornodesk runs at ${url}`);
    if (seeded.demoUsers) {
      say("Sign in to the demo with one of these (password: stornodesk-demo):");
      for (const u of seeded.demoUsers) say(`  ${u.role.padEnd(10)} ${u.email}`);
    }
  }
});

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await worker?.stop().catch(() => {});
  await database.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
server.on("exit", (code) => void shutdown(code ?? 0));
