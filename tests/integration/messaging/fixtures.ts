import { randomUUID } from "node:crypto";
import type { ChannelDriver, Drivers } from "@/features/messaging/drivers";
import { SendError } from "@/features/messaging/drivers";
import { db } from "@/lib/db/client";

/** A case with its reversal, collection and debtor. */
export async function createCase(
  debtor: { name?: string; email?: string | null; phone?: string | null; locale?: string } = {},
) {
  const d = await db.debtor.create({
    data: {
      name: debtor.name ?? "Jan de Vries",
      email: debtor.email === undefined ? "jan@example.nl" : debtor.email,
      phone: debtor.phone === undefined ? "06 12345678" : debtor.phone,
      locale: debtor.locale ?? "nl",
    },
  });
  const c = await db.collection.create({
    data: {
      debtorId: d.id,
      endToEndId: `E2E-${randomUUID()}`,
      amountCents: 4250,
      collectionDate: new Date("2026-11-26"),
      invoiceReference: "F-2026-0042",
    },
  });
  const r = await db.reversal.create({
    data: {
      collectionId: c.id,
      reasonCode: "MD06",
      kind: "REFUND",
      bookingDate: new Date("2026-12-01"),
      amountCents: 4250,
      source: "MANUAL",
      dedupeKey: randomUUID(),
    },
  });
  return db.case.create({ data: { reversalId: r.id, openAmountCents: 4250 } });
}

export async function setOrganisation() {
  await db.organisationSettings.upsert({
    where: { id: 1 },
    create: {
      id: 1,
      creditorName: "Waterbedrijf Test",
      senderEmail: "facturen@waterbedrijf.test",
      replyToEmail: "klantenservice@waterbedrijf.test",
      supportPhone: "088 123 45 67",
      brandColor: "#123456",
    },
    update: {},
  });
}

/** A driver that records what it was asked to send; can fail the next N sends and be slow. */
export function recordingDriver(opts: { delayMs?: number } = {}) {
  const sent: string[] = [];
  let failLeft = 0;
  let permanent = false;
  const driver: ChannelDriver = {
    name: "recording",
    async send(message) {
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      if (failLeft > 0) {
        failLeft--;
        throw new SendError("provider down (test)", { permanent });
      }
      sent.push(message.id);
      return { providerId: `rec-${message.id}-${sent.length}` };
    },
  };
  return {
    driver,
    sent,
    failNext(n: number, isPermanent = false) {
      failLeft = n;
      permanent = isPermanent;
    },
  };
}

export function allChannels(driver: ChannelDriver): Drivers {
  return { EMAIL: driver, SMS: driver, VOICE: driver };
}

/** Makes every queued message due now (instead of waiting out the back-off). */
export async function makeDue(id?: string) {
  if (id)
    await db.$executeRaw`UPDATE "Message" SET "nextAttemptAt" = now() - interval '1 second' WHERE "id" = ${id}::uuid`;
  else
    await db.$executeRaw`UPDATE "Message" SET "nextAttemptAt" = now() - interval '1 second' WHERE "status" = 'QUEUED'`;
}
