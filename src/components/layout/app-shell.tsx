import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { can, type Permission } from "@/features/auth/roles";
import type { CurrentUser } from "@/features/auth/session.server";
import { LanguageSwitch } from "./language-switch";
import { type NavItem, NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

const NAV: { key: NavItem["key"]; href: string; permission: Permission }[] = [
  { key: "dashboard", href: "/dashboard", permission: "dashboard:view" },
  { key: "cases", href: "/storneringen", permission: "cases:view" },
  { key: "tasks", href: "/taken", permission: "tasks:view" },
  { key: "imports", href: "/imports", permission: "imports:manage" },
  { key: "workflows", href: "/workflows", permission: "workflows:edit" },
  { key: "templates", href: "/sjablonen", permission: "templates:edit" },
  { key: "outbox", href: "/berichten", permission: "outbox:view" },
  { key: "settings", href: "/instellingen", permission: "settings:manage" },
];

export function navFor(user: Pick<CurrentUser, "role">) {
  return NAV.filter((n) => can(user.role, n.permission));
}

export async function AppShell({ user, children }: { user: CurrentUser; children: ReactNode }) {
  const t = await getTranslations("nav");
  const tRoles = await getTranslations("roles");
  const items = navFor(user).map((n) => ({ key: n.key, href: n.href, label: t(n.key) }));
  return (
    <div className="flex min-h-dvh flex-col md:flex-row">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-background focus:p-2"
      >
        Naar de inhoud
      </a>
      <aside className="flex flex-col gap-4 border-b border-border bg-card p-4 md:w-60 md:shrink-0 md:border-b-0 md:border-r">
        <Link href="/" className="text-lg font-semibold tracking-tight text-primary">
          Stornodesk
        </Link>
        <NavLinks items={items} label={t("main")} />
        <section
          aria-label={t("userMenu")}
          className="mt-auto flex flex-col gap-2 border-t border-border pt-4 text-sm"
          data-testid="user-menu"
        >
          <p className="font-medium">{user.name}</p>
          <p className="text-muted-foreground">
            {user.email} · <span data-testid="user-role">{tRoles(user.role)}</span>
          </p>
          <LanguageSwitch />
          <SignOutButton label={t("signOut")} />
        </section>
      </aside>
      <main id="main" className="min-w-0 flex-1 p-4 md:p-8">
        {children}
      </main>
    </div>
  );
}
