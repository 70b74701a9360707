import { createHash, randomBytes, randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, devices, expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { addDays, isBusinessDay } from "../../src/lib/dates";

/*
 * The consumer's response form against the production server. Links are made straight in the
 * e2e server's database: we find that database by a marker the server itself writes (a rate-limit
 * row keyed by the hash of a made-up client address), so parallel e2e runs never mix up databases.
 */

const { defaultBrowserType: _ignored, ...PIXEL_7 } = devices["Pixel 7"];
const BASE_DB = process.env.TEST_DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:54339/postgres";
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

let dbUrl: string | undefined;

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function serverDatabase(page: Page): Promise<string> {
  if (dbUrl) return dbUrl;
  const marker = `e2e-marker-${randomUUID()}`;
  await page.request.get(`/r/${"A".repeat(32)}`, { headers: { "x-forwarded-for": marker } });
  const key = `r:${sha256(marker).slice(0, 32)}`;
  const dbs = await query<{ datname: string }>(
    BASE_DB,
    "SELECT datname FROM pg_database WHERE datname LIKE 'stornodesk_e2e_%'",
  );
  for (const { datname } of dbs) {
    const u = new URL(BASE_DB);
    u.pathname = `/${datname}`;
    const hit = await query(u.toString(), `SELECT 1 FROM "ApiRateLimit" WHERE key = $1`, [key]).catch(
      () => [],
    );
    if (hit.length) {
      dbUrl = u.toString();
      return dbUrl;
    }
  }
  throw new Error("Could not find the e2e server's database");
}

/** A fresh link for a demo case that has not been answered yet, with a Dutch-speaking debtor. */
async function createLink(page: Page, skip = 0): Promise<string> {
  const url = await serverDatabase(page);
  const [row] = await query<{ id: string }>(
    url,
    `SELECT c.id FROM "Case" c
       JOIN "Reversal" r ON r.id = c."reversalId"
       JOIN "Collection" col ON col.id = r."collectionId"
       JOIN "Debtor" d ON d.id = col."debtorId"
      WHERE c.status IN ('NEW', 'INVITED', 'OPENED') AND d.locale = 'nl'
        AND NOT EXISTS (SELECT 1 FROM "ResponseLink" l WHERE l."caseId" = c.id AND l."submittedAt" IS NOT NULL)
      ORDER BY c.number OFFSET $1 LIMIT 1`,
    [skip],
  );
  if (!row) throw new Error("No open demo case");
  const token = randomBytes(24).toString("base64url");
  await query(
    url,
    `INSERT INTO "ResponseLink" (id, "caseId", "tokenHash", "expiresAt") VALUES ($1, $2, $3, now() + interval '30 days')`,
    [randomUUID(), row.id, sha256(token)],
  );
  return token;
}

/** Each context is its own "client" for the /r rate limit. */
async function newContext(browser: Browser, javaScriptEnabled = true) {
  return browser.newContext({
    ...PIXEL_7,
    javaScriptEnabled,
    extraHTTPHeaders: {
      "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID()}`,
    },
  });
}

async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

test.describe("consumer response form", () => {
  test("mobile: not enough balance → re-collect on a chosen date; outcome; reload shows the summary", async ({
    browser,
  }) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const token = await createLink(page, 0);
    const response = await page.goto(`/r/${token}`);
    const headers = response?.headers() ?? {};
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["x-robots-tag"]).toContain("noindex");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
    expect(headers["cache-control"]).toContain("no-store");

    await expect(page.getByRole("heading", { level: 1 })).toContainText("Je afschrijving bij");
    await expect(page.getByTestId("amount")).toHaveText(/^€ \d{1,3}(\.\d{3})*,\d{2}$/);
    await expect(page.getByText("Wat de bank ons meldde")).toBeVisible();
    await expectNoAxeViolations(page);

    // Nothing chosen: the browser check (same schema as the server) says so.
    await page.getByRole("button", { name: "Versturen" }).click();
    await expect(page.getByText("Kies een van de mogelijkheden.").first()).toBeVisible();

    await page.getByText("Er stond niet genoeg geld op mijn rekening").click();
    await page.getByText("Opnieuw afschrijven op een datum die ik kies").click();
    const dateInput = page.getByLabel("Datum van de nieuwe afschrijving");
    await expect(dateInput).toBeVisible();
    const min = (await dateInput.getAttribute("min")) ?? "";
    // A weekend day is refused in the browser.
    let weekend = min;
    while (isBusinessDay(weekend)) weekend = addDays(weekend, 1);
    await dateInput.fill(weekend);
    await page.getByRole("button", { name: "Versturen" }).click();
    await expect(page.getByText("Kies een werkdag (geen weekend of feestdag).")).toBeVisible();

    let date = addDays(min, 2);
    while (!isBusinessDay(date)) date = addDays(date, 1);
    await dateInput.fill(date);
    await page.getByRole("button", { name: "Versturen" }).click();

    const outcome = page.getByTestId("outcome");
    await expect(outcome).toContainText(/^We schrijven € [\d.,]+ opnieuw af op \d{1,2} \w+ \d{4}\.$/);
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(page.getByTestId("response-summary")).toContainText(
      "Er stond niet genoeg geld op mijn rekening",
    );
    await expect(page.getByRole("button", { name: "Versturen" })).toHaveCount(0);
    await context.close();
  });

  test("without JavaScript: 'iets anders' with free text is a plain form post, errors included", async ({
    browser,
  }) => {
    const context = await newContext(browser, false);
    const page = await context.newPage();
    const token = await createLink(page, 1);
    await page.goto(`/r/${token}`);
    await page.getByText("Iets anders").click();
    const text = page.getByLabel("Vertel ons wat er is gebeurd");
    await expect(text).toBeVisible(); // shown by CSS :has(), no script
    // Empty text: the server refuses it and shows the form again with the choice kept.
    await page.getByRole("button", { name: "Versturen" }).click();
    await expect(page.getByText("Vul dit veld in.")).toBeVisible();
    await expect(page.getByRole("radio", { name: "Iets anders" })).toBeChecked();

    await page.getByLabel("Vertel ons wat er is gebeurd").fill("Ik ben verhuisd en had de post niet gezien.");
    await page.getByRole("button", { name: "Versturen" }).click();
    await expect(page.getByTestId("outcome")).toContainText("We bekijken je bericht");
    await expect(page.getByTestId("response-summary")).toContainText("Ik ben verhuisd");
    await context.close();
  });

  test("an unknown token shows the friendly page with the creditor's contact details", async ({
    browser,
  }) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`/r/${randomBytes(24).toString("base64url")}`);
    await expect(page.getByRole("heading", { name: "Deze link werkt niet (meer)" })).toBeVisible();
    await expect(page.getByRole("link", { name: /088 123 45 67|\+31881234567/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /^klantenservice@/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await context.close();
  });

  test("English via the language toggle", async ({ browser }) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const token = await createLink(page, 2);
    await page.goto(`/r/${token}`);
    await page.getByRole("link", { name: "Read this page in English" }).click();
    await expect(page.getByRole("group", { name: "What happened?" })).toBeVisible();
    await expect(page.getByText("There was not enough money in my account")).toBeVisible();
    await expect(page.getByTestId("amount")).toHaveText(/^€[\d,]+\.\d{2}$/);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
