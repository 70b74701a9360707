import type { ChannelDriver } from "./types";

/**
 * Keeps the message instead of sending it (no SMTP/Twilio configured: demo, tests). The outbox page
 * "Verzonden berichten" shows exactly what would have gone out.
 */
export function createLocalDriver(channel: string): ChannelDriver {
  return {
    name: `local-${channel.toLowerCase()}`,
    async send(message) {
      return { providerId: `local-${message.id}`, providerStatus: "kept-locally" };
    },
  };
}
