import { type ContentProblem } from '../content/errors';
import { positionAt } from '../content/position';
import { closest } from './closest';

const PLACE_TAG = /<Place\b([^>]*)>/g;
const TO = /\bto\s*=\s*"([^"]*)"/;

/** The problem of a `<Place to>` the map has no marker or border for, with the names it has. */
export function unknownPlace(
  file: string,
  to: string | undefined,
  names: readonly string[],
  at?: ContentProblem['at'],
): ContentProblem {
  const guess = to === undefined ? undefined : closest(to, names);
  return {
    file,
    at,
    field: '<Place to>',
    value: to,
    fix: `${guess ? `did you mean "${guess}"? ` : ''}the map has a marker or border by each of these names: ${names.join(', ')}`,
  };
}

/** Every `<Place>` in an analysis's body whose `to` names nothing on its map, each with its line. */
export function checkPlaceTags(body: string, file: string, names: readonly string[]): ContentProblem[] {
  return [...body.matchAll(PLACE_TAG)].flatMap((match) => {
    const to = TO.exec(match[1] ?? '')?.[1];
    return to !== undefined && names.includes(to) ? [] : [unknownPlace(file, to, names, positionAt(body, match.index))];
  });
}
