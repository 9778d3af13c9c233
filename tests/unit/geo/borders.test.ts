import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { WorldTopology } from '../../../src/lib/geo/atlas';
import { extractBorder } from '../../../src/lib/geo/borders';

// Three unit squares: Afghanistan at the origin, Pakistan to its east, Iran to its north.
const squares = JSON.parse(readFileSync('tests/fixtures/three-squares.topo.json', 'utf8')) as WorldTopology;

describe('extractBorder', () => {
  test('is exactly the arc two countries share, whatever order they are named in the topology', () => {
    expect(extractBorder(squares, 'AFG-PAK').coordinates).toEqual([
      [
        [1, 0],
        [1, 1],
      ],
    ]);
    expect(extractBorder(squares, 'AFG-IRN').coordinates).toEqual([
      [
        [1, 1],
        [0, 1],
      ],
    ]);
  });

  test('countries that only touch at a corner share no border, and saying so stops the build', () => {
    expect(() => extractBorder(squares, 'IRN-PAK')).toThrow('IRN and PAK share no boundary in Natural Earth');
  });

  test('a coastline is never a border', () => {
    const all = ['AFG-PAK', 'AFG-IRN'].flatMap((id) => extractBorder(squares, id).coordinates.flat());
    expect(all).not.toContainEqual([0, 0]);
    expect(all).not.toContainEqual([2, 0]);
  });
});
