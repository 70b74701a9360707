"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { retryMessageAction } from "../actions";

export function RetryMessageButton({ id }: { id: string }) {
  const t = useTranslations("messaging.detail");
  const [pending, start] = useTransition();
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  return (
    <div className="flex flex-col gap-2">
      <Button
        type="button"
        variant="outline"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await retryMessageAction({ id });
            setStatus(r.ok ? { ok: true, message: t("retried") } : { ok: false, message: r.error.message });
          })
        }
      >
        {t("retry")}
      </Button>
      {status ? (
        <Alert variant={status.ok ? "success" : "destructive"}>
          <AlertDescription>{status.message}</AlertDescription>
        </Alert>
      ) : null}
    </div>
  );
}
