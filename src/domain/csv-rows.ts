/**
 * Reads CSV text into rows of cells with their line and column, as spreadsheets in Finland and Sweden write it:
 * semicolon-separated (a comma when the first line has no semicolon), UTF-8 with or without a BOM, CRLF or LF,
 * fields in double quotes with "" for a quote. Pure.
 *
 * @example readCsvRows('T1-M1;2024;kokkola;31,5') // [{ line: 1, cells: [{ text: "T1-M1", column: 1 }, …] }]
 */
export interface CsvCell {
  text: string;
  /** 1-based character column where the cell starts. */
  column: number;
}

export interface CsvRow {
  /** 1-based line number in the file. */
  line: number;
  cells: CsvCell[];
}

export function readCsvRows(text: string): CsvRow[] {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  const separator = firstLine.includes(";") ? ";" : ",";
  const rows: CsvRow[] = [];
  let line = 1;
  let i = 0;
  while (i <= body.length) {
    const cells: CsvCell[] = [];
    const rowLine = line;
    let lineStart = i;
    for (;;) {
      const column = i - lineStart + 1;
      let value = "";
      if (body[i] === '"') {
        i++;
        for (;;) {
          if (i >= body.length) break;
          if (body[i] === '"' && body[i + 1] === '"') {
            value += '"';
            i += 2;
          } else if (body[i] === '"') {
            i++;
            break;
          } else {
            if (body[i] === "\n") {
              line++;
              lineStart = i + 1;
            }
            value += body[i];
            i++;
          }
        }
        while (i < body.length && body[i] !== separator && body[i] !== "\n" && body[i] !== "\r") value += body[i++];
      } else {
        while (i < body.length && body[i] !== separator && body[i] !== "\n" && body[i] !== "\r") value += body[i++];
      }
      cells.push({ text: value.trim(), column });
      if (body[i] === separator) {
        i++;
        continue;
      }
      break;
    }
    if (body[i] === "\r") i++;
    if (body[i] === "\n") i++;
    else i = body.length + 1;
    if (cells.some((c) => c.text !== "")) rows.push({ line: rowLine, cells });
    line++;
  }
  return rows;
}
