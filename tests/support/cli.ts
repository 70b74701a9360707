import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Runs `npm run cli -- …` as a subprocess against the test database; never throws. */
export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      "npx",
      ["tsx", "--conditions=react-server", "scripts/cli.ts", ...args],
      {
        env: { ...process.env, NODE_ENV: "development", LOG_LEVEL: "silent" },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
