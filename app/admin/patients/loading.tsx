import { TableSkeleton } from "@/components/admin/table-skeleton";

export default function PatientsLoading() {
  return <TableSkeleton label="Loading patients…" />;
}
