/**
 * Text that is not CSV at all, told apart before it is parsed as CSV, so the admin hears
 * what the file is rather than "unknown columns": PowerShell's on-screen table or list
 * (what `| Out-File` and `> file.txt` save), JSON, HTML or XML.
 */
import { PROBLEMS } from './messages';
import type { EvidenceProblem } from './types';

function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim() !== '') lines.push(line);
    start = end + 1;
  }
  return lines;
}

/** Format-Table: a header line, then a line of dashes under each column. */
function isFormattedTable(lines: readonly string[]): boolean {
  return lines.length >= 2 && /^[\s-]*-{2,}[\s-]*$/.test(lines[1]) && !/[",;\t]/.test(lines[0]);
}

/** Format-List: "Name : value" lines. */
function isFormattedList(lines: readonly string[]): boolean {
  const list = /^[A-Za-z][\w.]*\s*:\s/;
  return lines.length >= 3 && lines.slice(0, 3).every((line) => list.test(line));
}

/** Why this text is not a CSV export, if it plainly is not one. */
export function notCsv(text: string): EvidenceProblem | undefined {
  const lines = firstLines(text, 5);
  if (lines.length === 0) return undefined;
  const first = lines[0].trimStart();
  if (first.startsWith('{') || first.startsWith('[')) return PROBLEMS.otherText('JSON');
  if (first.startsWith('<')) return PROBLEMS.otherText('HTML or XML');
  if (isFormattedTable(lines) || isFormattedList(lines)) return PROBLEMS.formattedTable();
  return undefined;
}
