"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { updateOrganisationSettingsAction } from "../actions";
import { type OrganisationSettingsInput, organisationSettingsSchema } from "../schemas";

const FIELDS = [
  "creditorName",
  "creditorId",
  "iban",
  "bic",
  "senderEmail",
  "supportEmail",
  "smsSender",
  "supportPhone",
] as const;

export function OrganisationSettingsForm({
  initial,
}: {
  initial: Record<(typeof FIELDS)[number] | "brandColor", string>;
}) {
  const t = useTranslations("settings");
  const tCommon = useTranslations("common");
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const form = useForm<OrganisationSettingsInput>({
    resolver: zodResolver(organisationSettingsSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: OrganisationSettingsInput) {
    const result = await updateOrganisationSettingsAction(values);
    setStatus(
      result.ok ? { ok: true, message: tCommon("saved") } : { ok: false, message: result.error.message },
    );
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} className="grid gap-4 sm:grid-cols-2" noValidate>
      {status ? (
        <Alert variant={status.ok ? "success" : "destructive"} className="sm:col-span-2">
          <AlertDescription>{status.message}</AlertDescription>
        </Alert>
      ) : null}
      {FIELDS.map((name) => (
        <FormField
          key={name}
          label={t(name)}
          error={errors[name]?.message}
          required={name === "creditorName"}
        >
          <Input {...form.register(name)} />
        </FormField>
      ))}
      <FormField label={t("brandColor")} error={errors.brandColor?.message}>
        <Input type="color" className="h-10 w-20 p-1" {...form.register("brandColor")} />
      </FormField>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {tCommon("save")}
        </Button>
      </div>
    </form>
  );
}
