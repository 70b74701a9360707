import { createTestDatabase } from "./test-database";

export default async function setup() {
  const { url, stop } = await createTestDatabase("stornodesk_vitest");
  // Test workers start after this and inherit the variable.
  process.env.DATABASE_URL = url;
  return stop;
}
