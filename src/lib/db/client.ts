import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { currentDatabaseUrl } from "@/lib/env";

// One client per process, created on first use: `next build` imports this module without a database,
// and dev hot reload would otherwise open a new pool on every change.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

function getClient(): PrismaClient {
  if (globalForDb.prisma) return globalForDb.prisma;
  const url = currentDatabaseUrl();
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`.");
  globalForDb.prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return globalForDb.prisma;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getClient();
    const value = Reflect.get(client, prop);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
