import { createApiKey } from "@/features/api-keys/api-keys.server";
import { db } from "@/lib/db/client";

export const BASE = "http://localhost:3000/api/v1";

export async function newKey(name = "ERP") {
  return createApiKey({ name });
}

export function authed(key: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  return { ...init, headers: { authorization: `Bearer ${key}`, ...(init.headers ?? {}) } };
}

export function jsonPost(url: string, key: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(url, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export async function readJson<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/** One debtor → collection → reversal → case, with an event, written straight to the database. */
export async function seedCase(opts: {
  endToEndId: string;
  reasonCode?: string;
  bookingDate?: string;
  amountCents?: number;
}) {
  const debtor = await db.debtor.create({
    data: {
      name: `Debiteur ${opts.endToEndId}`,
      email: `${opts.endToEndId.toLowerCase()}@example.nl`,
      phone: "+31612345678",
      ibanMasked: "NL91 **** **** **43 00",
      ibanHash: "x".repeat(64),
    },
  });
  const collection = await db.collection.create({
    data: {
      debtorId: debtor.id,
      endToEndId: opts.endToEndId,
      mandateId: `M-${opts.endToEndId}`,
      sequenceType: "RCUR",
      amountCents: opts.amountCents ?? 4250,
      collectionDate: new Date("2026-11-01T00:00:00Z"),
      status: "REVERSED",
    },
  });
  const reversal = await db.reversal.create({
    data: {
      collectionId: collection.id,
      reasonCode: opts.reasonCode ?? "AM04",
      kind: "RETURN",
      bookingDate: new Date(`${opts.bookingDate ?? "2026-11-05"}T00:00:00Z`),
      amountCents: opts.amountCents ?? 4250,
      source: "API",
      dedupeKey: `dk-${opts.endToEndId}`,
    },
  });
  const kase = await db.case.create({
    data: { reversalId: reversal.id, openAmountCents: opts.amountCents ?? 4250 },
  });
  await db.caseEvent.create({ data: { caseId: kase.id, type: "CASE_CREATED", data: { via: "test" } } });
  return { debtor, collection, reversal, case: kase };
}
