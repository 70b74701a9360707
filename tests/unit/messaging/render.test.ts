import { describe, expect, it } from "vitest";
import {
  DEFAULT_TEMPLATES,
  defaultTemplate,
  TEMPLATE_KEYS,
  VARIABLE_NAMES,
} from "@/features/messaging/default-templates";
import {
  escapeHtml,
  missingVariables,
  renderTemplate,
  unknownPlaceholders,
} from "@/features/messaging/render";
import type { Branding } from "@/features/messaging/types";
import { buildVoiceTwiml, keypressReplyTwiml } from "@/features/messaging/voice-twiml";
import { formatDate } from "@/lib/dates";
import { formatMoney } from "@/lib/money";

const branding: Branding = {
  creditorName: "Water & Co <BV>",
  brandColor: "#0f766e",
  logoUrl: null,
  supportPhone: "088 123 45 67",
  supportEmail: "help@water.test",
};
const vars = {
  name: 'Jan "<b>de Vries</b>"',
  amount: formatMoney(4250, "EUR", "nl"),
  link: "https://app.test/r/abc?x=1&y=2",
  dueDate: formatDate("2026-12-03", "nl"),
  creditorName: "Water & Co <BV>",
};

describe("template rendering", () => {
  it("formats amounts and dates the Dutch way", () => {
    expect(vars.amount).toBe("€ 42,50");
    expect(vars.dueDate).toBe("3 december 2026");
  });

  it("plain text keeps values as they are; HTML escapes every value", () => {
    const tpl = defaultTemplate("invitation", "EMAIL", "nl");
    if (!tpl) throw new Error("no default");
    const r = renderTemplate(tpl, vars, { channel: "EMAIL", locale: "nl", branding });
    expect(r.subject).toBe("Uw incasso van € 42,50 is teruggeboekt");
    expect(r.body).toContain('Beste Jan "<b>de Vries</b>",');
    expect(r.body).toContain("Reageer graag vóór 3 december 2026.");
    expect(r.bodyHtml).toContain("Beste Jan &quot;&lt;b&gt;de Vries&lt;/b&gt;&quot;,");
    expect(r.bodyHtml).not.toContain("<b>de Vries");
    expect(r.bodyHtml).toContain("Water &amp; Co &lt;BV&gt;");
    // The lone {link} paragraph is a button, with the URL escaped inside the attribute.
    expect(r.bodyHtml).toContain('href="https://app.test/r/abc?x=1&amp;y=2"');
    expect(r.bodyHtml).toContain("Reageer nu");
    expect(r.bodyHtml).toContain('<html lang="nl">');
  });

  it("a value cannot smuggle markup or a javascript: link into the HTML", () => {
    const tpl = { subject: "Hi {name}", body: "{name}\n\n{link}", bodyHtml: null };
    const r = renderTemplate(
      tpl,
      { name: '<img src=x onerror="alert(1)">', link: "javascript:alert(1)" },
      { channel: "EMAIL", locale: "en", branding },
    );
    expect(r.bodyHtml).not.toMatch(/<img src=x/);
    expect(r.bodyHtml).not.toContain("javascript:");
    expect(r.subject).toBe('Hi <img src=x onerror="alert(1)">');
  });

  it("hand-written HTML gets escaped values, attributes included", () => {
    const r = renderTemplate(
      { subject: "S", body: "text", bodyHtml: '<p title="{name}">Hallo {name}</p>' },
      { name: '"><script>x</script>' },
      { channel: "EMAIL", locale: "nl", branding },
    );
    expect(r.bodyHtml).toContain('<p title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">');
    expect(r.body).toBe("text");
  });

  it("a bad brand colour or logo URL from settings does not reach the HTML", () => {
    const r = renderTemplate(
      { subject: "S", body: "b", bodyHtml: null },
      {},
      {
        channel: "EMAIL",
        locale: "nl",
        branding: { ...branding, brandColor: "red;background:url(x)", logoUrl: "javascript:alert(1)" },
      },
    );
    expect(r.bodyHtml).toContain("#0f766e");
    expect(r.bodyHtml).not.toContain("red;background");
    expect(r.bodyHtml).not.toContain("javascript:");
  });

  it("SMS and voice are plain text without subject or HTML", () => {
    const sms = defaultTemplate("invitation", "SMS", "en");
    if (!sms) throw new Error("no default");
    const r = renderTemplate(sms, { ...vars, amount: "€42.50" }, { channel: "SMS", locale: "en", branding });
    expect(r).toEqual({
      subject: null,
      bodyHtml: null,
      body: "Water & Co <BV>: your direct debit of €42.50 was reversed. Tell us why: https://app.test/r/abc?x=1&y=2",
    });
  });

  it("finds unknown placeholders (typos) and missing required variables", () => {
    expect(
      unknownPlaceholders({ subject: "{naam}", body: "{name} {amount} {bedrag}", bodyHtml: null }),
    ).toEqual(["naam", "bedrag"]);
    const tpl = { subject: null, body: "{name} {link} {supportPhone}", bodyHtml: null };
    expect(missingVariables(tpl, { name: "x", link: " " })).toEqual(["link"]);
    // An unknown placeholder stays visible instead of silently vanishing.
    expect(
      renderTemplate(
        { subject: null, body: "Hi {naam}", bodyHtml: null },
        {},
        { channel: "SMS", locale: "nl", branding },
      ).body,
    ).toBe("Hi {naam}");
  });

  it("every built-in template uses only known variables, in both languages", () => {
    for (const key of TEMPLATE_KEYS) {
      for (const [channel, byLocale] of Object.entries(DEFAULT_TEMPLATES[key])) {
        for (const locale of ["nl", "en"] as const) {
          const tpl = byLocale[locale];
          expect(tpl, `${key}/${channel}/${locale}`).toBeDefined();
          if (tpl) expect(unknownPlaceholders(tpl)).toEqual([]);
          if (channel === "EMAIL") expect(tpl?.subject).toBeTruthy();
        }
      }
    }
    expect(VARIABLE_NAMES).toEqual(
      expect.arrayContaining(["name", "amount", "link", "dueDate", "creditorName"]),
    );
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});

describe("voice TwiML", () => {
  it("speaks in the message's language and gathers one key at our webhook", () => {
    const xml = buildVoiceTwiml(
      "Hallo <Jan> & co",
      "nl",
      "https://a.test/api/webhooks/twilio/voice?messageId=m&x=1",
    );
    expect(xml).toContain('<Say language="nl-NL">Hallo &lt;Jan&gt; &amp; co</Say>');
    expect(xml).toContain(
      '<Gather numDigits="1" action="https://a.test/api/webhooks/twilio/voice?messageId=m&amp;x=1" method="POST"',
    );
    expect(xml).toContain("Druk op 1");
    expect(buildVoiceTwiml("Hi", "en", "https://a.test/v")).toContain('<Say language="en-GB">');
  });

  it("answers key 1 and 2 with a goodbye, anything else with the menu again", () => {
    expect(keypressReplyTwiml("1", "nl", "u")).not.toContain("<Gather");
    expect(keypressReplyTwiml("2", "en", "u")).toContain("call you back");
    expect(keypressReplyTwiml("9", "nl", "u")).toContain("<Gather");
  });
});
