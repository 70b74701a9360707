import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === "object" && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("translations", () => {
  it("Dutch and English have exactly the same keys", () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it("no message is empty", () => {
    const empty = [...keys(nl), ...keys(en)].filter((k) => {
      const v = k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], nl);
      return typeof v === "string" && v.trim() === "";
    });
    expect(empty).toEqual([]);
  });
});
