import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

test("a wrong password gets one clear message that does not say whether the e-mail exists", async ({
  page,
}) => {
  await page.goto("/inloggen");
  const attempt = async (email: string) => {
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord").fill("helemaal-fout");
    await page.getByRole("button", { name: "Inloggen" }).click();
    return page.locator('[data-slot="alert"]').textContent();
  };
  const known = await attempt("controller@demo.stornodesk.nl");
  const unknown = await attempt("niemand@example.nl");
  expect(known).toBe("E-mailadres of wachtwoord klopt niet.");
  expect(unknown).toBe(known);
});

test("repeated failures are slowed down", async ({ page }) => {
  await page.goto("/inloggen");
  const email = `traag-${Date.now()}@example.nl`;
  for (let i = 0; i < 4; i++) {
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord").fill(`fout-${i}`);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.locator('[data-slot="alert"]')).toBeVisible();
  }
  await expect(page.locator('[data-slot="alert"]')).toContainText("Te veel mislukte pogingen");
});

test("the sign-in page and the app switch to English", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByRole("button", { name: /EN/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await page.getByRole("button", { name: /NL/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inloggen");
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "AGENT");
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  await page.goto("/taken");
  await expect(page).toHaveURL(/\/inloggen$/);
});
