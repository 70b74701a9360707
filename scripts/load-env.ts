import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// Runs before anything imports src/lib/env.ts: reads .env and fills in what a local run can choose itself.
if (existsSync(".env")) process.loadEnvFile(".env");
process.env.NEXT_TELEMETRY_DISABLED ||= "1";

const dataDir = process.env.DATA_DIR || ".data";
const port = process.env.PORT || "3000";
process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;

if (!process.env.NEXTAUTH_SECRET) {
  if (process.env.NODE_ENV === "production" && process.env.DATABASE_URL) {
    throw new Error("NEXTAUTH_SECRET must be set in production (e.g. `openssl rand -base64 32`).");
  }
  // A local run keeps a generated secret in DATA_DIR, so sessions survive restarts.
  const file = path.join(dataDir, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
}
