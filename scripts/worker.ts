import "./load-env";

// `npm run worker`: the messaging worker on its own (e.g. a second worker, or `npm start` with
// MESSAGING_WORKER=off). Same database handling as `npm start`: DATABASE_URL or the embedded one, migrated.
const { prepareDatabase } = await import("@/lib/db/bootstrap");
const say = (line: string) => console.log(`[stornodesk-worker] ${line}`);

const database = await prepareDatabase(say);
process.env.DATABASE_URL = database.url;
if (database.applied.length) say(`Applied migrations: ${database.applied.join(", ")}`);

const { startWorker } = await import("@/features/messaging/worker.server");
const worker = await startWorker({ log: say });

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await worker.stop().catch(() => {});
  await database.stop().catch(() => {});
  process.exit(0);
}
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
