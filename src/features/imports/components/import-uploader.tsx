"use client";

import { FileUp, OctagonAlert, UploadCloud } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type DragEvent, useCallback, useId, useRef, useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import { previewCsvAction } from "@/features/imports/actions";
import type { CsvMappingInput } from "@/features/imports/parsers/csv/mapping";
import { cn } from "@/lib/utils";
import { CsvMappingStep, type CsvPreviewData } from "./csv-mapping-step";
import { ImportSummaryCard } from "./import-summary-card";
import { apiErrorMessage, formatBytes, type ImportSummaryJson, isImportSummary } from "./types";

// Only the start of a CSV goes to the server for the preview; the whole file is uploaded on "Importeren".
const PREVIEW_BYTES = 64 * 1024;

type State =
  | { step: "idle" }
  | { step: "reading"; file: File }
  | { step: "mapping"; file: File; preview: CsvPreviewData; head: string; partial: boolean }
  | { step: "uploading"; file: File; percent: number }
  | { step: "processing"; file: File }
  | { step: "done"; file: File; summary: ImportSummaryJson }
  | { step: "error"; file?: File; title: string; message: string };

function looksLikeXml(head: string): boolean {
  return head
    .replace(/^\uFEFF/, "")
    .trimStart()
    .startsWith("<");
}

/**
 * The drop zone on the Imports page: XML bank files go straight to /api/v1/imports; a CSV first gets
 * the column-mapping step. XMLHttpRequest (not fetch) so the upload can report its progress.
 */
