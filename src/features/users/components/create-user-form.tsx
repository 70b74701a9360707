"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { ROLES } from "@/features/auth/roles";
import { createUserAction } from "../actions";
import { type CreateUserInput, createUserSchema } from "../schemas";

export function CreateUserForm() {
  const t = useTranslations("settings");
  const tRoles = useTranslations("roles");
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const form = useForm<CreateUserInput>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { email: "", name: "", role: "AGENT", password: "", locale: "nl" },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: CreateUserInput) {
    const result = await createUserAction(values);
    if (result.ok) {
      setStatus({ ok: true, message: t("userCreated", { email: result.data.email }) });
      form.reset();
    } else {
      setStatus({ ok: false, message: result.error.message });
      for (const [field, message] of Object.entries(result.error.fields ?? {})) {
        form.setError(field as keyof CreateUserInput, { message });
      }
    }
  }

  return (
    <form
      onSubmit={form.handleSubmit(onSubmit)}
      className="grid gap-4 sm:grid-cols-2"
      noValidate
      data-testid="create-user-form"
    >
      {status ? (
        <Alert variant={status.ok ? "success" : "destructive"} className="sm:col-span-2">
          <AlertDescription>{status.message}</AlertDescription>
        </Alert>
      ) : null}
      <FormField label={t("name")} error={errors.name?.message} required>
        <Input autoComplete="off" {...form.register("name")} />
      </FormField>
      <FormField label={t("email")} error={errors.email?.message} required>
        <Input type="email" autoComplete="off" {...form.register("email")} />
      </FormField>
      <FormField label={t("role")} error={errors.role?.message} required>
        <NativeSelect {...form.register("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tRoles(r)}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField label={t("password")} error={errors.password?.message} required>
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </FormField>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {t("addUser")}
        </Button>
      </div>
    </form>
  );
}
