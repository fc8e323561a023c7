"use client";

import { useEffect } from "react";

/** Removes the one-time notice cookie once its message is on screen, so a reload does not repeat it. */
export function ClearNotice({ name }: { name: string }) {
  useEffect(() => {
    document.cookie = `${name}=; Path=/admin/patients; Max-Age=0; SameSite=Strict`;
  }, [name]);
  return null;
}
