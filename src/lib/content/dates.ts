/**
 * Sort key for a partial date: a coarser date sorts before the finer dates it contains
 * ("2022-01" before "2022-01-15", "189X" before "1893"), which matches how a timeline reads.
 */
export function compareIsoDates(a: string, b: string): number {
  const key = (iso: string) => iso.replace(/X/g, '0');
  const [x, y] = [key(a), key(b)];
  return x < y ? -1 : x > y ? 1 : a.length - b.length;
}
