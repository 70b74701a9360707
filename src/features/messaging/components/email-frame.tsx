/**
 * Shows a rendered HTML e-mail. Sandboxed: no scripts, no same-origin access; links open in a new tab
 * (a <base target> is added), so they stay clickable without the e-mail touching our page.
 */
export function EmailFrame({ html, title }: { html: string; title: string }) {
  const srcDoc = html.includes("<head>")
    ? html.replace("<head>", '<head><base target="_blank">')
    : `<base target="_blank">${html}`;
  return (
    <iframe
      title={title}
      srcDoc={srcDoc}
      sandbox="allow-popups allow-popups-to-escape-sandbox"
      referrerPolicy="no-referrer"
      className="h-[560px] w-full rounded-md border bg-white"
    />
  );
}
