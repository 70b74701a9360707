import { readFileSync } from "node:fs";
import path from "node:path";
import internals from "@prisma/internals";
import pg from "pg";

// Compares prisma/schema.prisma (through Prisma's own DMMF) with what a migrated database really has:
// tables, columns, types, nullability, defaults, enums, primary keys, uniques, indexes and foreign keys.

type Dmmf = Awaited<ReturnType<typeof internals.getDMMF>>;
type Field = Dmmf["datamodel"]["models"][number]["fields"][number];

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Bytes: "bytea",
};

const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Uuid: () => "uuid",
  Char: (a) => `character(${a[0] ?? 1})`,
  VarChar: (a) => (a[0] ? `character varying(${a[0]})` : "character varying"),
  Timestamptz: (a) => `timestamp(${a[0] ?? 6}) with time zone`,
  Timestamp: (a) => `timestamp(${a[0] ?? 6}) without time zone`,
  Date: () => "date",
  Text: () => "text",
  SmallInt: () => "smallint",
};

function expectedType(field: Field): string {
  if (field.kind === "enum") return `"${field.type}"`;
  if (field.nativeType) {
    const [name, args] = field.nativeType as [string, string[]];
    const map = NATIVE_TYPES[name];
    if (!map) throw new Error(`drift check does not know native type @db.${name}`);
    return map(args);
  }
  const t = SCALAR_TYPES[field.type];
  if (!t) throw new Error(`drift check does not know type ${field.type}`);
  return field.isList ? `${t}[]` : t;
}

/** A DB-level default is expected for now(), autoincrement() and literals; uuid() is filled in by the client. */
function expectsDbDefault(field: Field): boolean {
  if (!field.hasDefaultValue) return false;
  const d = field.default as unknown;
  if (d && typeof d === "object" && "name" in d)
    return ["now", "autoincrement", "dbgenerated"].includes(String(d.name));
  return true;
}

const ON_DELETE: Record<string, string> = {
  a: "NoAction",
  r: "Restrict",
  c: "Cascade",
  n: "SetNull",
  d: "SetDefault",
};

