import { TableSkeleton } from "@/components/admin/table-skeleton";

export default function AuditLoading() {
  return <TableSkeleton label="Loading the audit log…" />;
}
