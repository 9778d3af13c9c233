/** The one form of every content problem: file, optional line and column, where, what was found, the fix. */
export const PROBLEM_LINE =
  /^(?<file>[^:\n]+)(?::(?<line>\d+):(?<column>\d+))?: (?<where>[^\n]+?): found (?<found>[^\n]+?); (?<fix>[^\n]+)$/;
