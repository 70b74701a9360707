"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { logger } from "@/lib/logger";
import { allowConsumerRequest } from "./consumer.server";
import type { ErrorKey } from "./schemas";
import { submitResponse } from "./submit.server";

export type ResponseFormState = {
  status: "idle" | "invalid" | "rateLimited" | "error";
  fields?: Record<string, ErrorKey>;
  /** What was typed, so a plain (no-JavaScript) post can show the form again filled in. */
  values?: Record<string, string>;
};

const MAX_FIELD = 2000;

function formValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    out[key] = value.slice(0, MAX_FIELD);
  }
  return out;
}

/**
 * The consumer's form post. Deliberately not a `defineAction`: there is no session, the token in the
 * form is the authority. Works as a plain form post (no JavaScript) and from react-hook-form alike;
 * on success, after a repeat submission, or for a dead link it redirects to the page (post/redirect/get),
 * which then shows the outcome, the summary, or the friendly "link does not work" page.
 */
export async function submitResponseAction(
  _prev: ResponseFormState,
  form: FormData,
): Promise<ResponseFormState> {
  const values = formValues(form);
  const token = values.token ?? "";
  const lang = values.lang === "en" || values.lang === "nl" ? values.lang : undefined;
  const page = `/r/${encodeURIComponent(token)}`;
  const query = (extra?: string) => {
    const q = [lang ? `lang=${lang}` : "", extra ?? ""].filter(Boolean).join("&");
    return q ? `?${q}` : "";
  };

  if (!(await allowConsumerRequest(await headers()))) return { status: "rateLimited", values };
  let result: Awaited<ReturnType<typeof submitResponse>>;
  try {
    result = await submitResponse({ token, raw: values, locale: lang ?? "nl" });
  } catch (error) {
    logger.error({ err: error }, "response submission failed");
    return { status: "error", values };
  }
  if (result.ok) return redirect(`${page}${query()}`);
  if (result.code === "ALREADY_SUBMITTED") return redirect(`${page}${query("again=1")}`);
  if (result.code !== "INVALID") return redirect(`${page}${query()}`);
  return { status: "invalid", fields: result.fields, values };
}
