import { expect, test } from "@playwright/test";
import { signIn, USERS } from "./support/auth";

const NAV = {
  ADMIN: [
    "Dashboard",
    "Storneringen",
    "Taken",
    "Imports",
    "Workflows",
    "Sjablonen",
    "Verzonden berichten",
    "Instellingen",
  ],
  CONTROLLER: [
    "Dashboard",
    "Storneringen",
    "Taken",
    "Imports",
    "Workflows",
    "Sjablonen",
    "Verzonden berichten",
  ],
  AGENT: ["Storneringen", "Taken"],
} as const;

const REFUSED = {
  ADMIN: [],
  CONTROLLER: ["/instellingen", "/instellingen/api-sleutels"],
  AGENT: ["/dashboard", "/imports", "/workflows", "/sjablonen", "/berichten", "/instellingen"],
} as const;

for (const role of ["ADMIN", "CONTROLLER", "AGENT"] as const) {
  test(`${role} sees their own navigation and is refused other roles' pages`, async ({ page }) => {
    await signIn(page, role);
    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(nav.getByRole("link")).toHaveText([...NAV[role]]);
    await expect(page.getByTestId("user-menu")).toContainText(USERS[role]);

    for (const path of REFUSED[role]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/geen-toegang$/);
      await expect(page.getByTestId("forbidden")).toHaveText("Geen toegang");
    }
    // …and every page in their navigation opens.
    if (REFUSED[role].length) await page.getByRole("link", { name: "Terug naar het overzicht" }).click();
    for (const label of NAV[role]) {
      await nav.getByRole("link", { name: label }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(label);
    }
  });
}

test("an agent's request to an admin action is refused and changes nothing", async ({ page, browser }) => {
  // An admin opens the add-user form…
  await signIn(page, "ADMIN");
  await page.goto("/instellingen");
  const form = page.getByTestId("create-user-form");
  await form.getByLabel("Naam").fill("Indringer Test");
  await form.getByLabel("E-mailadres").fill("indringer@example.nl");
  await form.getByLabel("Tijdelijk wachtwoord").fill("een-lang-wachtwoord");

  // …but the request goes out with an agent's session (a stale page after a role change, or a forged call).
  const agent = await browser.newContext();
  const agentPage = await agent.newPage();
  await signIn(agentPage, "AGENT");
  const agentCookies = await agent.cookies();
  await page.context().clearCookies();
  await page.context().addCookies(agentCookies);
  await form.getByRole("button", { name: "Gebruiker toevoegen" }).click();
  await expect(form.getByRole("alert")).toHaveText("Geen toegang");
  await agent.close();

  // Signed in as admin again, the user does not exist.
  await page.context().clearCookies();
  await signIn(page, "ADMIN");
  await page.goto("/instellingen");
  await expect(page.locator('[data-user="indringer@example.nl"]')).toHaveCount(0);
});

test("an admin adds a user who can then sign in with the new role", async ({ page }) => {
  await signIn(page, "ADMIN");
  await page.goto("/instellingen");
  const form = page.getByTestId("create-user-form");
  await form.getByLabel("Naam").fill("Sanne Bakker");
  await form.getByLabel("E-mailadres").fill("sanne@example.nl");
  await form.getByLabel("Rol").selectOption("CONTROLLER");
  await form.getByLabel("Tijdelijk wachtwoord").fill("kort");
  await form.getByRole("button", { name: "Gebruiker toevoegen" }).click();
  await expect(form.getByText("Minimaal 12 tekens")).toBeVisible();
  await form.getByLabel("Tijdelijk wachtwoord").fill("sanne-wachtwoord-2026");
  await form.getByRole("button", { name: "Gebruiker toevoegen" }).click();
  await expect(form.getByRole("status")).toContainText("sanne@example.nl");
  await expect(page.locator('[data-user="sanne@example.nl"]')).toBeVisible();
});

test("signed-out visitors are sent to the sign-in page, and the health check answers", async ({
  page,
  request,
}) => {
  await page.goto("/storneringen");
  await expect(page).toHaveURL(/\/inloggen$/);
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });
});
