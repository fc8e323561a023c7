"use client";

import { useMemo } from "react";
import { formatCsvRows } from "@/lib/common/csv/format-csv";
import type { PatientCsvError } from "@/lib/data/patients/parse-patient-csv";

/** Every problem as a CSV file (line, field, value, problem), made in the browser from the answer. */
export function ErrorsDownload({ fileName, errors }: { fileName: string; errors: PatientCsvError[] }) {
  const href = useMemo(() => {
    const csv = formatCsvRows([["line", "field", "value", "problem"], ...errors.map((e) => [String(e.line), e.field ?? "", e.value ?? "", e.message])]);
    return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csv}`)}`;
  }, [errors]);
  const base = fileName.replace(/\.csv$/i, "");
  return (
    <p>
      <a href={href} download={`${base}-problems.csv`} className="font-medium underline">
        Download all {errors.length.toLocaleString("en")} problems (CSV)
      </a>
    </p>
  );
}
