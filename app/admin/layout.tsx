import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { getAdminAccess } from "@/lib/admin/require-admin";

/**
 * The admin shell. It only decides whether to show the section navigation: the 403 page renders
 * inside it for non-staff, and each page and action still checks access itself (layouts do not
 * re-render on every navigation, so they are no place for an access check).
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const access = await getAdminAccess();
  return (
    <div className="space-y-8">
      {access.status === "admin" && <AdminNav />}
      {children}
    </div>
  );
}
