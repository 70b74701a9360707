import { redirect } from "next/navigation";
import { navFor } from "@/components/layout/app-shell";
import { getCurrentUser } from "@/features/auth/session.server";

// Everyone lands on the first page their role may see.
export default async function Home() {
  const user = await getCurrentUser();
  if (!user) redirect("/inloggen");
  redirect(navFor(user)[0]?.href ?? "/geen-toegang");
}
