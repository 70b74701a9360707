import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

test("an agent opens a demo case from the list and sees the reason explained and the timeline", async ({
  page,
}) => {
  await signIn(page, "AGENT");
  await page.goto("/storneringen");
  const first = page.getByTestId("case-link").first();
  const number = (await first.textContent())?.trim() ?? "";
  expect(number).toMatch(/^#\d+$/);
  await first.click();

  await expect(page).toHaveURL(/\/storneringen\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Dossier ${number}`);
  const reason = page.getByTestId("reason");
  await expect(reason).toBeVisible();
  const code = await reason.getAttribute("data-reason-code");
  expect(code).toMatch(/^[A-Z0-9]{4}$/);
  // Either the staff explanation with a retry callout, or the unknown-code warning.
  const known = await page.getByTestId("reason-staff").count();
  if (known) {
    await expect(page.getByTestId("reason-staff")).not.toBeEmpty();
    await expect(page.getByTestId("reason-retry")).toHaveText(
      /Mag opnieuw worden geïncasseerd|Niet zomaar opnieuw incasseren: vraag de klant eerst|Neem eerst contact op/,
    );
  } else {
    await expect(page.getByTestId("reason-unknown")).toContainText("Onbekende redencode");
  }
  await expect(page.getByTestId("reversal-amount")).toHaveText(/^€ \d{1,3}(\.\d{3})*,\d{2}$/);
  await expect(page.getByTestId("refund-window")).toContainText(
    /Definitief op|dagen terug te boeken|dag terug te boeken|laatste dag/,
  );
  const timeline = page.getByTestId("timeline");
  await expect(timeline.getByRole("listitem").first()).toBeVisible();
  await expect(timeline).toContainText("Dossier geopend na import");

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
    [],
  );
});

test("MD06 and AM04 cases show their retry advice; an unknown code is flagged", async ({ page }) => {
  await signIn(page, "CONTROLLER");
  const expectations: [string, RegExp][] = [
    ["MD06", /Niet zomaar opnieuw incasseren: vraag de klant eerst/],
    ["AM04", /Mag opnieuw worden geïncasseerd/],
  ];
  for (const [code, advice] of expectations) {
    let found = false;
    for (let p = 1; p <= 6 && !found; p++) {
      await page.goto(`/storneringen?page=${p}`);
      const row = page
        .getByRole("row")
        .filter({ has: page.getByText(code, { exact: true }) })
        .first();
      if ((await row.count()) === 0) continue;
      await row.getByTestId("case-link").click();
      await expect(page.getByTestId("reason-retry")).toContainText(advice);
      found = true;
    }
    expect(found, `a demo case with ${code}`).toBe(true);
  }

  // The demo holds cases with codes outside the catalogue (XT99, ZZ42): flagged in the list and on the case.
  let unknown = false;
  for (let p = 1; p <= 8 && !unknown; p++) {
    await page.goto(`/storneringen?page=${p}`);
    const row = page.getByRole("row").filter({ hasText: "Onbekende redencode" }).first();
    if ((await row.count()) === 0) continue;
    await row.getByTestId("case-link").click();
    await expect(page.getByTestId("reason-unknown")).toContainText("Onbekende redencode");
    await expect(page.getByTestId("reason-retry")).toHaveCount(0);
    unknown = true;
  }
  expect(unknown, "a demo case with an unknown reason code").toBe(true);
});

test("an unknown case id shows the 404 page", async ({ page }) => {
  await signIn(page, "AGENT");
  const response = await page.goto("/storneringen/00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("case-not-found")).toHaveText("Dossier niet gevonden");
  const malformed = await page.goto("/storneringen/niet-een-id");
  expect(malformed?.status()).toBe(404);
});
