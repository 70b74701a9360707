import type { Metadata } from "next";

// A static page under /r, served by the same server: the benchmark's yardstick for /r/<token>.
export const dynamic = "force-static";
export const metadata: Metadata = { title: "Stornodesk", robots: { index: false, follow: false } };

export default function StaticCheckPage() {
  return (
    <main className="mx-auto max-w-xl p-4">
      <h1 className="text-xl font-semibold">Stornodesk</h1>
    </main>
  );
}
