import type { WorldTopology } from '../../geo/atlas';
import { checkEditions, type CheckedEditions } from '../editions/check-editions';
import { checkContent, type CheckedAnalysis } from './check-content';
import type { SourceFile } from './read-sources';

/** Everything the site is built from, checked: the originals, then their translated editions. */
export interface CheckedSite extends CheckedEditions {
  checked: CheckedAnalysis[];
}

/** Checks the originals and the editions that translate them; edition files are told apart by folder. */
export function checkSite(root: string, files: SourceFile[], topology: WorldTopology): CheckedSite {
  const isEdition = (file: SourceFile) => /\/editions\//.test(`/${file.path}`);
  const originals = checkContent(
    root,
    files.filter((file) => !isEdition(file)),
    topology,
  );
  const editions = checkEditions(root, files, originals.checked);
  return { ...editions, problems: [...originals.problems, ...editions.problems], checked: originals.checked };
}
