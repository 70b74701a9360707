import "server-only";
import PgBoss from "pg-boss";
import type { Db } from "@/lib/db/client";
import { currentDatabaseUrl, env } from "@/lib/env";
import { logger } from "@/lib/logger";
import type { Drivers } from "./drivers";
import { dispatchDueMessages, dispatchSoon } from "./outbox.server";

/** pg-boss keeps its tables in this schema, apart from ours (the drift test only looks at `public`). */
export const PGBOSS_SCHEMA = "pgboss";
export const SWEEP_QUEUE = "messaging-sweep";
export const SEND_QUEUE = "messaging-send";

export interface WorkerOptions {
  connectionString?: string;
  /** Seconds between sweeps for due and retried messages. */
  sweepIntervalSeconds?: number;
  drivers?: Drivers;
  db?: Db;
  log?: (line: string) => void;
}

export interface RunningWorker {
  boss: PgBoss;
  /** Sends these messages through the queue (for processes that did not enqueue them themselves). */
  send(ids: string[]): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The messaging worker. Driven by pg-boss in its own schema:
 * - "messaging-sweep": sends every due QUEUED message (first tries that nobody dispatched, retries whose
 *   back-off has passed, SENDING rows whose lease expired). Each sweep queues the next one
 *   `sweepIntervalSeconds` later, throttled to one per interval slot across all workers; a cron job
 *   every minute restarts the chain should it ever break (all workers down, a crash between jobs).
 * - "messaging-send": { ids } for an immediate send through the queue.
 * Any number of workers may run against one database: claiming a message is atomic (see outbox.server.ts).
 */
export async function startWorker(opts: WorkerOptions = {}): Promise<RunningWorker> {
  const connectionString = opts.connectionString ?? currentDatabaseUrl();
  if (!connectionString) throw new Error("DATABASE_URL is not set: the worker needs the database");
  const interval = Math.max(1, Math.round(opts.sweepIntervalSeconds ?? env.MESSAGING_SWEEP_SECONDS));
  const say = opts.log ?? ((line: string) => logger.info(line));
  const dispatch = { drivers: opts.drivers, db: opts.db };

  const boss = new PgBoss({
    connectionString,
    schema: PGBOSS_SCHEMA,
    application_name: "stornodesk-worker",
    max: 4,
  });
  boss.on("error", (err) => logger.error({ err }, "pg-boss error"));
  await boss.start();
  for (const name of [SWEEP_QUEUE, SEND_QUEUE]) {
    if (!(await boss.getQueue(name)))
      await boss.createQueue(name, { name, retryLimit: 0, expireInSeconds: 600 });
  }

  const queueNextSweep = () =>
    boss.sendThrottled(SWEEP_QUEUE, {}, { startAfter: interval, retryLimit: 0 }, interval, "chain");

  await boss.work(SWEEP_QUEUE, { pollingIntervalSeconds: Math.min(2, interval) }, async () => {
    try {
      const result = await dispatchDueMessages(dispatch);
      if (result.claimed) logger.info(result, "outbox sweep");
    } catch (err) {
      logger.error({ err }, "outbox sweep failed");
    } finally {
      await queueNextSweep().catch((err: unknown) => logger.error({ err }, "could not queue the next sweep"));
    }
  });
  await boss.work<{ ids?: string[] }>(
    SEND_QUEUE,
    { pollingIntervalSeconds: 1, batchSize: 10 },
    async (jobs) => {
      const ids = jobs.flatMap((j) =>
        Array.isArray(j.data.ids) ? j.data.ids.filter((i) => typeof i === "string") : [],
      );
      await dispatchSoon(ids, dispatch);
    },
  );
  await boss.schedule(SWEEP_QUEUE, "* * * * *", {}, { retryLimit: 0 });
  // A first sweep now: whatever piled up while no worker ran goes out at once.
  await boss.send(SWEEP_QUEUE, {}, { retryLimit: 0 });
  say(`Messaging worker started (sweep every ${interval} s)`);

  let stopped = false;
  return {
    boss,
    async send(ids) {
      if (ids.length) await boss.send(SEND_QUEUE, { ids }, { retryLimit: 0 });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
      say("Messaging worker stopped");
    },
  };
}
