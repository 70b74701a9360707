"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { CheckIcon, CopyIcon, TriangleAlertIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { createApiKeyAction } from "../actions";
import { type CreateApiKeyInput, createApiKeySchema } from "../schemas";

export function CreateApiKeyForm() {
  const t = useTranslations("apiKeys");
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<CreateApiKeyInput>({
    resolver: zodResolver(createApiKeySchema),
    defaultValues: { name: "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: CreateApiKeyInput) {
    setError(null);
    const result = await createApiKeyAction(values);
    if (result.ok) {
      setCreated({ name: result.data.name, key: result.data.key });
      form.reset();
    } else {
      setError(result.error.message);
      if (result.error.fields?.name) form.setError("name", { message: result.error.fields.name });
    }
  }

  return (
    <>
      <form
        onSubmit={form.handleSubmit(onSubmit)}
        className="flex flex-col gap-4 sm:flex-row sm:items-start"
        noValidate
        data-testid="create-api-key-form"
      >
        <FormField
          label={t("name")}
          error={errors.name?.message ?? error ?? undefined}
          required
          className="sm:w-80"
        >
          <Input autoComplete="off" placeholder={t("namePlaceholder")} {...form.register("name")} />
        </FormField>
        <Button type="submit" disabled={isSubmitting} className="sm:mt-6">
          {isSubmitting ? t("creating") : t("create")}
        </Button>
      </form>
      <Dialog open={created !== null} onOpenChange={(open) => (open ? undefined : setCreated(null))}>
        {created ? <NewKeyDialog name={created.name} apiKey={created.key} /> : null}
      </Dialog>
    </>
  );
}

function NewKeyDialog({ name, apiKey }: { name: string; apiKey: string }) {
  const t = useTranslations("apiKeys");
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  async function copyKey() {
    try {
      await navigator.clipboard.writeText(apiKey);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }

  return (
    <DialogContent closeLabel={t("close")} data-testid="api-key-created">
      <DialogHeader>
        <DialogTitle>{t("createdTitle")}</DialogTitle>
        <DialogDescription>{t("usage")}</DialogDescription>
      </DialogHeader>
      <Alert variant="warning">
        <TriangleAlertIcon aria-hidden="true" />
        <AlertDescription>{t("createdWarning")}</AlertDescription>
      </Alert>
      <FormField label={t("keyLabel", { name })}>
        <Input
          readOnly
          value={apiKey}
          className="font-mono text-xs"
          data-testid="api-key-value"
          onFocus={(e) => e.currentTarget.select()}
        />
      </FormField>
      <p aria-live="polite" className="min-h-5 text-sm text-muted-foreground">
        {copy === "copied" ? t("copied") : copy === "failed" ? t("copyFailed") : ""}
      </p>
      <DialogFooter>
        <Button type="button" variant="outline" onClick={copyKey}>
          {copy === "copied" ? <CheckIcon aria-hidden="true" /> : <CopyIcon aria-hidden="true" />}
          {t("copy")}
        </Button>
        <DialogClose asChild>
          <Button type="button">{t("done")}</Button>
        </DialogClose>
      </DialogFooter>
    </DialogContent>
  );
}
