"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { setUserActiveAction } from "../actions";

export function UserActiveToggle({
  userId,
  active,
  disabled,
}: {
  userId: string;
  active: boolean;
  disabled?: boolean;
}) {
  const t = useTranslations("settings");
  const [pending, start] = useTransition();
  return (
    <Button
      size="sm"
      variant="outline"
      disabled={disabled || pending}
      onClick={() =>
        start(async () => void (await setUserActiveAction({ userId, active: active ? "false" : "true" })))
      }
    >
      {active ? t("deactivate") : t("activate")}
    </Button>
  );
}
