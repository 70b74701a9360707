import { createHash } from "node:crypto";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMigrations, migrateDatabase } from "@/lib/db/migrate";
import { scratchDatabase } from "../support/scratch-database";

const scratch = scratchDatabase("stornodesk_migrate");

describe("migrate step", () => {
  beforeAll(scratch.create);
  afterAll(scratch.drop);

  it("applies every migration once and records it as Prisma Migrate does", async () => {
    const first = await migrateDatabase(scratch.url);
    const files = await listMigrations();
    expect(first.applied).toEqual(files.map((f) => f.name));
    const second = await migrateDatabase(scratch.url);
    expect(second.applied).toEqual([]);

    const c = new pg.Client({ connectionString: scratch.url });
    await c.connect();
    const { rows } = await c.query(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    await c.end();
    expect(rows).toHaveLength(files.length);
    for (const [i, row] of rows.entries()) {
      const file = files[i]!;
      expect(row.migration_name).toBe(file.name);
      expect(row.checksum).toBe(createHash("sha256").update(file.sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    await mkdir(path.join(dir, "20260101000000_a"));
    await writeFile(
      path.join(dir, "20260101000000_a", "migration.sql"),
      "CREATE TABLE edited_check (id int);",
    );
    await migrateDatabase(scratch.url, { dir });
    await writeFile(
      path.join(dir, "20260101000000_a", "migration.sql"),
      "CREATE TABLE edited_check (id bigint);",
    );
    await expect(migrateDatabase(scratch.url, { dir })).rejects.toThrow(/changed after it was applied/);
  });

  it("rolls back a broken migration whole and records the failure", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    await mkdir(path.join(dir, "20260101000000_broken"));
    await writeFile(
      path.join(dir, "20260101000000_broken", "migration.sql"),
      "CREATE TABLE half_done (id int); SELECT * FROM no_such_table;",
    );
    await expect(migrateDatabase(scratch.url, { dir })).rejects.toThrow(/no_such_table/);
    const c = new pg.Client({ connectionString: scratch.url });
    await c.connect();
    const table = await c.query("SELECT to_regclass('half_done') AS t");
    const rec = await c.query(
      `SELECT rolled_back_at, logs FROM "_prisma_migrations" WHERE migration_name = '20260101000000_broken'`,
    );
    await c.end();
    expect(table.rows[0].t).toBeNull();
    expect(rec.rows[0].rolled_back_at).toBeInstanceOf(Date);
  });
});
