import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/i18n/actions";
import { cn } from "@/lib/utils";

// Plain forms: switching language works without JavaScript too.
export async function LanguageSwitch({ className }: { className?: string }) {
  const locale = await getLocale();
  const t = await getTranslations("nav");
  return (
    <fieldset className={cn("flex items-center gap-1 text-sm", className)}>
      <legend className="sr-only">{t("language")}</legend>
      {(["nl", "en"] as const).map((l) => (
        <form key={l} action={setLocaleAction}>
          <input type="hidden" name="locale" value={l} />
          <button
            type="submit"
            lang={l}
            aria-pressed={locale === l}
            className={cn(
              "rounded px-2 py-1 font-medium uppercase hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring",
              locale === l ? "bg-muted text-foreground" : "text-muted-foreground",
            )}
          >
            {l === "nl" ? "NL" : "EN"}
            <span className="sr-only">{l === "nl" ? " — Nederlands" : " — English"}</span>
          </button>
        </form>
      ))}
    </fieldset>
  );
}
