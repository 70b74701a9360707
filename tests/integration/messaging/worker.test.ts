import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enqueueMessage } from "@/features/messaging/outbox.server";
import { PGBOSS_SCHEMA, type RunningWorker, startWorker } from "@/features/messaging/worker.server";
import { db } from "@/lib/db/client";
import { resetDatabase } from "../../support/db";
import { allChannels, makeDue, recordingDriver, setOrganisation } from "./fixtures";

async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("timed out");
}

const enqueue = (key: string) =>
  db.$transaction((tx) =>
    enqueueMessage(tx, {
      channel: "SMS",
      recipient: "0612345678",
      template: "invitation",
      variables: { name: "Jan", amount: "€ 1,00", link: "https://a.test/r/x" },
      idempotencyKey: key,
    }),
  );

let workers: RunningWorker[] = [];
beforeEach(async () => {
  await resetDatabase();
  await setOrganisation();
});
afterEach(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  workers = [];
});

describe("the pg-boss worker", () => {
  it("starts in its own schema, sweeps queued messages and retries, sends via the queue, stops", async () => {
    const rec = recordingDriver();
    const drivers = allChannels(rec.driver);
    // Queued while no worker ran (e.g. the app crashed right after commit).
    const early = await enqueue("early");
    const worker = await startWorker({ drivers, sweepIntervalSeconds: 1, log: () => {} });
    workers.push(worker);
    await waitFor(
      async () => (await db.message.findUniqueOrThrow({ where: { id: early.id } })).status === "SENT",
    );

    // Provider down once → the message waits for its back-off; made due, the next sweep sends it.
    rec.failNext(1);
    const later = await enqueue("later");
    await waitFor(
      async () => (await db.message.findUniqueOrThrow({ where: { id: later.id } })).attempts === 1,
    );
    expect((await db.message.findUniqueOrThrow({ where: { id: later.id } })).status).toBe("QUEUED");
    await makeDue(later.id);
    await waitFor(
      async () => (await db.message.findUniqueOrThrow({ where: { id: later.id } })).status === "SENT",
    );

    // An immediate send through the queue (for a process without its own dispatch).
    const viaQueue = await enqueue("via-queue");
    await worker.send([viaQueue.id]);
    await waitFor(
      async () => (await db.message.findUniqueOrThrow({ where: { id: viaQueue.id } })).status === "SENT",
    );

    expect(rec.sent.sort()).toEqual([early.id, later.id, viaQueue.id].sort());

    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const schemas = await client.query(
      "SELECT schema_name FROM information_schema.schemata WHERE schema_name = $1",
      [PGBOSS_SCHEMA],
    );
    await client.end();
    expect(schemas.rowCount).toBe(1);
    await worker.stop();
  });

  it("two workers on one database send each message once", async () => {
    const rec = recordingDriver({ delayMs: 2 });
    const drivers = allChannels(rec.driver);
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await enqueue(`w-${i}`)).id);
    workers.push(await startWorker({ drivers, sweepIntervalSeconds: 1, log: () => {} }));
    workers.push(await startWorker({ drivers, sweepIntervalSeconds: 1, log: () => {} }));
    await waitFor(async () => (await db.message.count({ where: { status: "SENT" } })) === 30);
    expect(rec.sent).toHaveLength(30);
    expect(new Set(rec.sent)).toEqual(new Set(ids));
  });
});
