import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import type { Role } from "./roles";
import { verifyCredentials } from "./sign-in.server";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string; role: Role };
  }
  interface User {
    role: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: Role;
  }
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_HOURS * 3600 },
  pages: { signIn: "/inloggen", error: "/inloggen" },
  providers: [
    CredentialsProvider({
      name: "E-mail",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const result = await verifyCredentials(credentials);
        if (result.ok) return { ...result.user };
        // next-auth passes the message on as ?error=… to the sign-in page.
        throw new Error(result.reason === "THROTTLED" ? `THROTTLED:${result.retryAfterSeconds}` : "INVALID");
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.uid, email: token.email ?? "", name: token.name ?? "", role: token.role };
      return session;
    },
  },
};
