import "server-only";
import { type AuthenticatedApiKey, authenticateApiKey } from "@/features/api-keys/api-keys.server";
import { can, type Permission, type Role } from "@/features/auth/roles";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorResponse } from "./errors";
import { consumeRateLimit } from "./rate-limit";

/** Who is calling: an ERP with an API key, or a signed-in staff member (only where auth allows it). */
export type ApiActor =
  | { kind: "apiKey"; apiKey: AuthenticatedApiKey }
  | { kind: "user"; user: { id: string; role: Role } };

export type ApiAuth = "apiKey" | "apiKeyOrSession";

export type SessionUserLoader = () => Promise<{ id: string; role: Role } | null>;

export interface ApiContext<P> {
  request: Request;
  params: P;
  actor: ApiActor;
}

export function actorScope(actor: ApiActor): string {
  return actor.kind === "apiKey" ? `apikey:${actor.apiKey.id}` : `user:${actor.user.id}`;
}

/** The import pipeline's actor shape. */
export function toImportActor(actor: ApiActor): { userId?: string; apiKeyId?: string } {
  return actor.kind === "apiKey" ? { apiKeyId: actor.apiKey.id } : { userId: actor.user.id };
}

function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (!header) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  // A garbled header is a wrong key, not an absent one: never fall back to the session.
  return m?.[1] ?? "";
}

/** The session path, as a small function so tests can inject a user (next-auth needs a real request). */
export function authoriseSessionUser(
  user: { id: string; role: Role } | null,
  permission: Permission | undefined,
): ApiActor {
  if (!user) throw new AppError("UNAUTHORIZED", "API-sleutel ontbreekt (Authorization: Bearer <sleutel>)");
  if (permission && !can(user.role, permission)) throw new AppError("FORBIDDEN", "Geen toegang");
  return { kind: "user", user: { id: user.id, role: user.role } };
}

const loadSessionUser: SessionUserLoader = async () => {
  // Loaded only on the session path: next-auth reads the request's cookies through next/headers.
  const { getCurrentUser } = await import("@/features/auth/session.server");
  return getCurrentUser();
};

/**
 * Bearer key first. Only when the request carries no Authorization header and the route allows it, the
 * staff session (SameSite=Lax cookies: a cross-site POST carries none, so this is no CSRF opening).
 */
export async function resolveActor(
  request: Request,
  opts: { auth: ApiAuth; permission?: Permission; sessionUser?: SessionUserLoader },
): Promise<ApiActor> {
  const token = bearerToken(request);
  if (token !== null || opts.auth === "apiKey") {
    return { kind: "apiKey", apiKey: await authenticateApiKey(token) };
  }
  return authoriseSessionUser(await (opts.sessionUser ?? loadSessionUser)(), opts.permission);
}

/**
 * The one wrapper for /api/v1 route handlers: authenticate → rate-limit (PostgreSQL, per key or user)
 * → run → JSON errors `{ error: { code, message, details? } }` with the AppError's status.
 */
export function apiRoute<P = Record<string, never>>(config: {
  auth: ApiAuth;
  /** Checked for session users; an API key may use every /api/v1 endpoint. */
  permission?: Permission;
  /** Requests per minute; defaults to API_RATE_LIMIT_PER_MINUTE. */
  rateLimitPerMinute?: number;
  sessionUser?: SessionUserLoader;
  handler: (ctx: ApiContext<P>) => Promise<Response>;
}) {
  return async (request: Request, context?: { params: Promise<P> }): Promise<Response> => {
    const headers = new Headers();
    try {
      const params = ((await context?.params) ?? {}) as P;
      const actor = await resolveActor(request, {
        auth: config.auth,
        permission: config.permission,
        sessionUser: config.sessionUser,
      });
      const limit = config.rateLimitPerMinute ?? env.API_RATE_LIMIT_PER_MINUTE;
      const rate = await consumeRateLimit(actorScope(actor), limit, 60);
      headers.set("RateLimit-Limit", String(rate.limit));
      headers.set("RateLimit-Remaining", String(rate.remaining));
      if (!rate.allowed) {
        headers.set("Retry-After", String(rate.retryAfterSeconds));
        throw new AppError(
          "RATE_LIMITED",
          `Te veel verzoeken; probeer het over ${rate.retryAfterSeconds} s opnieuw`,
          {
            limit: rate.limit,
            retryAfterSeconds: rate.retryAfterSeconds,
          },
        );
      }
      const response = await config.handler({ request, params, actor });
      for (const [k, v] of headers) response.headers.set(k, v);
      return response;
    } catch (error) {
      return errorResponse(error, headers);
    }
  };
}
