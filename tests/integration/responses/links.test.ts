import { beforeEach, describe, expect, it } from "vitest";
import {
  createResponseLink,
  hashToken,
  listResponseLinks,
  recordLinkOpened,
  resolveResponseLink,
  revokeResponseLink,
} from "@/features/responses/links.server";
import { db } from "@/lib/db/client";
import { resetDatabase } from "../../support/db";
import { makeCase } from "./fixtures";

const DAY = 86_400_000;

describe("response links", () => {
  beforeEach(resetDatabase);

  it("creates a URL-safe token of at least 128 bits and stores only its hash", async () => {
    const { caseId } = await makeCase();
    const now = new Date("2026-12-03T10:00:00Z");
    const link = await createResponseLink(undefined, caseId, { now });
    expect(link.token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(link.token, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    expect(link.url).toMatch(new RegExp(`/r/${link.token}$`));
    // Default validity comes from the settings (30 days).
    expect(link.expiresAt.getTime() - now.getTime()).toBe(30 * DAY);

    const row = await db.responseLink.findUniqueOrThrow({ where: { id: link.linkId } });
    expect(row.tokenHash).toBe(hashToken(link.token));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    // The token itself is nowhere in the row.
    expect(JSON.stringify(row)).not.toContain(link.token);

    const c = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c.status).toBe("INVITED");
    const events = await db.caseEvent.findMany({ where: { caseId } });
    expect(events.map((e) => e.type)).toEqual(["link.created"]);
  });

  it("gives every link a different token and honours a configured validity", async () => {
    const { caseId } = await makeCase();
    const tokens = new Set<string>();
    for (let i = 0; i < 20; i++) tokens.add((await createResponseLink(undefined, caseId)).token);
    expect(tokens.size).toBe(20);
    const now = new Date();
    const short = await createResponseLink(undefined, caseId, { validityDays: 3, now });
    expect(short.expiresAt.getTime() - now.getTime()).toBe(3 * DAY);
    await expect(createResponseLink(undefined, caseId, { validityDays: 0 })).rejects.toMatchObject({
      code: "INVALID",
    });
  });

  it("refuses links for unknown or closed cases", async () => {
    await expect(createResponseLink(undefined, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject(
      {
        code: "NOT_FOUND",
      },
    );
    const { caseId } = await makeCase({ status: "RESOLVED" });
    await expect(createResponseLink(undefined, caseId)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("resolves a live token; unknown, malformed, expired and revoked all give the same null", async () => {
    const { caseId } = await makeCase();
    const now = new Date("2026-12-03T10:00:00Z");
    const live = await createResponseLink(undefined, caseId, { now, validityDays: 10 });
    expect(await resolveResponseLink(live.token, now)).toMatchObject({ id: live.linkId, caseId });

    expect(await resolveResponseLink("A".repeat(32), now)).toBeNull(); // well-formed, unknown
    expect(await resolveResponseLink("not a token!", now)).toBeNull();
    expect(await resolveResponseLink("", now)).toBeNull();
    expect(await resolveResponseLink(live.token.slice(0, -1), now)).toBeNull();
    // Expired: the same token one moment after expiry.
    expect(await resolveResponseLink(live.token, new Date(now.getTime() + 10 * DAY))).toBeNull();

    const other = await createResponseLink(undefined, caseId, { now });
    await revokeResponseLink(other.linkId, null);
    expect(await resolveResponseLink(other.token, now)).toBeNull();
    await revokeResponseLink(other.linkId, null); // twice is fine
    const events = await db.caseEvent.findMany({ where: { caseId, type: "link.revoked" } });
    expect(events).toHaveLength(1);
    const states = (await listResponseLinks(caseId)).map((l) => l.state).sort();
    expect(states).toEqual(["active", "revoked"]);
  });

  it("records openings: first and last time, count; the first one moves the case to OPENED", async () => {
    const { caseId } = await makeCase();
    const link = await createResponseLink(undefined, caseId);
    const t1 = new Date("2026-12-04T08:00:00Z");
    const t2 = new Date("2026-12-05T09:30:00Z");
    expect(await recordLinkOpened(link.linkId, t1)).toEqual({ first: true });
    expect(await recordLinkOpened(link.linkId, t2)).toEqual({ first: false });
    expect(await recordLinkOpened(link.linkId, t2)).toEqual({ first: false });
    const row = await db.responseLink.findUniqueOrThrow({ where: { id: link.linkId } });
    expect(row.firstOpenedAt).toEqual(t1);
    expect(row.lastOpenedAt).toEqual(t2);
    expect(row.openCount).toBe(3);
    const c = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c.status).toBe("OPENED");
    expect(await db.caseEvent.count({ where: { caseId, type: "link.opened" } })).toBe(1);
  });

  it("counts simultaneous first openings once", async () => {
    const { caseId } = await makeCase();
    const link = await createResponseLink(undefined, caseId);
    const results = await Promise.all(Array.from({ length: 8 }, () => recordLinkOpened(link.linkId)));
    expect(results.filter((r) => r.first)).toHaveLength(1);
    expect(await db.caseEvent.count({ where: { caseId, type: "link.opened" } })).toBe(1);
  });
});
