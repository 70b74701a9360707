import type { CSSProperties, ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { formatDate, formatDateTime } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/money";
import type { ConsumerPage, Creditor } from "../consumer.server";
import { buildFormLabels } from "../form-labels";
import { consumerTranslator, type StoredAnswers } from "../outcome";
import { ResponseForm } from "./response-form";

type T = ReturnType<typeof consumerTranslator>;

/** The branded frame of every consumer page: creditor header, language switch, contact footer. */
function Shell(props: {
  creditor: Creditor;
  locale: Locale;
  switchHref?: string;
  t: T;
  children: ReactNode;
}) {
  const { creditor: c, t } = props;
  const style = { "--brand": c.brand, "--brand-foreground": c.brandForeground } as CSSProperties;
  return (
    <div lang={props.locale} style={style} className="min-h-dvh bg-muted">
      <header className="bg-brand text-brand-foreground">
        <div className="mx-auto flex max-w-xl items-center justify-between gap-3 px-4 py-3">
          <div className="flex min-w-0 items-center gap-3">
            {c.logoUrl ? (
              // biome-ignore lint/performance/noImgElement: a remote logo of unknown size; next/image needs its host configured
              <img src={c.logoUrl} alt="" className="h-8 w-auto rounded bg-white p-0.5" />
            ) : null}
            <span className="truncate font-semibold">{c.name}</span>
          </div>
          {props.switchHref ? (
            <a
              href={props.switchHref}
              hrefLang={props.locale === "nl" ? "en" : "nl"}
              lang={props.locale === "nl" ? "en" : "nl"}
              aria-label={t("page.switchLanguageLabel")}
              className="rounded px-2 py-1 text-sm font-medium underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-current"
            >
              {t("page.switchLanguage")}
            </a>
          ) : null}
        </div>
      </header>
      <main className="mx-auto grid max-w-xl gap-4 px-4 py-6">{props.children}</main>
      <footer className="mx-auto max-w-xl px-4 pb-8 text-sm">
        <Contact creditor={c} t={t} />
      </footer>
    </div>
  );
}

function Contact({ creditor: c, t }: { creditor: Creditor; t: T }) {
  return (
    <section aria-labelledby="contact-title" className="grid gap-1 rounded-lg border bg-card p-4">
      <h2 id="contact-title" className="font-semibold">
        {t("page.contact", { creditor: c.name })}
      </h2>
      {c.supportPhone || c.supportEmail ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          {c.supportPhone ? (
            <>
              <dt className="text-muted-foreground">{t("page.phone")}</dt>
              <dd>
                <a
                  className="underline underline-offset-4"
                  href={`tel:${c.supportPhone.replace(/[^+\d]/g, "")}`}
                >
                  {c.supportPhone}
                </a>
              </dd>
            </>
          ) : null}
          {c.supportEmail ? (
            <>
              <dt className="text-muted-foreground">{t("page.email")}</dt>
              <dd>
                <a className="underline underline-offset-4 break-all" href={`mailto:${c.supportEmail}`}>
                  {c.supportEmail}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>{t("unavailable.noContact", { creditor: c.name })}</p>
      )}
    </section>
  );
}

function Card({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <div className={`grid gap-3 rounded-lg border bg-card p-4 shadow-xs ${className}`}>{children}</div>;
}

function Facts({ page, t }: { page: Extract<ConsumerPage, { kind: "form" | "done" }>; t: T }) {
  const { case: c, locale } = page;
  return (
    <Card>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-muted-foreground">{t("page.amount")}</dt>
        <dd className="text-lg font-semibold" data-testid="amount">
          {formatMoney(c.amountCents, c.currency, locale)}
        </dd>
        {c.description ? (
          <>
            <dt className="text-muted-foreground">{t("page.description")}</dt>
            <dd>{c.description}</dd>
          </>
        ) : null}
        <dt className="text-muted-foreground">{t("page.collectionDate")}</dt>
        <dd>{formatDate(c.collectionDate, locale)}</dd>
        <dt className="text-muted-foreground">{t("page.reference")}</dt>
        <dd className="font-mono">{c.reference}</dd>
      </dl>
      <div className="grid gap-1 rounded-md bg-muted p-3 text-sm">
        <h2 className="font-medium">{t("page.bankSaid")}</h2>
        <p>{c.bankSaid ?? t("page.bankSaidUnknown")}</p>
      </div>
    </Card>
  );
}

function Summary({
  answers,
  createdAt,
  locale,
  t,
}: {
  answers: StoredAnswers;
  createdAt: Date;
  locale: Locale;
  t: T;
}) {
  const rows: [string, string][] = [];
  const reasonKey = answers.reason as "other";
  rows.push([t("summary.reason"), t(`form.reasons.${reasonKey}`)]);
  if (answers.resolution) {
    const r = answers.resolution as "pay";
    rows.push([t("summary.resolution"), t(`form.insufficientFunds.${r}`)]);
  }
  if (answers.preferredDate) rows.push([t("summary.date"), formatDate(answers.preferredDate, locale)]);
  if (answers.instalments) rows.push([t("summary.instalments"), String(answers.instalments)]);
  if (answers.newIbanMasked) rows.push([t("summary.iban"), answers.newIbanMasked]);
  if (answers.accountHolder) rows.push([t("summary.holder"), answers.accountHolder]);
  if (answers.phone) rows.push([t("summary.phone"), answers.phone]);
  if (answers.preferredTime) {
    const w = answers.preferredTime as "morning";
    rows.push([t("summary.window"), t(`form.callMe.windows.${w}`)]);
  }
  if (answers.comment) rows.push([t("summary.comment"), answers.comment]);
  return (
    <Card>
      <h2 className="font-semibold">{t("summary.title")}</h2>
      <p className="text-sm text-muted-foreground">
        {t("summary.sentOn", { date: formatDateTime(createdAt, locale) })}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm" data-testid="response-summary">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-muted-foreground">{k}</dt>
            <dd className="whitespace-pre-wrap break-words">{v}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

export function ConsumerResponsePage(props: {
  page: ConsumerPage;
  token: string;
  /** The same page in the other language. */
  switchHref: string;
  /** True after a repeated submission: say so politely above the summary. */
  again?: boolean;
}) {
  const { page } = props;
  const t = consumerTranslator(page.locale);
  if (page.kind === "unavailable") {
    return (
      <Shell creditor={page.creditor} locale={page.locale} switchHref={props.switchHref} t={t}>
        <Card>
          <h1 className="text-xl font-semibold">{t("unavailable.title")}</h1>
          <p>{t("unavailable.body")}</p>
        </Card>
      </Shell>
    );
  }
  return (
    <Shell creditor={page.creditor} locale={page.locale} switchHref={props.switchHref} t={t}>
      <div className="grid gap-2">
        <h1 className="text-2xl font-semibold">{t("page.title", { creditor: page.creditor.name })}</h1>
        {page.kind === "form" ? <p>{t("page.intro")}</p> : null}
      </div>
      <Facts page={page} t={t} />
      {page.kind === "form" ? (
        <Card>
          <ResponseForm
            token={props.token}
            locale={page.locale}
            context={page.context}
            labels={buildFormLabels({
              locale: page.locale,
              context: page.context,
              creditorName: page.creditor.name,
              creditorIban: page.creditor.iban,
              amountCents: page.case.amountCents,
              currency: page.case.currency,
              description: page.case.description,
              reference: page.case.reference,
            })}
          />
        </Card>
      ) : (
        <>
          {props.again ? <Alert variant="info">{t("errors.alreadySubmitted")}</Alert> : null}
          <Card className="border-brand">
            <h2 className="text-lg font-semibold">{t("outcome.title")}</h2>
            <div className="grid gap-1">
              <h3 className="font-medium">{t("outcome.whatNext")}</h3>
              <p data-testid="outcome">{page.outcome}</p>
            </div>
          </Card>
          <Summary
            answers={page.response.answers}
            createdAt={page.response.createdAt}
            locale={page.locale}
            t={t}
          />
        </>
      )}
      <p className="text-sm text-muted-foreground">{t("page.privacy")}</p>
    </Shell>
  );
}

export function ConsumerRateLimitedPage({ creditor, locale }: { creditor: Creditor; locale: Locale }) {
  const t = consumerTranslator(locale);
  return (
    <Shell creditor={creditor} locale={locale} t={t}>
      <Card>
        <h1 className="text-xl font-semibold">{t("rateLimited.title")}</h1>
        <p>{t("rateLimited.body")}</p>
      </Card>
    </Shell>
  );
}
