"use client";

import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function SignOutButton({ label }: { label: string }) {
  return (
    <Button variant="ghost" size="sm" onClick={() => signOut({ callbackUrl: "/inloggen" })}>
      <LogOut aria-hidden="true" className="size-4" />
      {label}
    </Button>
  );
}
