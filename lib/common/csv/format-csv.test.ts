import { describe, expect, it } from "vitest";
import { escapeCsvCell, formatCsvRows, unescapeCsvCell } from "./format-csv";
import { parseCsv } from "./parse-csv";

describe("escapeCsvCell", () => {
  it.each(["=1+2", "+1", "-1", "@SUM(A1)", "\t=cmd", "\r=cmd", '=HYPERLINK("http://x")'])(
    "defuses %j so a spreadsheet shows it as text",
    async (value) => {
      const cell = escapeCsvCell(value);
      expect(cell.startsWith(`"'`)).toBe(true);
      // The reader takes any line ending as LF, inside quotes too.
      expect((await parseCsv(cell)).records[0]?.fields).toEqual([`'${value.replace(/\r/g, "\n")}`]);
    },
  );

  it("quotes commas, quotes, line breaks and edge spaces, and leaves plain text alone", () => {
    expect(escapeCsvCell("kim.sato@example.com")).toBe("kim.sato@example.com");
    expect(escapeCsvCell("Sato, Kim")).toBe('"Sato, Kim"');
    expect(escapeCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(escapeCsvCell("two\nlines")).toBe('"two\nlines"');
    expect(escapeCsvCell(" padded ")).toBe('" padded "');
    expect(escapeCsvCell("a-b=c")).toBe("a-b=c");
  });

  it("writes null and undefined as empty cells", () => {
    expect(escapeCsvCell(null)).toBe("");
    expect(escapeCsvCell(undefined)).toBe("");
  });
});

describe("formatCsvRows", () => {
  it("writes CRLF-terminated rows that parse back to the same values", async () => {
    const rows = [
      ["username", "patientId", "displayName"],
      ["kim.sato@example.com", "6789", 'Kim "K" Sato, MD'],
      ["jessie.smith@example.com", "1235", null],
    ];
    const csv = formatCsvRows(rows);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect((await parseCsv(csv)).records.map((record) => record.fields)).toEqual(rows.map((row) => row.map((cell) => cell ?? "")));
  });
});

describe("unescapeCsvCell", () => {
  it("restores a defused value and leaves every other value alone", async () => {
    for (const value of ["=1+2", "+1", "-1", "@x", "\t=cmd"]) {
      const [cell] = (await parseCsv(escapeCsvCell(value))).records[0]?.fields ?? [];
      expect(unescapeCsvCell(cell ?? "")).toBe(value);
    }
    expect(unescapeCsvCell("'quoted'")).toBe("'quoted'");
    expect(unescapeCsvCell("O'Brien")).toBe("O'Brien");
    expect(unescapeCsvCell("kim@example.com")).toBe("kim@example.com");
  });
});
