import "server-only";
import { db } from "@/lib/db/client";

export async function listWorkflowRules() {
  return db.workflowRule.findMany({ orderBy: [{ trigger: "asc" }, { position: "asc" }] });
}