export async function findSchemaDrift(
  connectionString: string,
  schemaPath = "prisma/schema.prisma",
): Promise<string[]> {
  const dmmf = await internals.getDMMF({ datamodel: readFileSync(path.resolve(schemaPath), "utf8") });
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const diffs: string[] = [];
    const { rows: cols } = await client.query<{
      table: string;
      column: string;
      type: string;
      notnull: boolean;
      hasdefault: boolean;
    }>(`SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
              a.attnotnull AS notnull, a.atthasdef AS hasdefault
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
          AND c.relname <> '_prisma_migrations'`);
    const { rows: enums } = await client.query<{ name: string; value: string }>(
      `SELECT t.typname AS name, e.enumlabel AS value FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' ORDER BY t.typname, e.enumsortorder`,
    );
    const { rows: indexes } = await client.query<{
      table: string;
      name: string;
      unique: boolean;
      primary: boolean;
      columns: string[];
    }>(
      `SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
              array(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
         FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`,
    );
    const { rows: fks } = await client.query<{
      table: string;
      columns: string[];
      ref: string;
      refcolumns: string[];
      ondelete: string;
    }>(
      `SELECT t.relname AS table, r.relname AS ref, con.confdeltype AS ondelete,
              array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
              array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS refcolumns
         FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class r ON r.oid = con.confrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace WHERE con.contype = 'f' AND n.nspname = 'public'`,
    );

    // Enums
    const dbEnums = new Map<string, string[]>();
    for (const e of enums) dbEnums.set(e.name, [...(dbEnums.get(e.name) ?? []), e.value]);
    for (const e of dmmf.datamodel.enums) {
      const name = e.dbName ?? e.name;
      const want = e.values.map((v) => v.dbName ?? v.name).join(",");
      const have = dbEnums.get(name)?.join(",");
      if (have === undefined) diffs.push(`enum ${name} is missing`);
      else if (have !== want) diffs.push(`enum ${name} has values [${have}], schema says [${want}]`);
      dbEnums.delete(name);
    }
    for (const name of dbEnums.keys())
      diffs.push(`enum ${name} exists in the database but not in the schema`);

    // Tables and columns
    const tables = new Map<string, typeof cols>();
    for (const c of cols) tables.set(c.table, [...(tables.get(c.table) ?? []), c]);
    const modelTable = new Map(dmmf.datamodel.models.map((m) => [m.name, m.dbName ?? m.name]));
    for (const model of dmmf.datamodel.models) {
      const table = model.dbName ?? model.name;
      const dbCols = new Map((tables.get(table) ?? []).map((c) => [c.column, c]));
      if (!tables.has(table)) {
        diffs.push(`table ${table} is missing`);
        continue;
      }
      tables.delete(table);
      for (const field of model.fields.filter((f) => f.kind !== "object")) {
        const column = field.dbName ?? field.name;
        const have = dbCols.get(column);
        if (!have) {
          diffs.push(`column ${table}.${column} is missing`);
          continue;
        }
        dbCols.delete(column);
        const type = expectedType(field);
        if (have.type !== type) diffs.push(`column ${table}.${column} is ${have.type}, schema says ${type}`);
        if (have.notnull !== field.isRequired)
          diffs.push(
            `column ${table}.${column} is ${have.notnull ? "NOT NULL" : "nullable"}, schema says ${field.isRequired ? "required" : "optional"}`,
          );
        const wantDefault = expectsDbDefault(field);
        if (have.hasdefault !== wantDefault)
          diffs.push(
            `column ${table}.${column} ${have.hasdefault ? "has" : "lacks"} a database default, schema ${wantDefault ? "has one" : "has none"}`,
          );
      }
      for (const extra of dbCols.keys())
        diffs.push(`column ${table}.${extra} exists in the database but not in the schema`);

      // Foreign keys of this model
      for (const rel of model.fields.filter((f) => f.kind === "object" && f.relationFromFields?.length)) {
        const columns = rel.relationFromFields!.join(",");
        const ref = modelTable.get(rel.type)!;
        const want = rel.relationOnDelete ?? (rel.isRequired ? "Restrict" : "SetNull");
        const fk = fks.find((f) => f.table === table && f.columns.join(",") === columns);
        if (!fk) diffs.push(`foreign key ${table}(${columns}) → ${ref} is missing`);
        else {
          if (fk.ref !== ref || fk.refcolumns.join(",") !== rel.relationToFields!.join(","))
            diffs.push(
              `foreign key ${table}(${columns}) points at ${fk.ref}(${fk.refcolumns}), schema says ${ref}`,
            );
          if (ON_DELETE[fk.ondelete] !== want)
            diffs.push(
              `foreign key ${table}(${columns}) deletes with ${ON_DELETE[fk.ondelete]}, schema says ${want}`,
            );
        }
      }
    }
    for (const t of tables.keys()) diffs.push(`table ${t} exists in the database but not in the schema`);

    // Primary keys, uniques and indexes
    const indexLabel = (table: string, kind: string, columns: string[]) =>
      `${kind} ${table}(${columns.join(",")})`;
    const want = new Set<string>();
    for (const ix of dmmf.datamodel.indexes) {
      const table = modelTable.get(ix.model)!;
      const model = dmmf.datamodel.models.find((m) => m.name === ix.model)!;
      const columns = ix.fields.map((f) => model.fields.find((mf) => mf.name === f.name)?.dbName ?? f.name);
      const kind = ix.type === "id" ? "primary key" : ix.type === "unique" ? "unique index" : "index";
      if (ix.type === "fulltext") continue;
      want.add(indexLabel(table, kind, columns));
    }
    const have = new Set(
      indexes.map((i) =>
        indexLabel(i.table, i.primary ? "primary key" : i.unique ? "unique index" : "index", i.columns),
      ),
    );
    for (const w of want) if (!have.has(w)) diffs.push(`${w} is missing`);
    for (const h of have) if (!want.has(h)) diffs.push(`${h} exists in the database but not in the schema`);

    return diffs.sort();
  } finally {
    await client.end();
  }
}
