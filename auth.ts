// Auth.js's entry points where Next.js conventions look for them (proxy.ts, the auth route).
// The setup itself, the only code that touches next-auth, is lib/sign-in/next-auth.ts.
export { auth, handlers } from "@/lib/sign-in/next-auth";
