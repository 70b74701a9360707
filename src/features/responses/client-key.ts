import { createHash } from "node:crypto";

/**
 * The rate-limit key of a consumer request: a hash of the client address (never the address itself).
 * Behind a load balancer the first X-Forwarded-For entry is the client; the proxy must set it.
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || headers.get("x-real-ip")?.trim() || "unknown";
  return `r:${createHash("sha256").update(ip).digest("hex").slice(0, 32)}`;
}

/** Requests per minute one client may make to /r/* (page views and submissions together). */
export const CONSUMER_RATE_LIMIT_PER_MINUTE = 60;
