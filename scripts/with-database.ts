/** Prepares the database exactly like `npm start` (embedded when DATABASE_URL is not set), runs `fn`, cleans up. */
export async function withDatabase<T>(fn: (ctx: { embedded: boolean }) => Promise<T>): Promise<T> {
  const { prepareDatabase } = await import("@/lib/db/bootstrap");
  const database = await prepareDatabase((l) => console.error(l));
  process.env.DATABASE_URL = database.url;
  try {
    return await fn({ embedded: database.embedded });
  } finally {
    const { db } = await import("@/lib/db/client");
    await db.$disconnect();
    await database.stop();
  }
}
