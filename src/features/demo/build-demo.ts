import { createHash } from "node:crypto";
import { base, en, Faker, nl } from "@faker-js/faker";
import { composeIBAN } from "ibantools";
import type {
  CaseOutcome,
  CaseStatus,
  Channel,
  MessageStatus,
  Prisma,
  ReversalKind,
  SequenceType,
  TaskPriority,
  TaskStatus,
  TaskType,
} from "@/generated/prisma/client";
import { creditorIdCheckDigits, isValidIban, maskIban } from "@/lib/iban";
import { hashIban } from "@/lib/iban-hash";
import {
  addBusinessDays,
  addDays,
  addMinutes,
  atUtc,
  isBusinessDay,
  isoDate,
  onOrAfterBusinessDay,
  onOrBeforeBusinessDay,
  startOfUtcDay,
} from "./calendar";
import {
  CALL_OUTCOMES,
  COMMENTS,
  CREDITOR,
  DEBTOR_BANKS,
  DECEASED_COMMENT,
  EMAIL_DOMAINS,
  KNOWN_CODES,
  LIKELY_REASONS,
  MONTHS_NL,
  REASONS,
  type ResponseReason,
} from "./content";
import { createRandom, type Random } from "./random";

export const DEFAULT_SEED = 20261203;
const DEBTOR_COUNT = 660;
// Three monthly runs reach back at most 92 days (e.g. 1 November seen from 31 January).
const WINDOW_DAYS = 93;
const REFUND_WINDOW_DAYS = 56;
const CLOSE_AFTER_DAYS = 21;
const LINK_VALIDITY_DAYS = 30;

export interface DemoStaff {
  email: string;
  name: string;
  role: "ADMIN" | "CONTROLLER" | "AGENT";
}

export interface DemoData {
  users: Prisma.UserCreateManyInput[];
  settings: Prisma.OrganisationSettingsCreateInput;
  debtors: Prisma.DebtorCreateManyInput[];
  collections: Prisma.CollectionCreateManyInput[];
  reversals: Prisma.ReversalCreateManyInput[];
  cases: Prisma.CaseCreateManyInput[];
  links: Prisma.ResponseLinkCreateManyInput[];
  responses: Prisma.ResponseCreateManyInput[];
  messages: Prisma.MessageCreateManyInput[];
  tasks: Prisma.TaskCreateManyInput[];
  events: Prisma.CaseEventCreateManyInput[];
  recollections: Prisma.RecollectionCreateManyInput[];
  arrangements: Prisma.PaymentArrangementCreateManyInput[];
  rules: Prisma.WorkflowRuleCreateManyInput[];
}

interface DemoDebtor {
  id: string;
  externalId: string;
  name: string;
  lastName: string;
  female: boolean;
  email: string | null;
  phone: string | null;
  locale: "nl" | "en";
  iban: string;
  mandateSignedOn: Date;
  mandateId: string;
  isNew: boolean;
  endsOn: Date | null;
  collectionDay: number;
  monthlyCents: number;
  createdAt: Date;
}

interface DemoCollection {
  id: string;
  debtor: DemoDebtor;
  endToEndId: string;
  sequenceType: SequenceType;
  amountCents: number;
  collectionDate: Date;
  finalOn: Date;
  label: string;
  invoiceReference: string;
  reversed: boolean;
}

export function formatEuro(cents: number, locale: "nl" | "en" = "nl"): string {
  const euros = Math.floor(cents / 100).toLocaleString(locale === "nl" ? "nl-NL" : "en-GB");
  const rest = String(cents % 100).padStart(2, "0");
  return locale === "nl" ? `€ ${euros},${rest}` : `€${euros}.${rest}`;
}

