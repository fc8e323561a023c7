import { describe, expect, it } from "vitest";
import { formatCsvRows } from "@/lib/common/csv/format-csv";
import { parsePatientCsv, readPatientCsv } from "./parse-patient-csv";

describe("parsePatientCsv", () => {
  it("reads rows with or without a header, normalising like the form", async () => {
    const withHeader = await parsePatientCsv("\uFEFFusername,patientId,displayName\r\nKim.Sato@Example.com, 6789 ,Kim Sato\r\njessie.smith@example.com,1235\r\n");
    expect(withHeader.errors).toEqual([]);
    expect(withHeader.rows).toEqual([
      { line: 2, patient: { username: "kim.sato@example.com", patientId: "6789", displayName: "Kim Sato" } },
      { line: 3, patient: { username: "jessie.smith@example.com", patientId: "1235", displayName: null } },
    ]);
    expect((await parsePatientCsv("kim.sato@example.com,6789")).rows).toHaveLength(1);
  });

  it("reads quoted names with commas and quotes", async () => {
    const { rows } = await parsePatientCsv('a@example.com,1,"Sato, Kim ""K"""');
    expect(rows[0]?.patient.displayName).toBe('Sato, Kim "K"');
  });

  it("reports invalid values, wrong column counts and CSV syntax by line", async () => {
    const { rows, errors } = await parsePatientCsv(
      ["username,patientId", "not-a-login,1", "b@example.com", "c@example.com,3,name,extra", 'd@example.com,"4', ""].join("\n"),
    );
    expect(rows).toEqual([]);
    expect(errors.map((error) => error.line)).toEqual([2, 3, 4, 5]);
    expect(errors[0]?.message).toMatch(/^username: An Okta login looks like an email address/);
    expect(errors[1]?.message).toMatch(/found 1/);
    expect(errors[2]?.message).toMatch(/found 4/);
    expect(errors[3]?.message).toMatch(/closing quote/);
  });

  it("reports a login or patient ID repeated within the file on the later line", async () => {
    const { rows, errors } = await parsePatientCsv("a@example.com,1\nA@example.com,2\nb@example.com,1\nc@example.com,3\n");
    expect(rows.map((row) => row.line)).toEqual([1, 4]);
    expect(errors).toEqual([
      { line: 2, field: "username", value: "A@example.com", message: "username: a@example.com is already on line 1." },
      { line: 3, field: "patientId", value: "1", message: "patientId: 1 is already on line 1." },
    ]);
  });

  it("names the field, the value as written and the character a login cannot hold", async () => {
    const { errors } = await parsePatientCsv("ben.müller.5@example.org,5\nok@example.com,\n");
    expect(errors[0]).toMatchObject({ line: 1, field: "username", value: "ben.müller.5@example.org" });
    expect(errors[0]?.message).toMatch(/“ü”/);
    expect(errors[1]).toMatchObject({ line: 2, field: "patientId", value: "" });
  });

  it("imports an exported file back unchanged, formula-looking cells included", async () => {
    const exported = formatCsvRows([
      ["username", "patientId", "displayName"],
      ["a@example.com", "-42", "=not a formula"],
    ]);
    expect((await parsePatientCsv(`\uFEFF${exported}`)).rows[0]?.patient).toEqual({
      username: "a@example.com",
      patientId: "-42",
      displayName: "=not a formula",
    });
  });

  it("skips blank lines and counts them in line numbers", async () => {
    const { rows } = await parsePatientCsv("\n\na@example.com,1\n\n");
    expect(rows).toEqual([{ line: 3, patient: { username: "a@example.com", patientId: "1", displayName: null } }]);
  });
});

describe("readPatientCsv", () => {
  const file = (rows: number) =>
    ["username,patientId,displayName", ...Array.from({ length: rows }, (_, i) => `p${i}@example.com,P-${i},"Name, ${i}"`), "bad,row,x,y"].join("\n");

  it("lets other work run while it reads a large file", async () => {
    let ranMeanwhile = 0;
    const ticker = setInterval(() => ranMeanwhile++, 0);
    const reading = readPatientCsv(file(5_000)).then((result) => ({ result, ranMeanwhile }));
    const { result, ranMeanwhile: ticks } = await reading;
    clearInterval(ticker);
    expect(result.rows).toHaveLength(5_000);
    // The reader pauses between 32 KB chunks: timers get their turn between them.
    expect(ticks).toBeGreaterThan(5);
  });
});
