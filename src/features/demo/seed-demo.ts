import { hashPassword } from "@/features/auth/password";
import type { PrismaClient } from "@/generated/prisma/client";
import { appUrl } from "@/lib/env";
import { buildDemoData, DEFAULT_SEED, STAFF } from "./build-demo";

export const DEMO_PASSWORD = "stornodesk-demo";

/** Every demo account shares DEMO_PASSWORD; the first three are the ones to show on a sign-in page. */
export const DEMO_USERS = STAFF;

export interface SeedSummary {
  users: number;
  debtors: number;
  collections: number;
  reversals: number;
  cases: number;
  tasks: number;
}

export interface SeedDemoOptions {
  /** Everything is dated relative to this moment (default: now). */
  now?: Date;
  seed?: number;
  /** Origin used in the links inside demo messages (default: the app's URL). */
  baseUrl?: string;
}

// createMany sends one INSERT per call; chunks keep each statement well under PostgreSQL's
// 65,535 bind parameters.
const CHUNK = 1000;
function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/**
 * Fills an empty database with a believable, deterministic demo: a Dutch water company, its
 * debtors, 90 days of direct debits, reversals and the cases that recover them. The same `now`
 * and `seed` always give the same rows. The caller decides whether seeding is allowed.
 */
export async function seedDemo(db: PrismaClient, opts: SeedDemoOptions = {}): Promise<SeedSummary> {
  const now = opts.now ?? new Date();
  // One hash for all demo users: they share a password, and bcrypt at cost 12 is slow on purpose.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const data = buildDemoData(passwordHash, {
    now,
    seed: opts.seed ?? DEFAULT_SEED,
    baseUrl: opts.baseUrl ?? appUrl(),
  });

  await db.$transaction([
    db.user.createMany({ data: data.users }),
    db.organisationSettings.upsert({ where: { id: 1 }, create: data.settings, update: data.settings }),
    ...chunks(data.debtors).map((c) => db.debtor.createMany({ data: c })),
    ...chunks(data.collections).map((c) => db.collection.createMany({ data: c })),
    ...chunks(data.reversals).map((c) => db.reversal.createMany({ data: c })),
    // Cases go in by import time, so case numbers rise with age like they would in real use.
    ...chunks(data.cases).map((c) => db.case.createMany({ data: c })),
    ...chunks(data.links).map((c) => db.responseLink.createMany({ data: c })),
    ...chunks(data.responses).map((c) => db.response.createMany({ data: c })),
    ...chunks(data.messages).map((c) => db.message.createMany({ data: c })),
    ...chunks(data.tasks).map((c) => db.task.createMany({ data: c })),
    ...chunks(data.events).map((c) => db.caseEvent.createMany({ data: c })),
    ...chunks(data.recollections).map((c) => db.recollection.createMany({ data: c })),
    ...chunks(data.arrangements).map((c) => db.paymentArrangement.createMany({ data: c })),
    db.workflowRule.createMany({ data: data.rules }),
  ]);

  return {
    users: data.users.length,
    debtors: data.debtors.length,
    collections: data.collections.length,
    reversals: data.reversals.length,
    cases: data.cases.length,
    tasks: data.tasks.length,
  };
}

/** True when any user exists, i.e. the database is in use and must not get demo data. */
export async function hasAnyData(db: PrismaClient): Promise<boolean> {
  return (await db.user.count({ take: 1 })) > 0;
}
