-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'CONTROLLER', 'AGENT');

-- CreateEnum
CREATE TYPE "SequenceType" AS ENUM ('FRST', 'RCUR', 'OOFF', 'FNAL');

-- CreateEnum
CREATE TYPE "CollectionStatus" AS ENUM ('PENDING', 'SETTLED', 'REVERSED', 'FINAL');

-- CreateEnum
CREATE TYPE "ReversalKind" AS ENUM ('REJECT', 'REFUSAL', 'RETURN', 'REFUND', 'REVERSAL');

-- CreateEnum
CREATE TYPE "ReversalSource" AS ENUM ('CAMT', 'PAIN002', 'CSV', 'API', 'MANUAL', 'DEMO');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('NEW', 'INVITED', 'OPENED', 'RESPONDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "CaseOutcome" AS ENUM ('PAID', 'RECOLLECTED', 'ARRANGEMENT', 'DISPUTED', 'WRITTEN_OFF', 'UNREACHABLE');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('EMAIL', 'SMS', 'VOICE', 'WEB');

-- CreateEnum
CREATE TYPE "MessageStatus" AS ENUM ('QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED');

-- CreateEnum
CREATE TYPE "TaskType" AS ENUM ('CALL', 'CALLBACK', 'REVIEW', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "TaskPriority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "ImportFormat" AS ENUM ('CAMT_052', 'CAMT_053', 'CAMT_054', 'PAIN_002', 'PAIN_008', 'CSV_REVERSALS', 'CSV_COLLECTIONS', 'API');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('PROCESSING', 'COMPLETED', 'FAILED');

-- CreateEnum
CREATE TYPE "RecollectionStatus" AS ENUM ('PLANNED', 'EXPORTED', 'COLLECTED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ArrangementStatus" AS ENUM ('ACTIVE', 'COMPLETED', 'DEFAULTED', 'CANCELLED');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastSignedInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastFailureAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Debtor" (
    "id" UUID NOT NULL,
    "externalId" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "ibanMasked" TEXT,
    "ibanHash" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Debtor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Collection" (
    "id" UUID NOT NULL,
    "debtorId" UUID NOT NULL,
    "endToEndId" TEXT NOT NULL,
    "mandateId" TEXT,
    "mandateSignedOn" DATE,
    "sequenceType" "SequenceType",
    "amountCents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',
    "collectionDate" DATE NOT NULL,
    "settlementDate" DATE,
    "finalOn" DATE,
    "description" TEXT,
    "invoiceReference" TEXT,
    "status" "CollectionStatus" NOT NULL DEFAULT 'PENDING',
    "importId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Collection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reversal" (
    "id" UUID NOT NULL,
    "collectionId" UUID NOT NULL,
    "reasonCode" TEXT NOT NULL,
    "reasonInfo" TEXT,
    "kind" "ReversalKind" NOT NULL,
    "bookingDate" DATE NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',
    "chargesCents" INTEGER NOT NULL DEFAULT 0,
    "source" "ReversalSource" NOT NULL,
    "importId" UUID,
    "dedupeKey" TEXT NOT NULL,
    "bankReference" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Reversal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "reversalId" UUID NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'NEW',
    "outcome" "CaseOutcome",
    "assigneeId" UUID,
    "openAmountCents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',
    "respondedAt" TIMESTAMPTZ(3),
    "resolvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponseLink" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "firstOpenedAt" TIMESTAMPTZ(3),
    "lastOpenedAt" TIMESTAMPTZ(3),
    "openCount" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ResponseLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Response" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "linkId" UUID,
    "reason" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "formVersion" INTEGER NOT NULL,
    "channel" "Channel" NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" UUID NOT NULL,
    "caseId" UUID,
    "channel" "Channel" NOT NULL,
    "recipient" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "bodyHtml" TEXT,
    "status" "MessageStatus" NOT NULL DEFAULT 'QUEUED',
    "providerId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "nextAttemptAt" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),
    "deliveredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" UUID NOT NULL,
    "caseId" UUID,
    "type" "TaskType" NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'OPEN',
    "priority" "TaskPriority" NOT NULL DEFAULT 'NORMAL',
    "title" TEXT NOT NULL,
    "notes" TEXT,
    "dueAt" TIMESTAMPTZ(3),
    "assigneeId" UUID,
    "outcome" TEXT,
    "doneAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkflowRule" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "conditions" JSONB NOT NULL,
    "actions" JSONB NOT NULL,
    "position" INTEGER NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "WorkflowRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "data" JSONB,
    "actorId" UUID,
    "actorType" TEXT NOT NULL DEFAULT 'SYSTEM',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Import" (
    "id" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "format" "ImportFormat" NOT NULL,
    "formatVersion" TEXT,
    "status" "ImportStatus" NOT NULL DEFAULT 'PROCESSING',
    "sizeBytes" INTEGER NOT NULL,
    "reversalsCreated" INTEGER NOT NULL DEFAULT 0,
    "reversalsDuplicate" INTEGER NOT NULL DEFAULT 0,
    "collectionsCreated" INTEGER NOT NULL DEFAULT 0,
    "collectionsDuplicate" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB,
    "details" JSONB,
    "createdById" UUID,
    "viaApiKeyId" UUID,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    CONSTRAINT "Import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recollection" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "collectionId" UUID NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',
    "requestedFor" DATE NOT NULL,
    "status" "RecollectionStatus" NOT NULL DEFAULT 'PLANNED',
    "endToEndId" TEXT NOT NULL,
    "exportedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Recollection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentArrangement" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "totalCents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',
    "instalments" INTEGER NOT NULL,
    "firstDueOn" DATE NOT NULL,
    "schedule" JSONB NOT NULL,
    "status" "ArrangementStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "PaymentArrangement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "createdById" UUID,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "creditorName" TEXT NOT NULL,
    "creditorId" TEXT,
    "iban" TEXT,
    "bic" TEXT,
    "senderEmail" TEXT,
    "replyToEmail" TEXT,
    "smsSender" TEXT,
    "supportPhone" TEXT,
    "supportEmail" TEXT,
    "brandColor" TEXT NOT NULL DEFAULT '#0f766e',
    "logoUrl" TEXT,
    "linkValidityDays" INTEGER NOT NULL DEFAULT 30,
    "recollectMinDays" INTEGER NOT NULL DEFAULT 5,
    "recollectMaxDays" INTEGER NOT NULL DEFAULT 30,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "OrganisationSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Debtor_externalId_key" ON "Debtor"("externalId");

-- CreateIndex
CREATE INDEX "Debtor_ibanHash_idx" ON "Debtor"("ibanHash");

-- CreateIndex
CREATE INDEX "Debtor_email_idx" ON "Debtor"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Collection_endToEndId_key" ON "Collection"("endToEndId");

-- CreateIndex
CREATE INDEX "Collection_debtorId_idx" ON "Collection"("debtorId");

-- CreateIndex
CREATE INDEX "Collection_mandateId_idx" ON "Collection"("mandateId");

-- CreateIndex
CREATE INDEX "Collection_collectionDate_idx" ON "Collection"("collectionDate");

-- CreateIndex
CREATE INDEX "Collection_finalOn_idx" ON "Collection"("finalOn");

-- CreateIndex
CREATE UNIQUE INDEX "Reversal_dedupeKey_key" ON "Reversal"("dedupeKey");

-- CreateIndex
CREATE INDEX "Reversal_collectionId_idx" ON "Reversal"("collectionId");

-- CreateIndex
CREATE INDEX "Reversal_reasonCode_idx" ON "Reversal"("reasonCode");

-- CreateIndex
CREATE INDEX "Reversal_bookingDate_idx" ON "Reversal"("bookingDate");

-- CreateIndex
CREATE INDEX "Reversal_importId_idx" ON "Reversal"("importId");

-- CreateIndex
CREATE UNIQUE INDEX "Case_number_key" ON "Case"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Case_reversalId_key" ON "Case"("reversalId");

-- CreateIndex
CREATE INDEX "Case_status_idx" ON "Case"("status");

-- CreateIndex
CREATE INDEX "Case_assigneeId_idx" ON "Case"("assigneeId");

-- CreateIndex
CREATE INDEX "Case_createdAt_idx" ON "Case"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ResponseLink_tokenHash_key" ON "ResponseLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ResponseLink_caseId_idx" ON "ResponseLink"("caseId");

-- CreateIndex
CREATE INDEX "Response_caseId_idx" ON "Response"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "Message_idempotencyKey_key" ON "Message"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Message_caseId_idx" ON "Message"("caseId");

-- CreateIndex
CREATE INDEX "Message_status_nextAttemptAt_idx" ON "Message"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Message_providerId_idx" ON "Message"("providerId");

-- CreateIndex
CREATE INDEX "Task_status_dueAt_idx" ON "Task"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Task_assigneeId_idx" ON "Task"("assigneeId");

-- CreateIndex
CREATE INDEX "Task_caseId_idx" ON "Task"("caseId");

-- CreateIndex
CREATE INDEX "WorkflowRule_trigger_position_idx" ON "WorkflowRule"("trigger", "position");

-- CreateIndex
CREATE INDEX "CaseEvent_caseId_createdAt_idx" ON "CaseEvent"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "Import_sha256_idx" ON "Import"("sha256");

-- CreateIndex
CREATE INDEX "Import_startedAt_idx" ON "Import"("startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Recollection_endToEndId_key" ON "Recollection"("endToEndId");

-- CreateIndex
CREATE INDEX "Recollection_caseId_idx" ON "Recollection"("caseId");

-- CreateIndex
CREATE INDEX "Recollection_status_requestedFor_idx" ON "Recollection"("status", "requestedFor");

-- CreateIndex
CREATE INDEX "PaymentArrangement_caseId_idx" ON "PaymentArrangement"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- AddForeignKey
ALTER TABLE "Collection" ADD CONSTRAINT "Collection_debtorId_fkey" FOREIGN KEY ("debtorId") REFERENCES "Debtor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Collection" ADD CONSTRAINT "Collection_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reversal" ADD CONSTRAINT "Reversal_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reversal" ADD CONSTRAINT "Reversal_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_reversalId_fkey" FOREIGN KEY ("reversalId") REFERENCES "Reversal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponseLink" ADD CONSTRAINT "ResponseLink_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "ResponseLink"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Import" ADD CONSTRAINT "Import_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Import" ADD CONSTRAINT "Import_viaApiKeyId_fkey" FOREIGN KEY ("viaApiKeyId") REFERENCES "ApiKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recollection" ADD CONSTRAINT "Recollection_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recollection" ADD CONSTRAINT "Recollection_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentArrangement" ADD CONSTRAINT "PaymentArrangement_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

