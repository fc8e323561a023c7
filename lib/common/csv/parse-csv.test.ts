import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse-csv";

const fieldsOf = async (text: string) => (await parseCsv(text)).records.map((record) => record.fields);

describe("parseCsv", () => {
  it("splits plain records on commas and line breaks", async () => {
    expect(await fieldsOf("a,b,c\nd,e,f\n")).toEqual([
      ["a", "b", "c"],
      ["d", "e", "f"],
    ]);
  });

  it("reads quoted fields with commas, escaped quotes and line breaks", async () => {
    const { records, errors } = await parseCsv('"Sato, Kim","say ""hi""","two\r\nlines"\r\nnext,row\r\n');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ["Sato, Kim", 'say "hi"', "two\nlines"] },
      { line: 3, fields: ["next", "row"] },
    ]);
  });

  it("strips a UTF-8 byte order mark", async () => {
    expect(await fieldsOf("\uFEFFusername,patientId\r\n")).toEqual([["username", "patientId"]]);
  });

  it("accepts CRLF, LF and bare CR endings and numbers lines as an editor does", async () => {
    const { records } = await parseCsv("a\r\nb\nc\rd");
    expect(records.map((record) => [record.line, record.fields[0]])).toEqual([
      [1, "a"],
      [2, "b"],
      [3, "c"],
      [4, "d"],
    ]);
  });

  it("skips empty and blank lines but keeps counting them", async () => {
    const { records } = await parseCsv("\r\na,1\r\n\r\n   \r\nb,2\r\n\r\n");
    expect(records).toEqual([
      { line: 2, fields: ["a", "1"] },
      { line: 5, fields: ["b", "2"] },
    ]);
  });

  it("keeps empty fields, including a trailing one", async () => {
    expect(await fieldsOf("a,,c\na,b,\n")).toEqual([
      ["a", "", "c"],
      ["a", "b", ""],
    ]);
    expect(await fieldsOf('"",x')).toEqual([["", "x"]]);
  });

  it("reports a stray quote and text after a closing quote by line, and carries on", async () => {
    const { records, errors } = await parseCsv('ok,1\nbad"quote,2\n"closed"x,3\nfine,4');
    expect(errors.map((error) => error.line)).toEqual([2, 3]);
    expect(errors[0]?.message).toMatch(/quote inside an unquoted field/);
    expect(errors[1]?.message).toMatch(/after a closing quote/);
    expect(records.map((record) => record.line)).toEqual([1, 4]);
  });

  it("reports an unclosed quote on the line where the field starts", async () => {
    const { records, errors } = await parseCsv('a,1\n"never closed,2\nb,3\n');
    expect(records).toEqual([{ line: 1, fields: ["a", "1"] }]);
    expect(errors).toEqual([{ line: 2, message: expect.stringMatching(/closing quote is missing/) }]);
  });

  it("returns nothing for an empty file", async () => {
    expect(await parseCsv("")).toEqual({ records: [], errors: [] });
    expect(await parseCsv("\uFEFF")).toEqual({ records: [], errors: [] });
  });

  it("reads past malformed records in a file of many chunks, numbering every line", async () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => (i % 1_000 === 500 ? `bad"quote,${i}` : `row${i},${i}`));
    const { records, errors } = await parseCsv(lines.join("\r\n"));
    expect(errors.map((error) => error.line)).toEqual([501, 1501, 2501, 3501, 4501]);
    expect(records).toHaveLength(4_995);
    expect(records.at(-1)).toEqual({ line: 5_000, fields: ["row4999", "4999"] });
    expect(records.find((record) => record.line === 502)?.fields).toEqual(["row501", "501"]);
  });
});
