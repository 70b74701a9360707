import type { LocalisedText, ReasonCodeInfo } from "./types";

/**
 * SEPA Direct Debit (Core and B2B) R-transaction reason codes, following the EPC SDD rulebooks and
 * EPC173-14 "Guidance on reason codes for SDD R-transactions". `rTypes` lists where the guidance lets
 * a code appear.
 *
 * Left out on purpose: FOCR, DUPL, TECH, FRAD, CUST, AC03, AM09 … are SEPA Credit Transfer
 * recall / return codes, not SDD R-transaction reasons. If a bank ever sends one on a direct debit,
 * `describeReason` reports it as unknown (with the code kept) rather than guessing a meaning.
 */

// Shared consumer sentences: for codes caused by us or the banks, the consumer only needs reassurance.
const OUR_SIDE: LocalisedText = {
  nl: "Er ging bij ons of bij de bank iets technisch mis met de incasso; jij hebt hier niets verkeerd gedaan.",
  en: "Something went wrong technically with the direct debit on our or the bank's side; you did nothing wrong.",
};

export const REASON_CODES: readonly ReasonCodeInfo[] = [
  {
    code: "AC01",
    isoName: "IncorrectAccountNumber",
    staff: {
      nl: "Het IBAN van de debiteur is onjuist of bestaat niet bij de bank van de debiteur.",
      en: "The debtor's account identifier (IBAN) is incorrect or does not exist at the debtor's bank.",
    },
    consumer: {
      nl: "Het rekeningnummer (IBAN) dat wij van je hebben, klopt niet of bestaat niet.",
      en: "The account number (IBAN) we have for you is incorrect or does not exist.",
    },
    rTypes: ["REJECT", "RETURN"],
    category: "account",
    retry: "never",
    advice: {
      nl: "Controleer het IBAN in je administratie op typefouten; vraag de consument anders om het juiste IBAN en een nieuwe machtiging.",
      en: "Check the IBAN in your records for typos; otherwise ask the consumer for the correct IBAN and a new mandate.",
    },
  },
  {
    code: "AC04",
    isoName: "ClosedAccountNumber",
    staff: {
      nl: "De rekening van de debiteur is opgeheven.",
      en: "The debtor's account has been closed.",
    },
    consumer: {
      nl: "De rekening waarvan we wilden afschrijven, is opgeheven.",
      en: "The account we tried to debit has been closed.",
    },
    rTypes: ["REJECT", "RETURN"],
    category: "account",
    retry: "never",
    advice: {
      nl: "Niet opnieuw incasseren op deze rekening. Vraag de consument om een nieuw IBAN (met nieuwe machtiging) of laat het bedrag zelf overmaken.",
      en: "Do not collect from this account again. Ask the consumer for a new IBAN (with a new mandate) or for a bank transfer.",
    },
  },
  {
    code: "AC06",
    isoName: "BlockedAccount",
    staff: {
      nl: "De rekening is geblokkeerd: door de bank, of omdat de debiteur incasso's heeft laten blokkeren (in het algemeen of voor deze incassant).",
      en: "The account is blocked, either by the bank or because the debtor blocked direct debits (in general or for this creditor).",
    },
    consumer: {
      nl: "Je rekening is geblokkeerd voor incasso's, door je bank of omdat je zelf een incassoblokkade hebt ingesteld.",
      en: "Your account is blocked for direct debits, either by your bank or because you set up a direct debit block.",
    },
    rTypes: ["REJECT", "RETURN"],
    category: "account",
    retry: "never",
    advice: {
      nl: "Vraag de consument of de blokkade bewust is en spreek een andere betaalwijze af; pas na akkoord opnieuw incasseren.",
      en: "Ask the consumer whether the block is intentional and agree another way to pay; only collect again after they agree.",
    },
  },
  {
    code: "AC13",
    isoName: "InvalidDebtorAccountType",
    staff: {
      nl: "Alleen bij zakelijke incasso (B2B): de rekening van de debiteur is een particuliere rekening, waarop geen B2B-incasso mag.",
      en: "SDD B2B only: the debtor's account is a consumer account, on which a B2B direct debit is not allowed.",
    },
    consumer: {
      nl: "Je rekening is een privérekening, en daarvan mogen wij geen zakelijke incasso afschrijven.",
      en: "Your account is a personal account, and a business direct debit cannot be taken from it.",
    },
    rTypes: ["REJECT", "RETURN"],
    category: "account",
    retry: "never",
    b2bOnly: true,
    advice: {
      nl: "Vraag om een zakelijke rekening, of incasseer voortaan met een gewone (Core) machtiging.",
      en: "Ask for a business account, or collect under a regular (Core) mandate instead.",
    },
  },
  {
    code: "AG01",
    isoName: "TransactionForbidden",
    staff: {
      nl: "Incasso is op deze rekening niet toegestaan, om wettelijke redenen of door het soort rekening (bijvoorbeeld een spaarrekening).",
      en: "Direct debits are not allowed on this account, for regulatory reasons or because of the account type (e.g. a savings account).",
    },
    consumer: {
      nl: "Van deze rekening mogen geen incasso's worden afgeschreven, bijvoorbeeld omdat het een spaarrekening is.",
      en: "Direct debits are not allowed on this account, for example because it is a savings account.",
    },
    rTypes: ["REJECT", "RETURN"],
    category: "account",
    retry: "never",
    advice: {
      nl: "Vraag de consument om het IBAN van een betaalrekening en een nieuwe machtiging, of laat zelf overmaken.",
      en: "Ask the consumer for the IBAN of a current account and a new mandate, or for a bank transfer.",
    },
  },
  {
    code: "AG02",
    isoName: "InvalidBankOperationCode",
    staff: {
      nl: "Onjuiste transactiecode, meestal een verkeerd volgordetype (FRST na RCUR, RCUR zonder FRST, of een machtiging die al eenmalig (OOFF) is gebruikt).",
      en: "Incorrect operation/transaction code, usually a wrong sequence type (FRST after RCUR, RCUR without FRST, or a mandate already used for a one-off).",
    },
    consumer: OUR_SIDE,
    rTypes: ["REJECT", "RETURN"],
    category: "technical",
    retry: "allowed",
    advice: {
      nl: "Controleer volgordetype (FRST/RCUR/OOFF/FNAL) en machtigingskenmerk, corrigeer en bied de incasso opnieuw aan.",
      en: "Check the sequence type (FRST/RCUR/OOFF/FNAL) and mandate reference, correct them and collect again.",
    },
  },
  {
    code: "AM04",
    isoName: "InsufficientFunds",
    staff: {
      nl: "Onvoldoende saldo op de rekening van de debiteur op het moment van afschrijven.",
      en: "Insufficient funds on the debtor's account at the moment of debiting.",
    },
    consumer: {
      nl: "Er stond op het moment van afschrijven niet genoeg saldo op je rekening.",
      en: "There was not enough money in your account when we tried to debit it.",
    },
    rTypes: ["REJECT", "RETURN"],
    category: "funds",
    retry: "allowed",
    advice: {
      nl: "Opnieuw incasseren mag, bij voorkeur kort na het gebruikelijke salarismoment; bied daarnaast directe betaling of een betalingsregeling aan.",
      en: "Collecting again is fine, preferably just after the usual payday; also offer immediate payment or a payment arrangement.",
    },
  },
  {
    code: "AM05",
    isoName: "Duplication",
    staff: {
      nl: "Dubbele incasso: dezelfde incasso is meer dan eens aangeboden. Als reversal heeft de incassant zelf een dubbele incasso teruggedraaid.",
      en: "Duplicate collection: the same direct debit was presented more than once. As a reversal, the creditor itself undid a duplicate.",
    },
    consumer: {
      nl: "Deze afschrijving was per ongeluk dubbel en is daarom teruggedraaid.",
      en: "This debit was accidentally made twice and has therefore been reversed.",
    },
    rTypes: ["REJECT", "RETURN", "REVERSAL"],
    category: "creditor",
    retry: "never",
    advice: {
      nl: "Controleer of de vordering al via een andere incasso betaald is; alleen opnieuw incasseren als er geen dubbele inning was.",
      en: "Check whether the claim was already paid by another collection; only collect again if there was no duplicate.",
    },
    kindNotes: {
      REVERSAL: {
        nl: "Je hebt deze incasso zelf (via je bank) teruggedraaid omdat hij dubbel was.",
        en: "You reversed this collection yourself (through your bank) because it was a duplicate.",
      },
    },
  },
  {
    code: "BE05",
    isoName: "UnrecognisedInitiatingParty",
    staff: {
      nl: "Het incassant-ID (Creditor Identifier) is onjuist, bijvoorbeeld gewijzigd zonder amendment-indicatie in de machtiging.",
      en: "The creditor identifier is incorrect, e.g. changed without the amendment indicator on the mandate.",
    },
    consumer: OUR_SIDE,
    rTypes: ["REJECT", "RETURN"],
    category: "creditor",
    retry: "allowed",
    advice: {
      nl: "Controleer het incassant-ID en de amendment-gegevens van de machtiging, corrigeer en bied opnieuw aan.",
      en: "Check the creditor identifier and the mandate amendment details, correct them and collect again.",
    },
  },
  {
    code: "CNOR",
    isoName: "CreditorBankIsNotRegistered",
    staff: {
      nl: "De bank van de incassant is onder deze BIC niet aangesloten bij het clearingsysteem (CSM).",
      en: "The creditor's bank is not registered under this BIC in the clearing and settlement mechanism (CSM).",
    },
    consumer: OUR_SIDE,
    rTypes: ["REJECT"],
    category: "technical",
    retry: "allowed",
    advice: {
      nl: "Neem contact op met je eigen bank en bied de incasso opnieuw aan zodra het is opgelost.",
      en: "Contact your own bank and collect again once it has been resolved.",
    },
  },
  {
    code: "DNOR",
    isoName: "DebtorBankIsNotRegistered",
    staff: {
      nl: "De bank van de debiteur is onder deze BIC niet aangesloten bij het clearingsysteem en dus niet bereikbaar voor SEPA-incasso.",
      en: "The debtor's bank is not registered under this BIC in the clearing system, so it cannot be reached for SEPA direct debits.",
    },
    consumer: {
      nl: "Je bank was voor deze incasso niet bereikbaar via het incassosysteem.",
      en: "Your bank could not be reached through the direct debit system for this collection.",
    },
    rTypes: ["REJECT"],
    category: "technical",
    retry: "ask-first",
    advice: {
      nl: "Controleer IBAN en BIC; vraag de consument anders om een rekening bij een bank die SEPA-incasso ondersteunt, of om zelf over te maken.",
      en: "Check the IBAN and BIC; otherwise ask the consumer for an account at a bank that supports SEPA direct debit, or for a transfer.",
    },
  },
  {
    code: "ED05",
    isoName: "SettlementFailed",
    staff: {
      nl: "De verrekening van de incasso tussen de banken is mislukt; dit ligt niet aan de debiteur.",
      en: "Interbank settlement of the direct debit failed; this is not caused by the debtor.",
    },
    consumer: OUR_SIDE,
    rTypes: ["REJECT", "RETURN"],
    category: "technical",
    retry: "allowed",
    advice: {
      nl: "Bied de incasso opnieuw aan; neem bij herhaling contact op met je bank.",
      en: "Collect again; contact your bank if it happens repeatedly.",
    },
  },
  {
    code: "FF01",
    isoName: "InvalidFileFormat",
    staff: {
      nl: "Ongeldig bestandsformaat of onjuiste transactiecode: de incasso is om technische redenen geweigerd.",
      en: "Invalid file format or incorrect transaction code: the collection was refused on technical grounds.",
    },
    consumer: OUR_SIDE,
    rTypes: ["REJECT"],
    category: "technical",
    retry: "allowed",
    advice: {
      nl: "Controleer het incassobestand (pain.008) op fouten, corrigeer en lever opnieuw aan.",
      en: "Check the collection file (pain.008) for errors, correct it and submit again.",
    },
  },
  {
    code: "FF05",
    isoName: "InvalidLocalInstrumentCode",
    staff: {
      nl: "Onjuist incassotype: de incasso is als CORE of B2B aangeleverd terwijl de machtiging of bank iets anders verwacht.",
      en: "Direct debit type incorrect: the collection was submitted as CORE or B2B while the mandate or bank expects the other.",
    },
    consumer: OUR_SIDE,
    rTypes: ["REJECT", "RETURN"],
    category: "technical",
    retry: "allowed",
    advice: {
      nl: "Controleer of het incassotype (CORE/B2B) bij de machtiging past, corrigeer en bied opnieuw aan.",
      en: "Check that the scheme (CORE/B2B) matches the mandate, correct it and collect again.",
    },
  },
  {
    code: "MD01",
    isoName: "NoMandate",
    staff: {
      nl: "Geen geldige machtiging: de bank van de debiteur kent geen (geldige) machtiging, of de debiteur betwist als terugboeking dat hij ooit toestemming gaf (mogelijk tot 13 maanden na afschrijving).",
      en: "No valid mandate: the debtor's bank has no (valid) mandate on record, or as a refund the debtor disputes ever authorising it (possible up to 13 months after the debit).",
    },
    consumer: {
      nl: "Volgens je bank heb je voor deze incasso geen (geldige) machtiging gegeven.",
      en: "According to your bank, you did not give a (valid) mandate for this direct debit.",
    },
    rTypes: ["REJECT", "RETURN", "REFUND"],
    category: "mandate",
    retry: "never",
    advice: {
      nl: "Zoek de getekende machtiging op en controleer kenmerk en datum. Neem contact op met de consument; incasseer pas opnieuw met een geldige (nieuwe) machtiging, of laat zelf overmaken.",
      en: "Retrieve the signed mandate and check its reference and date. Contact the consumer; only collect again under a valid (new) mandate, or ask for a transfer.",
    },
    kindNotes: {
      REFUND: {
        nl: "Niet-geautoriseerde transactie: de consument zegt nooit een machtiging te hebben gegeven (terugboeking tot 13 maanden). Je kunt dit via je bank betwisten met de getekende machtiging.",
        en: "Unauthorised transaction: the consumer says they never gave a mandate (refund up to 13 months). You can contest it through your bank with the signed mandate.",
      },
    },
  },
  {
    code: "MD02",
    isoName: "MissingMandatoryInformationInMandate",
    staff: {
      nl: "Machtigingsgegevens ontbreken of kloppen niet, bijvoorbeeld kenmerk, ondertekeningsdatum of incassant-ID wijken af van wat de bank van de debiteur heeft.",
      en: "Mandate data missing or incorrect, e.g. the reference, signing date or creditor ID differ from what the debtor's bank holds.",
    },
    consumer: {
      nl: "De gegevens van je machtiging voor deze incasso kloppen niet of zijn onvolledig.",
      en: "The details of your direct debit mandate are incorrect or incomplete.",
    },
    rTypes: ["REJECT", "RETURN"],
    category: "mandate",
    retry: "ask-first",
    advice: {
      nl: "Controleer machtigingskenmerk, ondertekeningsdatum en incassant-ID. Is de machtiging zelf onvolledig, vraag de consument dan om een nieuwe machtiging.",
      en: "Check the mandate reference, signing date and creditor ID. If the mandate itself is incomplete, ask the consumer for a new one.",
    },
  },
  {
    code: "MD06",
    isoName: "RefundRequestByEndCustomer",
    staff: {
      nl: "Terugboeking op verzoek van de debiteur bij een geautoriseerde incasso; binnen 8 weken na afschrijving doet de bank dit zonder vragen en zonder reden.",
      en: "Refund at the debtor's request of an authorised debit; within 8 weeks of the debit the bank grants it with no questions asked and no reason given.",
    },
    consumer: {
      nl: "Je hebt deze afschrijving via je bank laten terugboeken.",
      en: "You asked your bank to refund this debit.",
    },
    rTypes: ["REFUND"],
    category: "debtor-request",
    retry: "never",
    advice: {
      nl: "Niet zomaar opnieuw incasseren: vraag eerst waarom (vergissing, geldgebrek, onenigheid over de vordering) en spreek af hoe er betaald wordt.",
      en: "Do not simply collect again: first ask why (mistake, lack of money, dispute about the claim) and agree how it will be paid.",
    },
  },
  {
    code: "MD07",
    isoName: "EndCustomerDeceased",
    staff: {
      nl: "De debiteur is overleden.",
      en: "The debtor has died.",
    },
    consumer: {
      nl: "De bank heeft ons laten weten dat de rekeninghouder is overleden.",
      en: "The bank has informed us that the account holder has passed away.",
    },
    rTypes: ["REJECT", "RETURN"],
    category: "deceased",
    retry: "never",
    advice: {
      nl: "Stop alle incasso's en herinneringen. Meld de vordering zorgvuldig bij de nabestaanden of de notaris die de nalatenschap afwikkelt.",
      en: "Stop all collections and reminders. Notify the claim with care to the next of kin or the notary handling the estate.",
    },
  },
  {
    code: "MS02",
    isoName: "NotSpecifiedReasonCustomerGenerated",
    staff: {
      nl: "De debiteur heeft de incasso zonder opgaaf van reden geweigerd (vóór verrekening, of als retour op zijn verzoek). Als reversal: de incassant gaf geen reden op.",
      en: "The debtor refused the collection without giving a reason (before settlement, or as a return at their request). As a reversal: the creditor gave no reason.",
    },
    consumer: {
      nl: "Je hebt deze incasso zelf geweigerd of laten tegenhouden.",
      en: "You refused or stopped this direct debit yourself.",
    },
    rTypes: ["REFUSAL", "REJECT", "RETURN", "REVERSAL"],
    category: "debtor-request",
    retry: "never",
    advice: {
      nl: "Vraag de consument waarom de incasso is geweigerd en spreek af hoe er betaald wordt, voordat je opnieuw incasseert.",
      en: "Ask the consumer why they refused the collection and agree how it will be paid before collecting again.",
    },
    kindNotes: {
      REVERSAL: {
        nl: "Je hebt deze incasso zelf (via je bank) teruggedraaid zonder reden op te geven, bijvoorbeeld wegens een verkeerd bedrag.",
        en: "You reversed this collection yourself (through your bank) without a stated reason, e.g. because of a wrong amount.",
      },
    },
  },
  {
    code: "MS03",
    isoName: "NotSpecifiedReasonAgentGenerated",
    staff: {
      nl: "De bank van de debiteur geeft geen reden op. Nederlandse banken gebruiken deze code om privacyredenen vaak ook bij onvoldoende saldo.",
      en: "The debtor's bank gives no reason. Dutch banks often use it for insufficient funds too, for privacy reasons.",
    },
    consumer: {
      nl: "Je bank heeft de incasso niet uitgevoerd en ons niet verteld waarom.",
      en: "Your bank did not carry out the direct debit and did not tell us why.",
    },
    rTypes: ["REJECT", "RETURN"],
    category: "unspecified",
    retry: "ask-first",
    advice: {
      nl: "Vraag de consument wat er aan de hand is: vaak is het onvoldoende saldo (dan mag opnieuw incasseren), maar het kan ook een blokkade of gesloten rekening zijn.",
      en: "Ask the consumer what happened: often it is insufficient funds (then collecting again is fine), but it may also be a block or a closed account.",
    },
  },
  {
    code: "RC01",
    isoName: "BankIdentifierIncorrect",
    staff: {
      nl: "De bankidentificatie (BIC) is onjuist of ongeldig.",
      en: "The bank identifier (BIC) is incorrect or invalid.",
    },
    consumer: OUR_SIDE,
    rTypes: ["REJECT", "RETURN"],
    category: "technical",
    retry: "allowed",
    advice: {
      nl: "Corrigeer of verwijder de BIC (binnen SEPA volstaat het IBAN) en bied opnieuw aan.",
      en: "Correct or drop the BIC (the IBAN is enough within SEPA) and collect again.",
    },
  },
  {
    code: "RR01",
    isoName: "MissingDebtorAccountOrIdentification",
    staff: {
      nl: "Wettelijke reden: rekening of identificatie van de debiteur ontbreekt of is onvoldoende.",
      en: "Regulatory reason: the debtor's account or identification is missing or insufficient.",
    },
    consumer: {
      nl: "Vanwege wettelijke regels ontbraken er gegevens van jou die nodig zijn voor de incasso.",
      en: "Because of legal requirements, some of your details needed for the direct debit were missing.",
    },
    rTypes: ["REJECT", "RETURN"],
    category: "regulatory",
    retry: "ask-first",
    advice: {
      nl: "Vul de ontbrekende debiteurgegevens aan, zo nodig na navraag bij de consument, en bied opnieuw aan.",
      en: "Complete the missing debtor details, asking the consumer where needed, and collect again.",
    },
  },
  {
    code: "RR02",
    isoName: "MissingDebtorNameOrAddress",
    staff: {
      nl: "Wettelijke reden: naam of adres van de debiteur ontbreekt.",
      en: "Regulatory reason: the debtor's name or address is missing.",
    },
    consumer: {
      nl: "Vanwege wettelijke regels ontbrak je naam of adres bij de incasso.",
      en: "Because of legal requirements, your name or address was missing from the direct debit.",
    },
    rTypes: ["REJECT", "RETURN"],
    category: "regulatory",
    retry: "ask-first",
    advice: {
      nl: "Vul naam en adres van de debiteur aan (vraag ze zo nodig op) en bied opnieuw aan.",
      en: "Add the debtor's name and address (ask for them if needed) and collect again.",
    },
  },
  {
    code: "RR03",
    isoName: "MissingCreditorNameOrAddress",
    staff: {
      nl: "Wettelijke reden: naam of adres van de incassant ontbreekt.",
      en: "Regulatory reason: the creditor's name or address is missing.",
    },
    consumer: OUR_SIDE,
    rTypes: ["REJECT", "RETURN"],
    category: "regulatory",
    retry: "allowed",
    advice: {
      nl: "Vul je eigen naam en adres als incassant aan in het incassobestand en bied opnieuw aan.",
      en: "Add your own name and address as creditor to the collection file and collect again.",
    },
  },
  {
    code: "RR04",
    isoName: "RegulatoryReason",
    staff: {
      nl: "Wettelijke reden, bijvoorbeeld sancties of witwascontroles; de bank mag niets toelichten.",
      en: "Regulatory reason, e.g. sanctions or anti-money-laundering checks; the bank may not explain further.",
    },
    consumer: {
      nl: "Je bank heeft de incasso om wettelijke redenen niet uitgevoerd.",
      en: "Your bank did not carry out the direct debit for legal reasons.",
    },
    rTypes: ["REJECT", "RETURN"],
    category: "regulatory",
    retry: "never",
    advice: {
      nl: "Niet opnieuw incasseren. Vraag de consument om op een andere manier te betalen; de bank geeft geen nadere toelichting.",
      en: "Do not collect again. Ask the consumer to pay another way; the bank will not give details.",
    },
  },
  {
    code: "SL01",
    isoName: "SpecificServiceOfferedByDebtorAgent",
    staff: {
      nl: "Een dienst van de bank van de debiteur hield de incasso tegen, zoals een lijst met toegestane of geblokkeerde incassanten, of een maximumbedrag of -aantal.",
      en: "A service of the debtor's bank stopped the debit, such as an allow/block list of creditors or a maximum amount or frequency.",
    },
    consumer: {
      nl: "Een instelling bij je bank, zoals een incassoblokkade, een lijst met toegestane incassanten of een maximumbedrag, heeft deze incasso tegengehouden.",
      en: "A setting at your bank, such as a direct debit block, a list of allowed creditors or a maximum amount, stopped this direct debit.",
    },
    rTypes: ["REJECT", "RETURN"],
    category: "debtor-request",
    retry: "never",
    advice: {
      nl: "Vraag de consument de instelling bij de bank aan te passen (jouw incassant-ID toestaan of het maximum verhogen) en incasseer pas daarna opnieuw.",
      en: "Ask the consumer to adjust the setting at their bank (allow your creditor ID or raise the limit) and only then collect again.",
    },
  },
];
