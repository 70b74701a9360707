import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";

function leaves(obj: unknown, prefix = ""): [string, unknown][] {
  if (typeof obj !== "object" || obj === null) return [[prefix.slice(0, -1), obj]];
  return Object.entries(obj).flatMap(([k, v]) => leaves(v, `${prefix}${k}.`));
}

describe("translations", () => {
  const nl = leaves(messagesFor("nl"));
  const en = leaves(messagesFor("en"));

  it("Dutch and English have exactly the same keys", () => {
    expect(en.map(([k]) => k).sort()).toEqual(nl.map(([k]) => k).sort());
  });

  it("every message is a non-empty string", () => {
    const bad = [...nl, ...en].filter(([, v]) => typeof v !== "string" || v.trim() === "").map(([k]) => k);
    expect(bad).toEqual([]);
  });
});
