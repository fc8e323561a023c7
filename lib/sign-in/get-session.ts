import "server-only";
import { cache } from "react";
import { auth } from "./next-auth";

/** The signed-in user's session, read once per request however many components ask. */
export const getSession = cache(() => auth());
