import pino from "pino";
import { env } from "@/lib/env";

export const logger = pino({
  level: env.NODE_ENV === "test" ? "silent" : env.LOG_LEVEL,
  // Secrets never reach the log, even if someone passes a whole object.
  redact: ["password", "passwordHash", "*.password", "*.passwordHash", "token", "*.token", "key", "*.key"],
});
