"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

export function SignInForm({ initialError }: { initialError?: string }) {
  const t = useTranslations("signIn");
  const router = useRouter();
  function describeError(code: string | undefined | null): string {
    if (code?.startsWith("THROTTLED:")) return t("throttled", { seconds: code.split(":")[1] ?? "60" });
    return t("invalid");
  }

  const [error, setError] = useState<string | undefined>(() =>
    initialError ? describeError(initialError) : undefined,
  );
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: String(form.get("email")),
      password: String(form.get("password")),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(describeError(result?.error));
      return;
    }
    router.replace("/");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {error ? (
        <Alert variant="destructive">
          <AlertDescription>{error}</AlertDescription>
        </Alert>
      ) : null}
      <FormField label={t("email")} required>
        <Input name="email" type="email" autoComplete="username" required />
      </FormField>
      <FormField label={t("password")} required>
        <Input name="password" type="password" autoComplete="current-password" required />
      </FormField>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
