import "./load-env";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { Command } from "commander";

// `npm run cli -- <command>`: operations from the shell. Each file in scripts/commands/ registers its
// commands, so a feature adds a command without touching this file.
const program = new Command("stornodesk").description("Stornodesk operations");

const dir = path.join(import.meta.dirname, "commands");
for (const file of (await readdir(dir)).filter((f) => f.endsWith(".ts")).sort()) {
  const mod = (await import(path.join(dir, file))) as { register: (program: Command) => void };
  mod.register(program);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
// Exit explicitly: open handles (database pools, the embedded server's child) must not keep the CLI alive,
// and some libraries reset process.exitCode on their way out.
process.exit(process.exitCode ?? 0);
