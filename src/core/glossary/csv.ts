/**
 * CSV as spreadsheets write it (RFC 4180): comma or semicolon separated, fields quoted with
 * double quotes, quotes doubled, line breaks allowed inside quoted fields. Rows keep their line
 * number for error messages.
 */
import type { Problem } from '../problems.ts';

export interface CsvRow {
  line: number;
  cells: string[];
}

export function parseCsv(text: string): { rows: CsvRow[]; error?: Problem } {
  const src = text.replace(/^\ufeff/, '');
  const firstLine = src.slice(0, src.indexOf('\n') >= 0 ? src.indexOf('\n') : src.length);
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (ch === '\n') line++;
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (ch === sep) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      i++;
      line++;
      rowLine = line;
    } else {
      cell += ch;
      i++;
    }
  }
  if (quoted) return { rows, error: { line: rowLine, code: 'unclosedQuote' } };
  cells.push(cell);
  if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
  return { rows };
}

/**
 * A cell that a spreadsheet would read as a formula gets a leading apostrophe (CSV injection,
 * as OWASP's "CSV Injection" advice puts it). A value that itself begins with an apostrophe gets
 * one too, so that reading the file back strips exactly the one that was added: « 'Mon
 * informateur » and « '=1 » come back as they were.
 */
function guard(value: string): string {
  return /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
}

export function unguard(value: string): string {
  return /^'[=+\-@\t\r']/.test(value) ? value.slice(1) : value;
}

export function formatCsv(rows: string[][]): string {
  return rows
    .map((row) =>
      row
        .map((v) => {
          const g = guard(v);
          return /[",;\r\n]/.test(g) ? `"${g.replace(/"/g, '""')}"` : g;
        })
        .join(','),
    )
    .join('\r\n')
    .concat('\r\n');
}
