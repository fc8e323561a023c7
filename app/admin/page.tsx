import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/admin/require-admin";

/** /admin opens the patient list (non-staff are turned away first). */
export default async function AdminHomePage() {
  await requireAdmin();
  redirect("/admin/patients");
}
