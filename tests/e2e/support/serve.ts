// Playwright's web server: a fresh database of its own, then the same start path as `npm start`.
import { createTestDatabase } from "../../support/test-database";

const { url } = await createTestDatabase("stornodesk_e2e");
process.env.DATABASE_URL = url;
process.env.PORT = process.env.E2E_PORT ?? "3100";
process.env.NEXTAUTH_URL = `http://localhost:${process.env.PORT}`;
process.env.NEXTAUTH_SECRET ||= "e2e-secret-that-is-long-enough-0123456789";
// The e2e database is a scratch database on a real server: demo data is what the tests sign in with.
process.env.ALLOW_DEMO_SEED = "true";
await import("../../../scripts/start");