function slug(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

// "van der Meer" → "Van der Meer": Dutch capitalises the prefix when no first name precedes it.
function surnameAlone(lastName: string): string {
  return lastName.charAt(0).toUpperCase() + lastName.slice(1);
}

function salutation(d: DemoDebtor): string {
  return `${d.female ? "mevrouw" : "meneer"} ${surnameAlone(d.lastName)}`;
}

function sha256(s: string | Buffer): string {
  return createHash("sha256").update(s).digest("hex");
}

/** "8 september 2026" / "8 September 2026", as the consumer reads it. */
function longDate(d: Date, locale: "nl" | "en"): string {
  if (locale === "en") {
    return d.toLocaleDateString("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
  }
  return `${d.getUTCDate()} ${MONTHS_NL[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function ymd(d: Date): string {
  return isoDate(d).replaceAll("-", "");
}

function addMonths(d: Date, months: number): Date {
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, last)));
}

/** Moves a moment outside office hours (07:00–16:00 UTC on business days) to the next morning. */
function inOfficeHours(t: Date, rng: Random): Date {
  const h = t.getUTCHours();
  if (isBusinessDay(t) && h >= 7 && h < 16) return t;
  let day = startOfUtcDay(t);
  if (h >= 7 || !isBusinessDay(day)) day = addBusinessDays(day, 1);
  return atUtc(day, 7, rng.int(15, 240));
}

function makeIban(rng: Random, country: "NL" | "DE", bankCode?: string): string {
  for (;;) {
    const bban =
      country === "NL"
        ? `${bankCode ?? rng.weighted(DEBTOR_BANKS)}${String(rng.int(0, 9_999_999_999)).padStart(10, "0")}`
        : `${rng.int(10_000_000, 89_999_999)}${String(rng.int(0, 9_999_999_999)).padStart(10, "0")}`;
    const iban = composeIBAN({ countryCode: country, bban });
    if (iban && isValidIban(iban)) return iban;
  }
}

export const STAFF = [
  { email: "admin@demo.stornodesk.nl", name: "Anouk Verhoeven", role: "ADMIN" },
  { email: "controller@demo.stornodesk.nl", name: "Pieter de Graaf", role: "CONTROLLER" },
  { email: "agent@demo.stornodesk.nl", name: "Fatima El Amrani", role: "AGENT" },
  { email: "sanne@demo.stornodesk.nl", name: "Sanne Bosman", role: "AGENT" },
  { email: "daan@demo.stornodesk.nl", name: "Daan Hoekstra", role: "AGENT" },
] as const satisfies readonly DemoStaff[];

export function buildDemoData(
  passwordHash: string,
  opts: { now: Date; seed: number; baseUrl: string },
): DemoData {
  const { now, seed } = opts;
  const baseUrl = opts.baseUrl.replace(/\/$/, "");
  const rng = createRandom(seed);
  // Own instances rather than the shared fakerNL, so seeding here leaves other users of faker alone.
  const fakerNl = new Faker({ locale: [nl, base] });
  const fakerEn = new Faker({ locale: [en, base] });
  fakerNl.seed(seed);
  fakerEn.seed(seed + 1);

  const today = startOfUtcDay(now);
  const windowStart = addDays(today, -(WINDOW_DAYS - 1));

  // ---- users -------------------------------------------------------------------------------
  const users: Prisma.UserCreateManyInput[] = STAFF.map((s, i) => ({
    id: rng.uuid(),
    email: s.email,
    name: s.name,
    role: s.role,
    passwordHash,
    locale: "nl",
    createdAt: atUtc(addDays(today, -400 + i * 20), 9, 0),
    updatedAt: atUtc(addDays(today, -400 + i * 20), 9, 0),
    lastSignedInAt: addMinutes(now, -rng.int(30, 60 * 24 * 3)),
  }));
  const userId = (email: string): string => users.find((u) => u.email === email)?.id ?? "";
  const controllerId = userId("controller@demo.stornodesk.nl");
  const agentIds = [
    [userId("agent@demo.stornodesk.nl"), 4],
    [userId("sanne@demo.stornodesk.nl"), 3],
    [userId("daan@demo.stornodesk.nl"), 2],
  ] as const;

  // ---- creditor ----------------------------------------------------------------------------
  const nationalId = `${CREDITOR.kvk}0000`;
  const settings: Prisma.OrganisationSettingsCreateInput = {
    id: 1,
    creditorName: CREDITOR.name,
    creditorId: `NL${creditorIdCheckDigits("NL", nationalId)}ZZZ${nationalId}`,
    iban: makeIban(rng, "NL", CREDITOR.bankCode),
    bic: CREDITOR.bic,
    senderEmail: `incasso@${CREDITOR.domain}`,
    replyToEmail: `klantenservice@${CREDITOR.domain}`,
    smsSender: CREDITOR.smsSender,
    supportPhone: CREDITOR.supportPhone,
    supportEmail: `klantenservice@${CREDITOR.domain}`,
    brandColor: CREDITOR.brandColor,
    logoUrl: null,
    linkValidityDays: LINK_VALIDITY_DAYS,
    recollectMinDays: 5,
    recollectMaxDays: 30,
  };

  // ---- debtors -----------------------------------------------------------------------------
  const usedEmails = new Set<string>();
  const demoDebtors: DemoDebtor[] = [];
  for (let i = 0; i < DEBTOR_COUNT; i++) {
    const locale = rng.chance(0.04) ? "en" : "nl";
    const faker = locale === "en" ? fakerEn : fakerNl;
    const female = rng.chance(0.5);
    const firstName = faker.person.firstName(female ? "female" : "male");
    const lastName = faker.person.lastName();
    let email: string | null = null;
    if (rng.chance(0.9)) {
      const f = slug(firstName);
      const l = slug(lastName);
      const local = rng.weighted([
        [`${f}.${l}`, 4],
        [`${f.charAt(0)}.${l}`, 2],
        [`${f}${l}${rng.int(60, 99)}`, 1],
        [`${f}_${l}`, 1],
      ] as const);
      let candidate = `${local}@${rng.pick(EMAIL_DOMAINS)}`;
      for (let n = 2; usedEmails.has(candidate); n++) candidate = `${local}${n}@${rng.pick(EMAIL_DOMAINS)}`;
      usedEmails.add(candidate);
      email = candidate;
    }
    // Dutch mobile numbers (06-1x … 06-5x) in E.164.
    const phone = rng.chance(0.82) ? `+316${rng.int(10_000_000, 59_999_999)}` : null;
    const isNew = rng.chance(0.08);
    const mandateSignedOn = isNew
      ? addDays(today, -rng.int(25, WINDOW_DAYS - 5))
      : addDays(today, -rng.int(120, 365 * 11));
    const persons = rng.weighted([
      [1, 35],
      [2, 33],
      [3, 12],
      [4, 14],
      [5, 6],
    ] as const);
    // Monthly advance: fixed charge plus use per person, rounded to 50 cents as advances are.
    const monthlyCents = Math.round((750 + persons * rng.int(900, 1400)) / 50) * 50;
    const endsOn = !isNew && rng.chance(0.03) ? addDays(today, -rng.int(10, 70)) : null;
    demoDebtors.push({
      id: rng.uuid(),
      externalId: String(3_000_000 + i * 11 + rng.int(0, 10)),
      name: `${firstName} ${lastName}`,
      lastName,
      female,
      email,
      phone,
      locale,
      iban: makeIban(rng, locale === "en" && rng.chance(0.4) ? "DE" : "NL"),
      mandateSignedOn,
      mandateId: "",
      isNew,
      endsOn,
      collectionDay: rng.weighted([
        [1, 30],
        [8, 15],
        [15, 20],
        [22, 15],
        [28, 20],
      ] as const),
      monthlyCents,
      createdAt: atUtc(addDays(mandateSignedOn, -rng.int(0, 3)), rng.int(7, 19), rng.int(0, 59)),
    });
  }
  // Mandate numbers run per year in signing order, as a creditor's mandate register does.
  const perYear = new Map<number, number>();
  for (const d of [...demoDebtors].sort(
    (a, b) => a.mandateSignedOn.getTime() - b.mandateSignedOn.getTime(),
  )) {
    const year = d.mandateSignedOn.getUTCFullYear();
    const n = (perYear.get(year) ?? rng.int(100, 400)) + rng.int(1, 9);
    perYear.set(year, n);
    d.mandateId = `${CREDITOR.mandatePrefix}-${year}-${String(n).padStart(6, "0")}`;
  }
  const debtors: Prisma.DebtorCreateManyInput[] = demoDebtors.map((d) => ({
    id: d.id,
    externalId: d.externalId,
    name: d.name,
    email: d.email,
    phone: d.phone,
    locale: d.locale,
    ibanMasked: maskIban(d.iban),
    ibanHash: hashIban(d.iban),
    createdAt: d.createdAt,
    updatedAt: d.createdAt,
  }));

  // ---- collections -------------------------------------------------------------------------
  type Draft = Omit<DemoCollection, "id" | "endToEndId" | "invoiceReference" | "finalOn" | "reversed">;
  const drafts: Draft[] = [];
  for (const d of demoDebtors) {
    const first = d.isNew ? addBusinessDays(d.mandateSignedOn, 5) : d.mandateSignedOn;
    // The last three monthly runs (all within 90 days), so the total hardly depends on the date.
    const runs: { month: Date; date: Date }[] = [];
    for (let m = -3; m <= 0; m++) {
      const month = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + m, d.collectionDay));
      const date = onOrAfterBusinessDay(month);
      if (date > today || date < first) continue;
      runs.push({ month, date });
    }
    const kept = runs.slice(-3).filter((r) => r.date >= windowStart && !(d.endsOn && r.date > d.endsOn));
    kept.forEach(({ month, date }, k) => {
      drafts.push({
        debtor: d,
        sequenceType: d.isNew && k === 0 ? "FRST" : "RCUR",
        amountCents: d.monthlyCents,
        collectionDate: date,
        label: `Voorschot drinkwater ${MONTHS_NL[month.getUTCMonth()]} ${month.getUTCFullYear()}`,
      });
    });
    if (d.endsOn) {
      const date = onOrAfterBusinessDay(addDays(d.endsOn, rng.int(10, 20)));
      if (date <= today) {
        drafts.push({
          debtor: d,
          sequenceType: "FNAL",
          amountCents: rng.int(1250, 18_900),
          collectionDate: date,
          label: "Eindafrekening drinkwater",
        });
      }
    } else if (!d.isNew && rng.chance(0.16)) {
      // Annual settlements run in batches; a one-off debit for the difference.
      drafts.push({
        debtor: d,
        sequenceType: "OOFF",
        amountCents: rng.int(1250, 18_900),
        collectionDate: onOrAfterBusinessDay(addDays(windowStart, rng.int(0, WINDOW_DAYS - 4))),
        label: `Jaarafrekening drinkwater ${today.getUTCFullYear() - 1}`,
      });
    }
  }
  drafts.sort(
    (a, b) =>
      a.collectionDate.getTime() - b.collectionDate.getTime() ||
      a.debtor.externalId.localeCompare(b.debtor.externalId),
  );
  const invoiceSeq = new Map<string, number>();
  let e2eSeq = rng.int(10_000, 20_000);
  const demoCollections: DemoCollection[] = drafts
    .filter((c) => c.collectionDate <= today)
    .map((c) => {
      const ym = isoDate(c.collectionDate).slice(0, 7);
      const inv = (invoiceSeq.get(ym) ?? rng.int(3000, 4500)) + rng.int(1, 3);
      invoiceSeq.set(ym, inv);
      e2eSeq += 1;
      return {
        ...c,
        id: rng.uuid(),
        endToEndId: `${CREDITOR.mandatePrefix}-${ymd(c.collectionDate)}-${String(e2eSeq).padStart(7, "0")}`,
        invoiceReference: `${ym}-${String(inv).padStart(6, "0")}`,
        finalOn: addDays(c.collectionDate, REFUND_WINDOW_DAYS),
        reversed: false,
      };
    });

  // ---- reversals ---------------------------------------------------------------------------
  const specs = rng.shuffle(
    REASONS.flatMap((r) =>
      Array.from({ length: r.count }, () => ({ code: r.code, kind: rng.weighted(r.kinds), info: r.info })),
    ),
  );
  interface DemoReversal {
    id: string;
    collection: DemoCollection;
    code: string;
    kind: ReversalKind;
    info: string | undefined;
    bookingDate: Date;
    importedAt: Date;
    chargesCents: number;
  }
  const reversedDebtors = new Set<string>();
  const demoReversals: DemoReversal[] = [];
  for (const spec of specs) {
    for (let attempt = 0; attempt < 200; attempt++) {
      const c = rng.pick(demoCollections);
      if (c.reversed) continue;
      if (reversedDebtors.has(c.debtor.id) && !rng.chance(0.15)) continue;
      const D = c.collectionDate;
      let booking: Date;
      if (spec.kind === "REFUND") {
        // Most refunds come soon after the consumer sees the debit on their statement.
        const u = rng.next();
        const days =
          spec.code === "MD01"
            ? rng.int(3, REFUND_WINDOW_DAYS)
            : 1 + Math.floor((REFUND_WINDOW_DAYS - 1) * u * u);
        booking = onOrBeforeBusinessDay(addDays(D, days));
        if (booking <= D) booking = addBusinessDays(D, 1);
      } else if (spec.kind === "RETURN") {
        booking = addBusinessDays(
          D,
          rng.weighted([
            [1, 2],
            [2, 4],
            [3, 3],
            [4, 1],
            [5, 1],
          ] as const),
        );
      } else {
        booking = addBusinessDays(D, 1);
      }
      // The bank statement with the reversal is imported the next morning.
      const importedAt = atUtc(addDays(booking, 1), 5, rng.int(40, 75));
      if (importedAt > now) continue;
      c.reversed = true;
      reversedDebtors.add(c.debtor.id);
      const charged = spec.kind !== "REFUND" && rng.chance(0.25);
      demoReversals.push({
        id: rng.uuid(),
        collection: c,
        code: spec.code,
        kind: spec.kind,
        info: rng.chance(0.4) ? spec.info : undefined,
        bookingDate: booking,
        importedAt,
        chargesCents: charged ? rng.pick([20, 25, 35, 45, 90, 150, 250, 450]) : 0,
      });
      break;
    }
  }
  demoReversals.sort((a, b) => a.importedAt.getTime() - b.importedAt.getTime() || a.id.localeCompare(b.id));

  const collections: Prisma.CollectionCreateManyInput[] = demoCollections.map((c) => ({
    id: c.id,
    debtorId: c.debtor.id,
    endToEndId: c.endToEndId,
    mandateId: c.debtor.mandateId,
    mandateSignedOn: c.debtor.mandateSignedOn,
    sequenceType: c.sequenceType,
    amountCents: c.amountCents,
    collectionDate: c.collectionDate,
    settlementDate: c.collectionDate,
    finalOn: c.finalOn,
    description: `${c.label} | factuur ${c.invoiceReference} | klantnr ${c.debtor.externalId}`,
    invoiceReference: c.invoiceReference,
    status: c.reversed ? "REVERSED" : c.finalOn <= today ? "FINAL" : "SETTLED",
    // Submitted in a pain.008 batch the business day before.
    createdAt: atUtc(onOrBeforeBusinessDay(addDays(c.collectionDate, -1)), 14, 0),
    updatedAt: atUtc(c.collectionDate, 4, 0),
  }));
  const reversals: Prisma.ReversalCreateManyInput[] = demoReversals.map((r) => ({
    id: r.id,
    collectionId: r.collection.id,
    reasonCode: r.code,
    reasonInfo: r.info ?? null,
    kind: r.kind,
    bookingDate: r.bookingDate,
    amountCents: r.collection.amountCents,
    chargesCents: r.chargesCents,
    source: "DEMO",
    dedupeKey: `demo:${r.collection.endToEndId}`,
    bankReference: `${ymd(r.bookingDate)}${String(rng.int(0, 99_999_999)).padStart(8, "0")}`,
    createdAt: r.importedAt,
  }));

  // ---- cases and everything around them ----------------------------------------------------
  const cases: Prisma.CaseCreateManyInput[] = [];
  const links: Prisma.ResponseLinkCreateManyInput[] = [];
  const responses: Prisma.ResponseCreateManyInput[] = [];
  const messages: Prisma.MessageCreateManyInput[] = [];
  const tasks: Prisma.TaskCreateManyInput[] = [];
  const events: Prisma.CaseEventCreateManyInput[] = [];
  const recollections: Prisma.RecollectionCreateManyInput[] = [];
  const arrangements: Prisma.PaymentArrangementCreateManyInput[] = [];
  let recollectionSeq = rng.int(1000, 2000);
  // The youngest invited cases are pinned to the early stages, so every status shows whatever `now` is.
  const forced = new Map<string, CaseStatus>();
  const showcase: CaseStatus[] = ["RESPONDED", "OPENED", "INVITED", "RESPONDED", "OPENED", "INVITED"];
  for (const r of [...demoReversals].reverse()) {
    if (forced.size >= showcase.length) break;
    const invitable =
      KNOWN_CODES.has(r.code) &&
      r.code !== "MD07" &&
      (r.collection.debtor.email || r.collection.debtor.phone);
    if (invitable && atUtc(r.importedAt, 7, 20) <= addMinutes(now, -60))
      forced.set(r.id, showcase[forced.size] ?? "INVITED");
  }
  const past = (t: Date | null | undefined): t is Date => t != null && t <= now;

  for (const r of demoReversals) {
    const c = r.collection;
    const debtor = c.debtor;
    const amount = c.amountCents;
    const caseId = rng.uuid();
    const t0 = r.importedAt;
    const lang = debtor.locale;
    const event = (
      at: Date | null,
      type: string,
      data: Prisma.InputJsonValue | undefined,
      actorType: "SYSTEM" | "USER" | "CONSUMER" = "SYSTEM",
      actorId: string | null = null,
    ) => {
      if (past(at)) events.push({ id: rng.uuid(), caseId, type, data, actorType, actorId, createdAt: at });
    };
    const message = (
      at: Date,
      channel: Channel,
      template: string,
      subject: string | null,
      body: string,
    ): Prisma.MessageCreateManyInput | undefined => {
      if (!past(at)) return undefined;
      const recipient = channel === "EMAIL" ? debtor.email : debtor.phone;
      if (!recipient) return undefined;
      const delivered = channel === "SMS" ? rng.chance(0.9) : rng.chance(0.3);
      const sentAt = addMinutes(at, 0.05);
      const deliveredAt = delivered ? addMinutes(at, rng.int(1, 5)) : null;
      const status: MessageStatus = delivered && past(deliveredAt) ? "DELIVERED" : "SENT";
      const m: Prisma.MessageCreateManyInput = {
        id: rng.uuid(),
        caseId,
        channel,
        recipient,
        template,
        locale: lang,
        subject,
        body,
        status,
        providerId:
          channel === "SMS"
            ? `SM${rng.bytes(16).toString("hex")}`
            : `<${rng.bytes(12).toString("hex")}@${CREDITOR.domain}>`,
        attempts: 1,
        idempotencyKey: `demo:${caseId}:${template}:${channel.toLowerCase()}`,
        sentAt,
        deliveredAt: status === "DELIVERED" ? deliveredAt : null,
        createdAt: at,
        updatedAt: status === "DELIVERED" && deliveredAt ? deliveredAt : sentAt,
      };
      messages.push(m);
      event(at, "message.sent", { messageId: m.id ?? "", channel, template }, "SYSTEM");
      return m;
    };
    const newTask = (t: {
      type: TaskType;
      title: string;
      createdAt: Date;
      dueAt: Date;
      priority: TaskPriority;
      assigneeId: string | null;
      startedAt?: Date | null;
      doneAt?: Date | null;
      cancelledAt?: Date | null;
      outcome?: string;
      notes?: string;
    }) => {
      if (!past(t.createdAt)) return;
      const status: TaskStatus = past(t.doneAt)
        ? "DONE"
        : past(t.cancelledAt)
          ? "CANCELLED"
          : past(t.startedAt)
            ? "IN_PROGRESS"
            : "OPEN";
      const finished = status === "DONE" ? t.doneAt : status === "CANCELLED" ? t.cancelledAt : null;
      const id = rng.uuid();
      tasks.push({
        id,
        caseId,
        type: t.type,
        status,
        priority: t.priority,
        title: t.title,
        notes: t.notes ?? null,
        dueAt: t.dueAt,
        assigneeId: t.assigneeId,
        outcome: status === "DONE" ? (t.outcome ?? null) : null,
        doneAt: status === "DONE" ? (t.doneAt ?? null) : null,
        createdAt: t.createdAt,
        updatedAt: finished ?? (status === "IN_PROGRESS" && t.startedAt ? t.startedAt : t.createdAt),
      });
      event(t.createdAt, "task.created", { taskId: id, taskType: t.type }, "SYSTEM");
    };

    const known = KNOWN_CODES.has(r.code);
    const reachable = debtor.email != null || debtor.phone != null;
    const held = !known || r.code === "MD07" || !reachable;
    const agent = rng.weighted(agentIds);
    const inv = c.invoiceReference;
    const amountText = formatEuro(amount, lang);

    let tInvite: Date | null = null;
    let tOpen: Date | null = null;
    let tRespond: Date | null = null;
    let tProgress: Date | null = null;
    let tResolve: Date | null = null;
    let outcome: CaseOutcome | null = null;
    let assigneeId: string | null = null;
    let assignedAt: Date | null = null;
    let openAfterResolve = amount; // what stays open once resolved
    let paidSoFar = (_at: Date): number => 0;
    let submittedViaLink = false;

    event(t0, "case.opened", {
      reasonCode: r.code,
      kind: r.kind,
      amountCents: amount,
      endToEndId: c.endToEndId,
      bookingDate: isoDate(r.bookingDate),
    });

    if (held) {
      // Unknown codes, deceased account holders and debtors without contact details wait for a person.
      const reviewStart = inOfficeHours(addMinutes(t0, rng.int(60, 60 * 48)), rng);
      if (!known) {
        event(t0, "reason_code.unknown", { reasonCode: r.code }, "SYSTEM");
        newTask({
          type: "REVIEW",
          title: `Onbekende redencode ${r.code} beoordelen (factuur ${inv})`,
          notes: `De bank gaf code ${r.code}; er is nog geen uitnodiging verstuurd.`,
          createdAt: addMinutes(t0, 1),
          dueAt: atUtc(addBusinessDays(t0, 1), 15, 0),
          priority: "HIGH",
          assigneeId: agent,
          startedAt: rng.chance(0.5) ? reviewStart : null,
        });
      } else {
        const deceased = r.code === "MD07";
        tProgress = reviewStart;
        assigneeId = agent;
        assignedAt = reviewStart;
        tResolve = inOfficeHours(addMinutes(reviewStart, rng.int(60 * 24 * 8, 60 * 24 * 20)), rng);
        outcome = deceased ? "WRITTEN_OFF" : "UNREACHABLE";
        newTask({
          type: "REVIEW",
          title: deceased
            ? `Overlijden verwerken en nalatenschap nagaan: ${debtor.name}`
            : `Contactgegevens zoeken voor ${debtor.name} (factuur ${inv})`,
          createdAt: addMinutes(t0, 1),
          dueAt: atUtc(addBusinessDays(t0, 2), 15, 0),
          priority: deceased ? "LOW" : "NORMAL",
          assigneeId: agent,
          startedAt: reviewStart,
          doneAt: tResolve,
          outcome: deceased
            ? "Nalatenschap te klein; bedrag afgeboekt."
            : "Geen e-mail of telefoonnummer gevonden.",
        });
      }
    } else {
      // Invitations go out from 08:00 Dutch time, never at night.
      const invitedAt = addMinutes(atUtc(t0, 7, 0), rng.int(0, 20));
      tInvite = invitedAt;
      const token = rng.bytes(16).toString("base64url");
      const url = `${baseUrl}/r/${token}`;
      const linkId = rng.uuid();
      const force = forced.get(r.id);
      const willOpen = force ? force !== "INVITED" : rng.chance(0.8);
      const responds = force ? force === "RESPONDED" : willOpen && rng.chance(0.8);
      if (willOpen) {
        const minutes = Math.exp(Math.log(3) + rng.next() * (Math.log(60 * 24 * 4) - Math.log(3)));
        tOpen = addMinutes(invitedAt, Math.round(minutes));
        // A showcase case must be opened before now.
        if (force && tOpen > addMinutes(now, -10)) {
          tOpen = new Date(
            invitedAt.getTime() + (now.getTime() - 10 * 60_000 - invitedAt.getTime()) * rng.next() * 0.8,
          );
        }
      }
      const channels: Channel[] = [];
      if (debtor.email) channels.push("EMAIL");
      if (debtor.phone && (!debtor.email || rng.chance(0.6))) channels.push("SMS");

      if (responds && tOpen) {
        tRespond = addMinutes(tOpen, rng.int(1, 8));
        let reason = rng.weighted<ResponseReason>(LIKELY_REASONS[r.code] ?? [["other", 1]]);
        let plan = choosePlan(rng, reason, r.code);
        if (force && plan.selfService) {
          // A case that waits for a colleague: the consumer asked to be called.
          reason = "call_me";
          plan = choosePlan(rng, reason, r.code);
        }
        const viaVoice = rng.chance(0.05);
        const selfService = plan.selfService;
        let tAct = selfService
          ? addMinutes(tRespond, 1)
          : inOfficeHours(addMinutes(tRespond, rng.int(60, 60 * 72)), rng);
        if (force && tAct <= now) tAct = inOfficeHours(addMinutes(now, rng.int(60, 240)), rng);
        tProgress = tAct;
        if (!selfService) {
          assigneeId = agent;
          assignedAt = tAct;
        }
        const answers: Record<string, Prisma.InputJsonValue> = { reason };
        const comments = COMMENTS[lang][reason];
        if (r.code === "MD07") answers.comment = DECEASED_COMMENT;
        else if (comments && rng.chance(0.7)) answers.comment = rng.pick(comments);
        outcome = plan.outcome;

        if (plan.kind === "recollect") {
          const requestedFor = onOrAfterBusinessDay(addDays(tAct, rng.int(5, 25)));
          answers.resolution = "recollect";
          answers.preferredDate = isoDate(requestedFor);
          if (reason === "new_account") answers.newIbanMasked = maskIban(makeIban(rng, "NL"));
          const exportedAt = atUtc(onOrBeforeBusinessDay(addDays(requestedFor, -3)), 9, rng.int(0, 90));
          tResolve = atUtc(addDays(requestedFor, 1), 5, rng.int(40, 75));
          recollectionSeq += 1;
          const status = past(tResolve) ? "COLLECTED" : past(exportedAt) ? "EXPORTED" : "PLANNED";
          if (past(tAct))
            recollections.push({
              id: rng.uuid(),
              caseId,
              collectionId: c.id,
              amountCents: amount,
              requestedFor,
              status,
              endToEndId: `${CREDITOR.mandatePrefix}-RC-${ymd(requestedFor)}-${String(recollectionSeq).padStart(5, "0")}`,
              exportedAt: status === "PLANNED" ? null : exportedAt,
              createdAt: tAct,
              updatedAt: status === "COLLECTED" ? tResolve : status === "EXPORTED" ? exportedAt : tAct,
            });
          event(
            tAct,
            "recollection.planned",
            { requestedFor: isoDate(requestedFor), amountCents: amount },
            selfService ? "CONSUMER" : "USER",
            selfService ? null : agent,
          );
          message(
            addMinutes(tAct, 1),
            "EMAIL",
            "recollection_notice",
            lang === "nl"
              ? `Nieuwe incasso op ${longDate(requestedFor, lang)}`
              : `New direct debit on ${longDate(requestedFor, lang)}`,
            lang === "nl"
              ? `Beste ${debtor.name},\n\nZoals afgesproken schrijven wij ${amountText} op ${longDate(requestedFor, lang)} opnieuw af onder machtiging ${debtor.mandateId}, kenmerk factuur ${inv}.\n\nMet vriendelijke groet,\n${CREDITOR.name}`
              : `Dear ${debtor.name},\n\nAs agreed we will collect ${amountText} again on ${longDate(requestedFor, lang)} under mandate ${debtor.mandateId}, invoice ${inv}.\n\nKind regards,\n${CREDITOR.name}`,
          );
          event(
            exportedAt,
            "recollection.exported",
            { requestedFor: isoDate(requestedFor) },
            "USER",
            controllerId,
          );
          event(tResolve, "recollection.collected", { amountCents: amount }, "SYSTEM");
          openAfterResolve = 0;
        } else if (plan.kind === "arrangement") {
          // Instalments of at least about € 10: nobody agrees to pay € 3 a month.
          const wanted = rng.weighted([
            [2, 4],
            [3, 4],
            [4, 1],
            [6, 1],
          ] as const);
          const instalments = Math.max(2, Math.min(wanted, Math.floor(amount / 1000)));
          const firstDueOn = onOrAfterBusinessDay(addDays(tAct, rng.int(7, 14)));
          const each = Math.floor(amount / instalments);
          const schedule = Array.from({ length: instalments }, (_, k) => ({
            dueOn: isoDate(onOrAfterBusinessDay(addMonths(firstDueOn, k))),
            amountCents: k === 0 ? amount - each * (instalments - 1) : each,
          }));
          const paidAt = schedule.map((s) => atUtc(addDays(new Date(`${s.dueOn}T00:00:00Z`), 1), 5, 50));
          tResolve = paidAt[paidAt.length - 1] ?? null;
          paidSoFar = (at) =>
            schedule.reduce((sum, s, k) => sum + ((paidAt[k] ?? at) <= at ? s.amountCents : 0), 0);
          answers.resolution = "arrangement";
          answers.instalments = instalments;
          if (past(tAct))
            arrangements.push({
              id: rng.uuid(),
              caseId,
              totalCents: amount,
              instalments,
              firstDueOn,
              schedule,
              status: past(tResolve) ? "COMPLETED" : "ACTIVE",
              createdAt: tAct,
              updatedAt: past(tResolve) ? tResolve : tAct,
            });
          event(
            tAct,
            "arrangement.created",
            { instalments, totalCents: amount },
            selfService ? "CONSUMER" : "USER",
            selfService ? null : agent,
          );
          schedule.forEach((s, k) => {
            const at = paidAt[k];
            if (at)
              event(at, "arrangement.instalment_paid", { instalment: k + 1, amountCents: s.amountCents });
          });
          openAfterResolve = 0;
          if (!selfService || rng.chance(0.3)) {
            newTask({
              type: "FOLLOW_UP",
              title: `Betalingsregeling ${salutation(debtor)} volgen (${instalments} termijnen, factuur ${inv})`,
              createdAt: addMinutes(tAct, 2),
              dueAt: atUtc(
                new Date(`${schedule[schedule.length - 1]?.dueOn ?? isoDate(firstDueOn)}T00:00:00Z`),
                14,
                0,
              ),
              priority: "LOW",
              assigneeId: agent,
              startedAt: addMinutes(tAct, 3),
              doneAt: tResolve,
              outcome: "Alle termijnen ontvangen.",
            });
          }
        } else if (plan.kind === "pay") {
          answers.resolution = "pay";
          tResolve = atUtc(addDays(tAct, rng.int(1, 6)), 5, rng.int(40, 75));
          event(tResolve, "payment.received", { amountCents: amount }, "SYSTEM");
          openAfterResolve = 0;
        } else {
          // dispute or write-off: a person decides.
          tResolve = inOfficeHours(addMinutes(tAct, rng.int(60 * 24, 60 * 24 * 10)), rng);
          event(
            addMinutes(tResolve, -5),
            "note.added",
            {
              text:
                plan.kind === "dispute"
                  ? "Bezwaar doorgezet naar klantenservice; meterstand wordt gecontroleerd."
                  : "Klein bedrag, invorderen kost meer dan het oplevert.",
            },
            "USER",
            agent,
          );
        }

        if (reason === "call_me") {
          answers.phone = debtor.phone ?? `+316${rng.int(10_000_000, 59_999_999)}`;
          answers.preferredTime = rng.pick(["morning", "afternoon", "evening"]);
          newTask({
            type: "CALLBACK",
            title: `Terugbelverzoek ${salutation(debtor)} over factuur ${inv}`,
            createdAt: addMinutes(tRespond, 1),
            dueAt: inOfficeHours(addMinutes(tRespond, 60 * 4), rng),
            priority: "HIGH",
            assigneeId: agent,
            startedAt: tAct,
            doneAt: addMinutes(tAct, rng.int(5, 20)),
            outcome: rng.pick(CALL_OUTCOMES.reached),
          });
        } else if (plan.kind === "dispute" || plan.kind === "writeoff" || reason === "not_recognised") {
          newTask({
            type: r.code === "MD01" ? "REVIEW" : "CALL",
            title:
              r.code === "MD01"
                ? `Machtiging ${debtor.mandateId} controleren: ${salutation(debtor)} herkent de incasso niet`
                : `Bel ${salutation(debtor)} over stornering factuur ${inv}`,
            createdAt: addMinutes(tRespond, 1),
            dueAt: atUtc(addBusinessDays(tRespond, 1), 15, 0),
            priority: r.code === "MD01" ? "URGENT" : amount >= 10_000 ? "HIGH" : "NORMAL",
            assigneeId: agent,
            startedAt: tAct,
            doneAt: addMinutes(tAct, rng.int(5, 30)),
            outcome: rng.pick(CALL_OUTCOMES.reached),
          });
        }

        if (past(tRespond)) {
          submittedViaLink = !viaVoice;
          responses.push({
            id: rng.uuid(),
            caseId,
            linkId: viaVoice ? null : linkId,
            reason,
            answers,
            formVersion: 1,
            channel: viaVoice ? "VOICE" : "WEB",
            locale: lang,
            createdAt: tRespond,
          });
          event(tRespond, "response.received", { reason, channel: viaVoice ? "VOICE" : "WEB" }, "CONSUMER");
          if (debtor.email) {
            message(
              addMinutes(tRespond, 1),
              "EMAIL",
              "response_confirmation",
              lang === "nl" ? "Bedankt voor uw reactie" : "Thank you for your response",
              lang === "nl"
                ? `Beste ${debtor.name},\n\nBedankt voor uw reactie over factuur ${inv}. U hoort binnen twee werkdagen van ons.\n\nMet vriendelijke groet,\n${CREDITOR.name}`
                : `Dear ${debtor.name},\n\nThank you for your response about invoice ${inv}. We will get back to you within two working days.\n\nKind regards,\n${CREDITOR.name}`,
            );
          }
        }
      } else {
        // No answer: a reminder after a week, a call after two; some pay anyway.
        const paysAnyway = !force && rng.chance(0.35);
        if (paysAnyway) {
          tResolve = atUtc(addDays(invitedAt, rng.int(1, 12)), 5, rng.int(40, 75));
          outcome = "PAID";
          openAfterResolve = 0;
          event(tResolve, "payment.received", { amountCents: amount }, "SYSTEM");
        } else {
          const callAt = addMinutes(atUtc(addDays(invitedAt, 14), 7, 0), rng.int(0, 10));
          const pickup = inOfficeHours(addMinutes(callAt, rng.int(30, 60 * 30)), rng);
          const reached = rng.chance(0.4);
          tProgress = pickup;
          assigneeId = agent;
          assignedAt = pickup;
          if (reached) {
            tResolve = atUtc(addDays(pickup, rng.int(1, 5)), 5, rng.int(40, 75));
            outcome = "PAID";
            openAfterResolve = 0;
            event(tResolve, "payment.received", { amountCents: amount }, "SYSTEM");
          } else {
            tResolve = inOfficeHours(
              addMinutes(atUtc(addDays(invitedAt, rng.int(28, 35)), 8, 0), rng.int(0, 300)),
              rng,
            );
            outcome = "UNREACHABLE";
          }
          newTask({
            type: "CALL",
            title: `Bel ${salutation(debtor)} over stornering factuur ${inv}`,
            notes: "Geen reactie op uitnodiging en herinnering.",
            createdAt: callAt,
            dueAt: atUtc(addBusinessDays(callAt, 1), 15, 0),
            priority: amount >= 10_000 ? "HIGH" : amount < 2000 ? "LOW" : "NORMAL",
            assigneeId: agent,
            startedAt: pickup,
            doneAt: addMinutes(pickup, rng.int(3, 25)),
            outcome: rng.pick(reached ? CALL_OUTCOMES.reached : CALL_OUTCOMES.notReached),
          });
        }
        const reminderAt = addMinutes(atUtc(addDays(invitedAt, 7), 7, 0), rng.int(0, 15));
        if (!tResolve || tResolve > reminderAt) {
          const ch: Channel = debtor.phone ? "SMS" : "EMAIL";
          message(
            reminderAt,
            ch,
            "reminder",
            ch === "EMAIL"
              ? lang === "nl"
                ? "Herinnering: uw incasso is teruggeboekt"
                : "Reminder: your direct debit was reversed"
              : null,
            lang === "nl"
              ? `${CREDITOR.shortName}: herinnering, uw incasso van ${amountText} (factuur ${inv}) staat nog open. Laat ons weten wat er aan de hand is: ${url}`
              : `${CREDITOR.shortName}: reminder, your direct debit of ${amountText} (invoice ${inv}) is still open. Let us know: ${url}`,
          );
        }
      }

      // The link and the invitation(s) that carry it.
      if (tOpen && tResolve && tOpen > tResolve) tOpen = null;
      const opens: Date[] = [];
      if (tOpen) {
        opens.push(tOpen);
        if (rng.chance(0.3)) opens.push(addMinutes(tOpen, rng.int(60, 60 * 48)));
      }
      const seen = opens.filter((t) => past(t));
      links.push({
        id: linkId,
        caseId,
        tokenHash: sha256(token),
        expiresAt: addDays(invitedAt, LINK_VALIDITY_DAYS),
        firstOpenedAt: seen[0] ?? null,
        lastOpenedAt: seen[seen.length - 1] ?? null,
        openCount: seen.length,
        submittedAt: submittedViaLink ? tRespond : null,
        createdAt: invitedAt,
      });
      seen.forEach((t, k) => {
        event(t, "link.opened", { openCount: k + 1 }, "CONSUMER");
      });
      for (const ch of channels) {
        message(
          addMinutes(invitedAt, ch === "SMS" ? 1 : 0),
          ch,
          "invitation",
          ch === "EMAIL"
            ? lang === "nl"
              ? `Uw incasso van ${amountText} is teruggeboekt`
              : `Your direct debit of ${amountText} was reversed`
            : null,
          ch === "EMAIL"
            ? lang === "nl"
              ? `Beste ${debtor.name},\n\nOp ${longDate(c.collectionDate, lang)} hebben wij ${amountText} geïncasseerd voor factuur ${inv}. Deze incasso is teruggeboekt.\n\nWilt u ons laten weten wat er aan de hand is? Dat kost u minder dan een minuut:\n${url}\n\nMet vriendelijke groet,\n${CREDITOR.name}\nKlantenservice ${CREDITOR.supportPhoneDisplay}`
              : `Dear ${debtor.name},\n\nOn ${longDate(c.collectionDate, lang)} we collected ${amountText} for invoice ${inv}. This direct debit was reversed.\n\nPlease let us know what happened; it takes less than a minute:\n${url}\n\nKind regards,\n${CREDITOR.name}`
            : lang === "nl"
              ? `${CREDITOR.shortName}: uw incasso van ${amountText} (factuur ${inv}) is teruggeboekt. Laat ons weten waarom: ${url}`
              : `${CREDITOR.shortName}: your direct debit of ${amountText} (invoice ${inv}) was reversed. Tell us why: ${url}`,
        );
      }
    }

    if (assigneeId && past(assignedAt))
      event(assignedAt, "case.assigned", { assigneeId }, "USER", assigneeId);
    const tClose = tResolve ? atUtc(addDays(tResolve, CLOSE_AFTER_DAYS + 1), 1, 30) : null;
    if (outcome && past(tResolve)) {
      event(tResolve, "case.resolved", { outcome }, assigneeId ? "USER" : "SYSTEM", assigneeId);
      event(tClose, "case.closed", { afterDays: CLOSE_AFTER_DAYS }, "SYSTEM");
    }

    const status: CaseStatus = past(tClose)
      ? "CLOSED"
      : past(tResolve)
        ? "RESOLVED"
        : past(tProgress)
          ? "IN_PROGRESS"
          : past(tRespond)
            ? "RESPONDED"
            : past(tOpen)
              ? "OPENED"
              : past(tInvite)
                ? "INVITED"
                : "NEW";
    const resolved = status === "RESOLVED" || status === "CLOSED";
    const changes = [t0, tInvite, tOpen, tRespond, tProgress, tResolve, tClose].filter(past);
    cases.push({
      id: caseId,
      reversalId: r.id,
      status,
      outcome: resolved ? outcome : null,
      assigneeId: past(assignedAt) ? assigneeId : null,
      openAmountCents: resolved ? openAfterResolve : amount - paidSoFar(now),
      respondedAt: past(tRespond) ? tRespond : null,
      resolvedAt: resolved ? tResolve : null,
      createdAt: t0,
      updatedAt: new Date(Math.max(t0.getTime(), ...changes.map((t) => t.getTime()))),
    });
  }

  markOneMessageFailed(messages, rng, events);
  events.sort((a, b) => new Date(a.createdAt ?? 0).getTime() - new Date(b.createdAt ?? 0).getTime());

  return {
    users,
    settings,
    debtors,
    collections,
    reversals,
    cases,
    links,
    responses,
    messages,
    tasks,
    events,
    recollections,
    arrangements,
    rules: workflowRules(rng, now),
  };
}

type PlanKind = "recollect" | "arrangement" | "pay" | "dispute" | "writeoff";
interface Plan {
  kind: PlanKind;
  outcome: CaseOutcome;
  /** Handled by the workflow without a person, e.g. the consumer picked a new date. */
  selfService: boolean;
}

const OUTCOME: Record<PlanKind, CaseOutcome> = {
  recollect: "RECOLLECTED",
  arrangement: "ARRANGEMENT",
  pay: "PAID",
  dispute: "DISPUTED",
  writeoff: "WRITTEN_OFF",
};

function choosePlan(rng: Random, reason: ResponseReason, code: string): Plan {
  const pick = (entries: readonly (readonly [PlanKind, number])[], selfService: boolean): Plan => {
    const kind = rng.weighted(entries);
    return { kind, outcome: OUTCOME[kind], selfService };
  };
  switch (reason) {
    case "insufficient_funds":
      return pick(
        [
          ["recollect", 5],
          ["arrangement", 4],
          ["pay", 1],
        ],
        true,
      );
    case "new_account":
      return pick(
        [
          ["recollect", 7],
          ["pay", 3],
        ],
        true,
      );
    case "not_recognised":
      return code === "MD01"
        ? pick(
            [
              ["dispute", 7],
              ["pay", 3],
            ],
            false,
          )
        : pick(
            [
              ["dispute", 4],
              ["pay", 3],
              ["recollect", 3],
            ],
            false,
          );
    case "disagree_amount":
      return pick(
        [
          ["dispute", 5],
          ["pay", 3],
          ["arrangement", 2],
        ],
        false,
      );
    case "call_me":
      return pick(
        [
          ["pay", 4],
          ["recollect", 3],
          ["arrangement", 3],
        ],
        false,
      );
    case "other":
      return code === "MD07"
        ? pick([["writeoff", 1]], false)
        : pick(
            [
              ["pay", 5],
              ["writeoff", 2],
              ["dispute", 2],
            ],
            false,
          );
  }
}

// One e-mail that bounced, to show how a failed delivery looks.
function markOneMessageFailed(
  messages: Prisma.MessageCreateManyInput[],
  rng: Random,
  events: Prisma.CaseEventCreateManyInput[],
): void {
  const candidates = messages.filter((m) => m.channel === "EMAIL" && m.template === "invitation");
  if (candidates.length === 0) return;
  const m = rng.pick(candidates);
  m.status = "FAILED";
  m.attempts = 5;
  m.lastError = `550 5.1.1 <${m.recipient}>: Recipient address rejected: User unknown in virtual mailbox table`;
  m.sentAt = null;
  m.deliveredAt = null;
  m.providerId = null;
  m.nextAttemptAt = null;
  const failedAt = addMinutes(new Date(m.createdAt ?? 0), 90);
  m.updatedAt = failedAt;
  for (const e of events) {
    const data = e.data as { messageId?: string } | undefined;
    if (e.type === "message.sent" && data?.messageId === m.id) {
      e.type = "message.failed";
      e.data = {
        messageId: m.id ?? "",
        channel: "EMAIL",
        template: "invitation",
        error: "Recipient address rejected",
      };
      e.createdAt = failedAt;
    }
  }
}

function workflowRules(rng: Random, now: Date): Prisma.WorkflowRuleCreateManyInput[] {
  const at = atUtc(addDays(now, -120), 10, 0);
  const rules: Omit<Prisma.WorkflowRuleCreateManyInput, "id" | "position" | "createdAt" | "updatedAt">[] = [
    {
      name: "Niet herkend: klant terugbellen",
      trigger: "response.submitted",
      conditions: { reason: "not_recognised" },
      actions: [{ type: "create_task", taskType: "CALL", priority: "HIGH", dueInHours: 24 }],
    },
    {
      name: "Terugbelverzoek: taak voor het klantteam",
      trigger: "response.submitted",
      conditions: { reason: "call_me" },
      actions: [{ type: "create_task", taskType: "CALLBACK", priority: "HIGH", dueInHours: 4 }],
    },
    {
      name: "Onvoldoende saldo: herincasso op gekozen datum",
      trigger: "response.submitted",
      conditions: { reason: "insufficient_funds" },
      actions: [
        { type: "plan_recollection", useAnswer: "preferredDate" },
        { type: "send_message", channel: "EMAIL", template: "recollection_notice" },
      ],
    },
    {
      name: "Onbekende redencode: eerst beoordelen",
      trigger: "case.created",
      conditions: { reasonCode: { known: false } },
      actions: [{ type: "hold_invitation" }, { type: "create_task", taskType: "REVIEW", priority: "HIGH" }],
    },
    {
      name: "Geen reactie na 7 dagen: herinnering per sms",
      trigger: "case.no_response",
      conditions: { daysSinceInvitation: 7 },
      actions: [{ type: "send_message", channel: "SMS", template: "reminder" }],
      enabled: false,
    },
  ];
  return rules.map((r, i) => ({ ...r, id: rng.uuid(), position: i + 1, createdAt: at, updatedAt: at }));
}
