import { describe, expect, it } from "vitest";
import { decideDemoSeed } from "@/lib/db/bootstrap";

describe("demo seed policy", () => {
  it("refuses production with a real database unless asked explicitly", () => {
    expect(
      decideDemoSeed({ nodeEnv: "production", embedded: false, explicitlyAllowed: false }),
    ).toMatchObject({
      allowed: false,
      reason: expect.stringContaining("ALLOW_DEMO_SEED"),
    });
    expect(decideDemoSeed({ nodeEnv: "production", embedded: false, explicitlyAllowed: true }).allowed).toBe(
      true,
    );
  });

  it("allows the embedded demo database and non-production servers", () => {
    expect(decideDemoSeed({ nodeEnv: "production", embedded: true, explicitlyAllowed: false }).allowed).toBe(
      true,
    );
    expect(
      decideDemoSeed({ nodeEnv: "development", embedded: false, explicitlyAllowed: false }).allowed,
    ).toBe(true);
  });
});
