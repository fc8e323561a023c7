import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireAdmin } from "@/lib/admin/require-admin";

/**
 * The admin shell. Its check is what makes a full page load of any admin URL answer HTTP 403 to
 * non-staff: the pages below stream behind loading.tsx boundaries, so a page's own
 * `forbidden()` would come after the 200 status was sent. Each page and action still checks
 * access itself (layouts do not re-render on every client navigation, and actions skip them).
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdmin();
  return (
    <div className="space-y-8">
      <AdminNav />
      {children}
    </div>
  );
}
