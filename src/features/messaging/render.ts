import { OPTIONAL_VARIABLES, type TemplateText, VARIABLE_NAMES } from "./default-templates";
import type { Branding, MessageChannel, MessageLocale } from "./types";

export type TemplateVariables = Record<string, string | null | undefined>;

export interface RenderedMessage {
  subject: string | null;
  body: string;
  bodyHtml: string | null;
}

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;
const KNOWN = new Set<string>(VARIABLE_NAMES);
const DEFAULT_BRAND = "#0f766e";

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Placeholder names a text uses, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ""))];
}

/** Placeholders that are not template variables (a typo such as {naam}); the editor refuses them. */
export function unknownPlaceholders(template: TemplateText): string[] {
  const all = [template.subject ?? "", template.body, template.bodyHtml ?? ""].flatMap(placeholdersIn);
  return [...new Set(all.filter((p) => !KNOWN.has(p)))];
}

/** Required variables the template uses but the caller did not give a value for. */
export function missingVariables(template: TemplateText, vars: TemplateVariables): string[] {
  const used = [template.subject ?? "", template.body, template.bodyHtml ?? ""].flatMap(placeholdersIn);
  return [...new Set(used.filter((p) => KNOWN.has(p) && !OPTIONAL_VARIABLES.has(p) && !vars[p]?.trim()))];
}

function substitute(text: string, vars: TemplateVariables, encode: (v: string) => string): string {
  // Unknown placeholders stay as written, so a typo is visible in the preview instead of vanishing.
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    KNOWN.has(name) ? encode(vars[name] ?? "") : whole,
  );
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g;

/** Escaped text with its http(s) URLs as links; runs on already-escaped text, so no markup gets in. */
function linkify(escaped: string, color: string): string {
  return escaped.replace(
    URL_IN_TEXT,
    (url) => `<a href="${url}" style="color:${color};text-decoration:underline">${url}</a>`,
  );
}

function safeColor(color: string | null | undefined): string {
  return color && /^#[0-9a-fA-F]{6}$/.test(color) ? color : DEFAULT_BRAND;
}

function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.toString() : null;
  } catch {
    return null;
  }
}

/** The HTML body derived from the plain text: paragraphs, clickable links, a button for a lone {link}. */
function htmlFromText(body: string, vars: TemplateVariables, color: string, locale: MessageLocale): string {
  const paragraphs = body.split(/\n{2,}/);
  return paragraphs
    .map((p) => {
      if (p.trim() === "{link}") {
        const href = safeHttpUrl(vars.link);
        if (!href) return "";
        const label = locale === "en" ? "Respond now" : "Reageer nu";
        return `<p style="margin:24px 0"><a href="${escapeHtml(href)}" style="display:inline-block;background:${color};color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${label}</a></p><p style="margin:0 0 16px;font-size:13px;color:#52525b">${linkify(escapeHtml(href), color)}</p>`;
      }
      const text = linkify(escapeHtml(substitute(p, vars, (v) => v)), color).replace(/\n/g, "<br>");
      return `<p style="margin:0 0 16px">${text}</p>`;
    })
    .join("\n");
}

/** The branded e-mail around a content block. Everything from settings is escaped or validated. */
export function emailLayout(
  content: string,
  branding: Branding,
  locale: MessageLocale,
  subject: string,
): string {
  const color = safeColor(branding.brandColor);
  const logo = safeHttpUrl(branding.logoUrl);
  const name = escapeHtml(branding.creditorName);
  const header = logo
    ? `<img src="${escapeHtml(logo)}" alt="${name}" style="max-height:48px;border:0">`
    : `<span style="font-size:20px;font-weight:700;color:#ffffff">${name}</span>`;
  const contact = [
    branding.supportPhone ? escapeHtml(branding.supportPhone) : null,
    branding.supportEmail
      ? `<a href="mailto:${escapeHtml(branding.supportEmail)}" style="color:#52525b">${escapeHtml(branding.supportEmail)}</a>`
      : null,
  ].filter(Boolean);
  const footer = contact.length
    ? `${locale === "en" ? "Questions? Contact us:" : "Vragen? Neem contact op:"} ${contact.join(" · ")}`
    : name;
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f4f5;font-family:Arial,Helvetica,sans-serif;color:#18181b">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f5;padding:24px 0">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border-radius:8px;overflow:hidden">
<tr><td style="background:${color};padding:20px 24px">${header}</td></tr>
<tr><td style="padding:24px;font-size:16px;line-height:1.5">
${content}
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #e4e4e7;font-size:13px;color:#52525b">${footer}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`;
}

/**
 * Renders a template with its variables. Plain text keeps values as given; HTML escapes every value
 * (names and references come from bank files and ERPs, so they are untrusted).
 */
export function renderTemplate(
  template: TemplateText,
  vars: TemplateVariables,
  opts: { channel: MessageChannel; locale: MessageLocale; branding: Branding },
): RenderedMessage {
  const plain = (text: string) => substitute(text, vars, (v) => v);
  const body = plain(template.body).trim();
  if (opts.channel !== "EMAIL") return { subject: null, body, bodyHtml: null };
  const subject = plain(template.subject ?? "")
    .replace(/\s+/g, " ")
    .trim();
  const color = safeColor(opts.branding.brandColor);
  const content = template.bodyHtml
    ? substitute(template.bodyHtml, vars, escapeHtml)
    : htmlFromText(template.body.trim(), vars, color, opts.locale);
  return { subject, body, bodyHtml: emailLayout(content, opts.branding, opts.locale, subject) };
}
