"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { createResponseLinkAction, revokeResponseLinkAction } from "@/features/responses/actions";

export function CreateLinkButton(props: {
  caseId: string;
  labels: {
    create: string;
    creating: string;
    created: string;
    copy: string;
    copied: string;
    urlLabel: string;
  };
}) {
  const { labels: l } = props;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const create = () =>
    startTransition(async () => {
      setError(null);
      setCopied(false);
      const result = await createResponseLinkAction({ caseId: props.caseId });
      if (!result.ok) return setError(result.error.message);
      setUrl(result.data.url);
      router.refresh();
    });

  return (
    <div className="grid gap-3">
      <div>
        <Button type="button" onClick={create} disabled={pending}>
          {pending ? l.creating : l.create}
        </Button>
      </div>
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      {url ? (
        <div className="grid gap-2">
          <Alert variant="success">{l.created}</Alert>
          <div className="flex gap-2">
            <Input
              readOnly
              value={url}
              aria-label={l.urlLabel}
              data-testid="new-link-url"
              onFocus={(e) => e.currentTarget.select()}
            />
            <Button
              type="button"
              variant="outline"
              onClick={async () => {
                await navigator.clipboard.writeText(url);
                setCopied(true);
              }}
            >
              {copied ? l.copied : l.copy}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

export function RevokeLinkButton(props: { linkId: string; label: string; ariaLabel: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      size="sm"
      variant="outline"
      aria-label={props.ariaLabel}
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await revokeResponseLinkAction({ linkId: props.linkId });
          if (result.ok) router.refresh();
        })
      }
    >
      {props.label}
    </Button>
  );
}
