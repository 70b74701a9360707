import type { Role } from "@/generated/prisma/enums";

export type { Role };
export const ROLES = ["ADMIN", "CONTROLLER", "AGENT"] as const satisfies readonly Role[];

// Who may do what. Pages, actions and route handlers all ask here, so the matrix lives in one place.
export const PERMISSIONS = {
  "dashboard:view": ["ADMIN", "CONTROLLER"],
  "cases:view": ["ADMIN", "CONTROLLER", "AGENT"],
  "cases:work": ["ADMIN", "CONTROLLER", "AGENT"],
  "tasks:view": ["ADMIN", "CONTROLLER", "AGENT"],
  "imports:manage": ["ADMIN", "CONTROLLER"],
  "workflows:edit": ["ADMIN", "CONTROLLER"],
  "settings:manage": ["ADMIN"],
  "users:manage": ["ADMIN"],
  "apikeys:manage": ["ADMIN"],
  "outbox:view": ["ADMIN", "CONTROLLER"],
  "templates:edit": ["ADMIN", "CONTROLLER"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
