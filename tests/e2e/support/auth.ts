import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "stornodesk-demo";
export const USERS = {
  ADMIN: "admin@demo.stornodesk.nl",
  CONTROLLER: "controller@demo.stornodesk.nl",
  AGENT: "agent@demo.stornodesk.nl",
} as const;

export async function signIn(page: Page, role: keyof typeof USERS) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(USERS[role]);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByTestId("user-menu")).toBeVisible();
}
