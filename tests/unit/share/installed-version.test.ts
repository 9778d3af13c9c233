import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { installedVersion } from '../../../src/lib/share/installed-version';

const versionOnDisk = (dir: string) =>
  (JSON.parse(readFileSync(`node_modules/${dir}/package.json`, 'utf8')) as { version: string }).version;

describe('installedVersion', () => {
  test('reads the version a package is installed at, even where its export map hides package.json', () => {
    expect(installedVersion('d3-geo')).toBe(versionOnDisk('d3-geo'));
  });

  test('finds a package with no entry point of its own from one of its files', () => {
    expect(installedVersion('dejavu-fonts-ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf')).toBe(
      versionOnDisk('dejavu-fonts-ttf'),
    );
  });

  test('a package that is not installed stops the build instead of keying cards on nothing', () => {
    expect(() => installedVersion('no-such-package-borderlines')).toThrow();
  });
});
