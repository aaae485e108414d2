/**
 * What the `build` command reports about its spreadsheets: a row it could not use, a cell it left out, a member it
 * could not place on the map. Each names the file and the physical line where the row starts.
 */

/** A finding about a spreadsheet row or column. */
export interface SheetProblem {
  /** The file as it was named on the command line. */
  file: string;
  /** Physical line of the file on which the row starts; absent for findings about the whole file. */
  line?: number;
  /** True when the whole row was left out of the feed. */
  rowDropped: boolean;
  message: string;
}

/** Collects findings for one file. */
export class ProblemLog {
  readonly problems: SheetProblem[] = [];

  /** A row that could not be used: it is not in the feed. */
  rowDropped(file: string, line: number, message: string): void {
    this.problems.push({ file, line, rowDropped: true, message });
  }

  /** A cell left out or a gap the row still has (the row is in the feed). */
  note(file: string, line: number | undefined, message: string): void {
    this.problems.push(line === undefined ? { file, rowDropped: false, message } : { file, line, rowDropped: false, message });
  }
}

/** `members.csv:12: message`, the form editors and terminals link to the line. */
export function formatProblem(problem: SheetProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.rowDropped ? 'row not used: ' : ''}${problem.message}`;
}
