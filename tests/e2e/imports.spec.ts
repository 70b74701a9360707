import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./support/auth";

const FIXTURES = path.resolve(process.cwd(), "../shared/fixtures/bank-files");
const AC06 = path.join(FIXTURES, "oca-camt054-001-02-return-ac06.xml");
const WRONG_NS = path.join(FIXTURES, "oca-camt054-wrong-namespace.xml");

// One flow, in order: the second upload is a duplicate of the first, the history lists all of them.
test.describe.configure({ mode: "serial" });
// CI always has ../shared beside the clone; elsewhere the flow is skipped, not failed.
test.skip(!existsSync(AC06) || !existsSync(WRONG_NS), "shared bank-file fixtures are absent");

async function upload(page: Page, file: string) {
  await page.getByTestId("import-file-input").setInputFiles(file);
}

function axeViolations(page: Page) {
  return new AxeBuilder({ page })
    .analyze()
    .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`));
}

test("a controller imports a bank file, a duplicate, a refused file and a CSV with a bad row", async ({
  page,
}) => {
  await signIn(page, "CONTROLLER");
  await page.goto("/imports");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Imports");
  await expect(page.getByTestId("drop-zone")).toContainText("Sleep een bankbestand of CSV hierheen");
  // The file button is reachable by keyboard.
  await page.getByRole("button", { name: "Kies een bestand" }).focus();
  await expect(page.getByRole("button", { name: "Kies een bestand" })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  // 1. The AC06 return: one reversal created.
  await upload(page, AC06);
  const summary = page.getByTestId("import-summary");
  await expect(summary).toBeVisible({ timeout: 30_000 });
  await expect(summary.getByTestId("summary-created")).toHaveText("1");
  await expect(summary.getByTestId("summary-duplicates")).toHaveText("0");
  await expect(summary).toContainText("Import voltooid");
  expect(await axeViolations(page)).toEqual([]);

  // 2. The same file again: a duplicate, nothing new.
  await summary.getByRole("button", { name: "Nog een bestand importeren" }).click();
  await upload(page, AC06);
  await expect(page.getByTestId("summary-duplicates")).toHaveText("1", { timeout: 30_000 });
  await expect(page.getByTestId("summary-created")).toHaveText("0");

  // 3. A camt.054 with a made-up namespace is refused, and the message names the namespace.
  await page.getByRole("button", { name: "Nog een bestand importeren" }).click();
  await upload(page, WRONG_NS);
  const error = page.getByTestId("import-error");
  await expect(error).toBeVisible({ timeout: 30_000 });
  await expect(error).toContainText("Bestand geweigerd");
  await expect(page.getByTestId("import-error-message")).toContainText(
    "urn:iso:std:iso:20022:tech:xsd:other.054.001.02",
  );

  // 4. A CSV: mapping step, preview of the first rows, one rejected row reported with its line number.
  const dir = mkdtempSync(path.join(tmpdir(), "stornodesk-e2e-"));
  const csv = path.join(dir, "storneringen-december.csv");
  writeFileSync(
    csv,
    [
      "Kenmerk;Bedrag;Redencode;Boekingsdag;Naam",
      "E2E-CSV-0001;42,50;AM04;15-12-2026;Jan de Vries",
      "E2E-CSV-0002;geen bedrag;MD06;15-12-2026;Mira Jansen",
      "E2E-CSV-0003;12,00;MS02;16-12-2026;Kees Bakker",
      "",
    ].join("\n"),
  );
  await page.getByRole("button", { name: "Nog een bestand importeren" }).click();
  await upload(page, csv);
  const mapping = page.getByTestId("csv-mapping");
  await expect(mapping).toBeVisible();
  await expect(mapping.getByRole("heading", { name: "Kolommen koppelen" })).toBeVisible();
  const preview = mapping.getByTestId("csv-preview");
  await expect(preview).toContainText("E2E-CSV-0001");
  await expect(preview).toContainText("Jan de Vries");
  await expect(mapping.getByRole("radio", { name: "Storneringen" })).toBeChecked();
  // Suggested from the Dutch headers…
  await expect(mapping.getByLabel("Kenmerk (end-to-end-id)")).toHaveValue("0");
  await expect(mapping.getByLabel("Redencode")).toHaveValue("2");
  // …and one column chosen by hand.
  await mapping.getByLabel("Boekdatum").selectOption({ label: "Boekingsdag" });
  expect(await axeViolations(page)).toEqual([]);
  await mapping.getByRole("button", { name: "Importeren" }).click();
  const csvSummary = page.getByTestId("import-summary");
  await expect(csvSummary).toBeVisible({ timeout: 30_000 });
  await expect(csvSummary.getByTestId("summary-created")).toHaveText("2");
  await expect(csvSummary.getByTestId("summary-errors")).toHaveText("1");
  await expect(csvSummary.getByTestId("summary-error-list")).toContainText("Regel 3");

  // 5. The history lists the four imports, newest first.
  await page.reload();
  const history = page.getByTestId("import-history");
  await expect(history.getByRole("row")).toHaveCount(5);
  await expect(history.getByRole("row").nth(1)).toContainText("storneringen-december.csv");
  await expect(history.getByRole("row").nth(1)).toContainText("Pieter de Graaf");
  await expect(history).toContainText("oca-camt054-wrong-namespace.xml");
  await expect(history).toContainText("Geweigerd");

  // 6. The first AC06 import's detail lists its reversal, linked to the case, which explains AC06.
  await history
    .getByRole("row")
    .nth(4)
    .getByRole("link", { name: "oca-camt054-001-02-return-ac06.xml" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("oca-camt054-001-02-return-ac06.xml");
  const created = page.getByTestId("import-created");
  await expect(created).toContainText("E2EID1");
  await expect(created).toContainText("AC06");
  expect(await axeViolations(page)).toEqual([]);
  await created.getByTestId("import-case-link").click();
  await expect(page).toHaveURL(/\/storneringen\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("reason")).toHaveAttribute("data-reason-code", "AC06");
  await expect(page.getByTestId("reason-staff")).toContainText("De rekening is geblokkeerd");
  await expect(page.getByTestId("reason-retry")).toContainText("Niet zomaar opnieuw incasseren");
  expect(await axeViolations(page)).toEqual([]);

  // The duplicate import's detail lists the duplicate with its reference.
  await page.goto("/imports");
  await page.getByTestId("import-history").getByRole("row").nth(3).getByRole("link").click();
  await expect(page.getByTestId("import-duplicates")).toContainText("E2EID1");
});
