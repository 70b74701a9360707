import { Fragment } from "react";

const URL_PART = /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)])/g;

interface Part {
  at: number;
  text: string;
  link: boolean;
}

function split(text: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  text.split(URL_PART).forEach((piece, i) => {
    parts.push({ at, text: piece, link: i % 2 === 1 });
    at += piece.length;
  });
  return parts;
}

/** Plain message text with its http(s) links clickable; everything else stays text (React escapes it). */
export function LinkedText({ text }: { text: string }) {
  return (
    <p className="whitespace-pre-wrap break-words text-sm">
      {split(text).map((part) =>
        part.link ? (
          <a
            key={part.at}
            href={part.text}
            target="_blank"
            rel="noreferrer noopener"
            className="text-primary underline"
          >
            {part.text}
          </a>
        ) : (
          <Fragment key={part.at}>{part.text}</Fragment>
        ),
      )}
    </p>
  );
}
