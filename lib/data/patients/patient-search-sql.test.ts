import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { patientSearchCondition } from "./patient-search-sql";

const migration = readFileSync(new URL("../../../prisma/migrations/20261122085300_patient_search/migration.sql", import.meta.url), "utf8");
const normalise = (sql: string) => sql.replaceAll('"', "").replace(/\s+/g, " ").trim();

describe("patientSearchCondition", () => {
  it("searches the very expression the trigram index is built on", () => {
    const indexed = /USING GIN \(\s*(lower\([\s\S]*?\)\)) gin_trgm_ops/.exec(migration)?.[1];
    expect(indexed).toBeDefined();
    const searched = patientSearchCondition("kim").sql.replace(/^\(/, "").split(" LIKE ")[0] ?? "";
    expect(normalise(searched)).toBe(normalise(indexed ?? ""));
  });

  it("lower-cases the text and matches % _ and \\ literally", () => {
    expect(patientSearchCondition("Kim.Sato").values).toEqual(["%kim.sato%"]);
    expect(patientSearchCondition("50%_x\\").values).toEqual(["%50\\%\\_x\\\\%"]);
  });

  it("matches a whole login or patient ID under three characters, where trigrams cannot help", () => {
    const short = patientSearchCondition("42");
    expect(short.sql).toBe("(username = ? OR patient_id = ?)");
    expect(short.values).toEqual(["42", "42"]);
    expect(patientSearchCondition("AB").values).toEqual(["ab", "AB"]);
  });

  it("matches every word in any order, commas and spaces apart", () => {
    expect(patientSearchCondition("Garcia, Ana").values).toEqual(["%garcia%", "%ana%"]);
    expect(patientSearchCondition("ana  garcia").values).toEqual(["%ana%", "%garcia%"]);
    expect(patientSearchCondition("ana garcia").sql.split(" AND ")).toHaveLength(2);
  });

  it("matches everything for an empty search", () => {
    expect(patientSearchCondition("").sql).toBe("TRUE");
  });
});