export function ImportUploader({ maxBytes, lang }: { maxBytes: number; lang: "nl" | "en" }) {
  const t = useTranslations("imports");
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ step: "idle" });
  const [dragging, setDragging] = useState(false);
  const hintId = useId();
  const progressLabelId = useId();

  const upload = useCallback(
    (file: File, mapping?: CsvMappingInput) => {
      const form = new FormData();
      // The mapping goes first so the server can parse the CSV while it streams in.
      if (mapping) form.append("mapping", JSON.stringify(mapping));
      form.append("file", file, file.name);
      const xhr = new XMLHttpRequest();
      xhr.open("POST", "/api/v1/imports");
      xhr.responseType = "text";
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable)
          setState({ step: "uploading", file, percent: Math.round((e.loaded / e.total) * 100) });
      };
      // Bytes are on the server; parsing and writing take the rest of the time.
      xhr.upload.onload = () => setState({ step: "processing", file });
      xhr.onerror = () =>
        setState({ step: "error", file, title: t("upload.failed"), message: t("upload.networkError") });
      xhr.onload = () => {
        let body: unknown;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          body = undefined;
        }
        if (xhr.status >= 200 && xhr.status < 300 && isImportSummary(body)) {
          setState({ step: "done", file, summary: body });
        } else {
          const message =
            apiErrorMessage(body) ??
            (xhr.status === 413 ? t("upload.tooLarge") : `${t("upload.failed")} (HTTP ${xhr.status})`);
          setState({
            step: "error",
            file,
            title: xhr.status === 422 || xhr.status === 413 ? t("upload.refused") : t("upload.failed"),
            message,
          });
        }
        // The history table below is a server component: fetch it again.
        router.refresh();
      };
      setState({ step: "uploading", file, percent: 0 });
      xhr.send(form);
    },
    [router, t],
  );

  const loadPreview = useCallback(
    async (file: File, head: string, partial: boolean, kind?: "reversals" | "collections") => {
      const result = await previewCsvAction({ text: head, partial, ...(kind ? { kind } : {}) });
      if (!result.ok) {
        setState({ step: "error", file, title: t("upload.refused"), message: result.error.message });
        return;
      }
      setState({ step: "mapping", file, head, partial, preview: result.data });
    },
    [t],
  );

  const accept = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      if (file.size > maxBytes) {
        setState({
          step: "error",
          file,
          title: t("upload.refused"),
          message: `${t("upload.tooLarge")} (${formatBytes(file.size, lang)} > ${formatBytes(maxBytes, lang)})`,
        });
        return;
      }
      setState({ step: "reading", file });
      let head: string;
      try {
        head = await file.slice(0, PREVIEW_BYTES).text();
      } catch {
        setState({ step: "error", file, title: t("upload.failed"), message: t("upload.readFailed") });
        return;
      }
      const isCsv = /\.(csv|txt|tsv)$/i.test(file.name) || (!looksLikeXml(head) && head.trim() !== "");
      if (isCsv && !looksLikeXml(head)) await loadPreview(file, head, file.size > PREVIEW_BYTES);
      else upload(file);
    },
    [lang, loadPreview, maxBytes, t, upload],
  );

  const reset = () => {
    setState({ step: "idle" });
    if (inputRef.current) inputRef.current.value = "";
  };

  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setDragging(false);
    if (busy) return;
    void accept(e.dataTransfer.files[0]);
  };

  const busy = state.step === "uploading" || state.step === "processing" || state.step === "reading";

  if (state.step === "mapping") {
    return (
      <CsvMappingStep
        fileName={state.file.name}
        preview={state.preview}
        lang={lang}
        onKindChange={(kind) => void loadPreview(state.file, state.head, state.partial, kind)}
        onCancel={reset}
        onSubmit={(mapping) => upload(state.file, mapping)}
      />
    );
  }

  return (
    <div className="grid gap-4">
      <section
        aria-labelledby={hintId}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          if (!busy) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={cn(
          "flex flex-col items-center justify-center gap-3 rounded-lg border-2 border-dashed bg-card px-6 py-10 text-center transition-colors",
          dragging ? "border-primary bg-accent" : "border-input/50",
        )}
      >
        <div
          aria-hidden="true"
          className="flex size-12 items-center justify-center rounded-full bg-accent text-accent-foreground"
        >
          {dragging ? <FileUp className="size-6" /> : <UploadCloud className="size-6" />}
        </div>
        <div className="grid gap-1">
          <h2 id={hintId} className="text-base font-semibold">
            {dragging ? t("upload.dropping") : t("upload.dropHint")}
          </h2>
          <p className="text-sm text-muted-foreground">
            {t("upload.formats", { max: formatBytes(maxBytes, lang) })}
          </p>
        </div>
        <input
          ref={inputRef}
          id="import-file"
          type="file"
          accept=".xml,.csv,.txt,.tsv,application/xml,text/xml,text/csv"
          className="sr-only"
          // The visible button below is the accessible way in; this input only holds the picked file.
          tabIndex={-1}
          aria-hidden="true"
          data-testid="import-file-input"
          onChange={(e) => void accept(e.target.files?.[0])}
          disabled={busy}
        />
        <Button type="button" onClick={() => inputRef.current?.click()} disabled={busy}>
          <FileUp aria-hidden="true" />
          {t("upload.choose")}
        </Button>
      </section>

      {state.step === "uploading" || state.step === "processing" || state.step === "reading" ? (
        <Card aria-busy="true" data-testid="import-progress">
          <CardContent className="grid gap-2 pt-6">
            <div className="flex items-center justify-between gap-4 text-sm">
              <span id={progressLabelId} className="truncate font-medium">
                {state.file.name}
              </span>
              <span className="shrink-0 text-muted-foreground" aria-live="polite">
                {state.step === "uploading"
                  ? t("upload.uploading", { percent: state.percent })
                  : t("upload.processing")}
              </span>
            </div>
            <Progress
              aria-labelledby={progressLabelId}
              value={state.step === "uploading" ? state.percent : null}
              valueText={
                state.step === "uploading"
                  ? t("upload.uploading", { percent: state.percent })
                  : t("upload.processing")
              }
            />
          </CardContent>
        </Card>
      ) : null}

      {state.step === "done" ? (
        <ImportSummaryCard summary={state.summary} fileName={state.file.name} onAnother={reset} />
      ) : null}

      {state.step === "error" ? (
        <Alert variant="destructive" data-testid="import-error">
          <OctagonAlert aria-hidden="true" />
          <AlertTitle>
            {state.title}
            {state.file ? `: ${state.file.name}` : ""}
          </AlertTitle>
          <AlertDescription>
            <p data-testid="import-error-message">{state.message}</p>
            <Button type="button" variant="outline" size="sm" className="mt-2" onClick={reset}>
              {t("upload.another")}
            </Button>
          </AlertDescription>
        </Alert>
      ) : null}
    </div>
  );
}
