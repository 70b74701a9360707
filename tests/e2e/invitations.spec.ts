import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./support/auth";

async function axeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("an agent sends an e-mail invitation from a case and sees it in messages, links and the timeline", async ({
  page,
}) => {
  await signIn(page, "AGENT");
  await page.goto("/storneringen?status=NEW");
  const hrefs = await page
    .getByTestId("case-link")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThan(0);

  // A new case whose debtor has an e-mail address (the demo has some without).
  let found = false;
  for (const href of hrefs.slice(0, 15)) {
    await page.goto(href);
    const email = page.getByTestId("send-invitation").getByRole("button", { name: "E-mail" });
    if ((await email.count()) && (await email.isEnabled())) {
      found = true;
      break;
    }
  }
  expect(found, "a NEW demo case with an e-mail address").toBe(true);

  const card = page.getByTestId("case-invitation");
  await expect(card.getByRole("heading", { name: "Uitnodiging versturen" })).toBeVisible();
  await expect(page.getByTestId("case-link-panel")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await card.getByRole("button", { name: "E-mail" }).click();
  await expect(page.getByTestId("invitation-feedback")).toHaveText(
    "Uitnodiging per e-mail verstuurd naar de klant.",
  );

  // The page refreshes: status, the message, a live link and the events.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Uitgenodigd");
  await expect(page.getByTestId("timeline").locator('[data-event-type="invitation.sent"]')).toContainText(
    "Uitnodiging verstuurd",
  );
  await expect(page.getByTestId("timeline").locator('[data-event-type="invitation.sent"]')).toContainText(
    /e-mail/i,
  );
  const messages = page
    .getByRole("heading", { name: "Berichten", exact: true })
    .locator("xpath=ancestor::*[@data-slot='card'][1]");
  await expect(messages.getByRole("listitem").first()).toContainText(/Verstuurd.*e-mail/);
  await expect(page.getByTestId("case-link-panel").getByText("Actief").first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // A second click on the same channel right away is a double click: refused politely.
  await card.getByRole("button", { name: "E-mail" }).click();
  await expect(page.getByTestId("invitation-feedback")).toHaveText("Niet verstuurd: zojuist al verstuurd.");
});

test("an agent selects 3 cases in the list and sends them an SMS invitation; the summary counts them", async ({
  page,
}) => {
  await signIn(page, "AGENT");
  await page.goto("/storneringen");
  const form = page.getByTestId("bulk-invitations");
  const bar = form.getByRole("group", { name: "Uitnodiging versturen via" });
  await expect(bar.getByRole("button", { name: "Sms" })).toBeDisabled();

  const boxes = page.locator('[data-testid="case-select"]:not([disabled])');
  expect(await boxes.count()).toBeGreaterThanOrEqual(3);
  const numbers: string[] = [];
  for (let i = 0; i < 3; i++) {
    await boxes.nth(i).check();
    const label = (await boxes.nth(i).getAttribute("aria-label")) ?? "";
    numbers.push(label.replace(/^.*(#\d+).*$/, "$1"));
  }
  await expect(page.getByTestId("bulk-selected")).toHaveText("3 dossiers geselecteerd");
  expect(await axeViolations(page)).toEqual([]);

  await bar.getByRole("button", { name: "Sms" }).click();
  const summary = page.getByTestId("bulk-summary");
  await expect(summary).toBeVisible();
  const text = (await summary.textContent()) ?? "";
  // Either "3 uitnodigingen verstuurd per sms" or "2 verstuurd, 1 overgeslagen: geen telefoonnummer (#…)".
  const all = /^3 uitnodigingen verstuurd per sms$/.exec(text.trim());
  const some = /(\d+) verstuurd, (\d+) overgeslagen/.exec(text);
  expect(all || some, text).toBeTruthy();
  if (some) {
    expect(Number(some[1]) + Number(some[2])).toBe(3);
    // The skipped cases are named by number.
    expect(numbers.some((n) => text.includes(n))).toBe(true);
  }
  // The selection is cleared after sending.
  await expect(page.getByTestId("bulk-selected")).toHaveCount(0);
  await expect(boxes.first()).not.toBeChecked();

  // Select all on the page, then nothing.
  await page.getByRole("checkbox", { name: "Alle dossiers op deze pagina selecteren" }).check();
  const enabled = await boxes.count();
  await expect(page.getByTestId("bulk-selected")).toHaveText(`${enabled} dossiers geselecteerd`);
  await page.getByRole("checkbox", { name: "Alle dossiers op deze pagina selecteren" }).uncheck();
  await expect(page.getByTestId("bulk-selected")).toHaveCount(0);

  // The first selected case now shows the SMS invitation in its timeline (or was skipped for lack of a phone).
  const first = numbers[0] ?? "";
  if (!text.includes(first)) {
    await page
      .getByTestId("case-link")
      .filter({ hasText: new RegExp(`^${first}$`) })
      .click();
    await expect(
      page.getByTestId("timeline").locator('[data-event-type="invitation.sent"]').first(),
    ).toContainText(/sms/i);
  }
});
