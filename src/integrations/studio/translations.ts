import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { formatProblem, type ContentProblem } from '../../lib/content/errors';
import { replacePassageText } from '../../lib/content/editions/replace-passage';
import { countStandings, pairPassages, type PassagePair, type Standing } from '../../lib/content/editions/side-by-side';
import { stampEdition, unknownPassages } from '../../lib/content/editions/stamp';
import { ANALYSES_FOLDER, editionFolders } from '../../lib/content/paths';
import { TRANSLATIONS, type Edition } from '../../lib/i18n/editions';
import type { ApiAnswer, ApiRequest } from './routes';

/** A translated edition as the translators' page needs it: how to name it and how its text runs. */
export type EditionSummary = Pick<Edition, 'code' | 'name' | 'englishName' | 'htmlLang' | 'dir'>;

/** One edition of one analysis: its file and how many of its passages stand each way. */
export interface TranslationSummary {
  code: string;
  /** The edition's MDX, relative to the content root. */
  file: string;
  passages: number;
  counts: Record<Standing, number>;
}

/** What GET /studio/api/translations/ answers: every edition, and every analysis with the editions it has. */
export interface TranslationsList {
  editions: EditionSummary[];
  analyses: { slug: string; title: string; file: string; translations: TranslationSummary[] }[];
}

/** What GET /studio/api/translations/passages/ and both POSTs answer: one edition of one analysis, passage by passage. */
export interface TranslationPassages {
  slug: string;
  title: string;
  edition: EditionSummary;
  files: { original: string; edition: string };
  passages: PassagePair[];
  counts: Record<Standing, number>;
  /** The files a POST wrote, relative to the content root. */
  written?: string[];
}

type Answer = { status?: number; value: unknown };

const summary = ({ code, name, englishName, htmlLang, dir }: Edition): EditionSummary => ({
  code,
  name,
  englishName,
  htmlLang,
  dir,
});
const originalFile = (slug: string) => `${ANALYSES_FOLDER}/${slug}.mdx`;
const editionFile = (code: string, slug: string) => `${editionFolders(code).mdx}/${slug}.mdx`;
const refuse = (status: number, problem: ContentProblem): Answer => ({
  status,
  value: { error: formatProblem(problem) },
});

/** The slugs of the analyses under the content root, in order. */
const slugsIn = (root: string): string[] =>
  existsSync(join(root, ANALYSES_FOLDER))
    ? readdirSync(join(root, ANALYSES_FOLDER))
        .filter((name) => name.endsWith('.mdx') && !name.startsWith('.'))
        .map((name) => name.slice(0, -'.mdx'.length))
        .sort()
    : [];

/** The analysis's title, or its slug where its frontmatter cannot be read (the content check says why). */
function titleOf(text: string, slug: string): string {
  try {
    const title = (parseFrontmatter(text).frontmatter as { title?: unknown }).title;
    return typeof title === 'string' ? title : slug;
  } catch {
    return slug;
  }
}

/** Writes a file as an editor's save lands: whole, under a hidden name first, then renamed. */
function writeWhole(path: string, text: string) {
  const draft = join(dirname(path), `.${path.split('/').at(-1)}.studio`);
  writeFileSync(draft, text);
  renameSync(draft, path);
}

function listTranslations({ root }: ApiRequest): Answer {
  const analyses = slugsIn(root).map((slug) => {
    const original = readFileSync(join(root, originalFile(slug)), 'utf8');
    const translations = TRANSLATIONS.filter(({ code }) => existsSync(join(root, editionFile(code, slug)))).map(
      ({ code }): TranslationSummary => {
        const pairs = pairPassages(original, readFileSync(join(root, editionFile(code, slug)), 'utf8'));
        return { code, file: editionFile(code, slug), passages: pairs.length, counts: countStandings(pairs) };
      },
    );
    return { slug, title: titleOf(original, slug), file: originalFile(slug), translations };
  });
  return { value: { editions: TRANSLATIONS.map(summary), analyses } satisfies TranslationsList };
}

/** One edition of one analysis, read from disk; or the problem that names what is missing. */
type Piece = { edition: Edition; slug: string; original: string; text: string; files: TranslationPassages['files'] };
function pieceOf(root: string, code: unknown, slug: unknown): { piece: Piece } | { refused: Answer } {
  const edition = TRANSLATIONS.find((known) => known.code === code);
  const codes = TRANSLATIONS.map((known) => known.code).join(', ');
  if (!edition)
    return {
      refused: refuse(400, {
        file: editionFolders('<code>').mdx,
        field: 'code',
        value: code,
        fix: `name a translated edition: ${codes}`,
      }),
    };
  const slugs = slugsIn(root);
  if (typeof slug !== 'string' || !slugs.includes(slug))
    return {
      refused: refuse(404, {
        file: ANALYSES_FOLDER,
        field: 'slug',
        value: slug,
        fix: `name an analysis: ${slugs.join(', ')}`,
      }),
    };
  const files = { original: originalFile(slug), edition: editionFile(edition.code, slug) };
  if (!existsSync(join(root, files.edition)))
    return {
      refused: refuse(404, {
        file: files.edition,
        field: 'file',
        value: undefined,
        fix: `this analysis has no ${edition.englishName} edition yet; start one by copying ${files.original} there`,
      }),
    };
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  return { piece: { edition, slug, original: read(files.original), text: read(files.edition), files } };
}

/** The piece passage by passage, as every call about one edition of one analysis answers. */
function passagesOf(piece: Piece, written?: string[]): Answer {
  const passages = pairPassages(piece.original, piece.text);
  const value: TranslationPassages = {
    slug: piece.slug,
    title: titleOf(piece.original, piece.slug),
    edition: summary(piece.edition),
    files: piece.files,
    passages,
    counts: countStandings(passages),
    ...(written ? { written } : {}),
  };
  return { value };
}

/** The fields a POST must send, each a string; or the problem naming the first that is not. */
function fieldsOf<Name extends string>(path: string, body: unknown, names: readonly Name[]) {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const wrong = names.find((name) => typeof record[name] !== 'string');
  if (body === undefined || wrong !== undefined)
    return {
      refused: refuse(body === undefined ? 405 : 400, {
        file: path,
        field: `body.${wrong ?? names[0]}`,
        value: body === undefined ? undefined : record[wrong!],
        fix: `POST a JSON object with the strings ${names.join(', ')}`,
      }),
    };
  return { fields: record as Record<Name, string> & Record<string, unknown> };
}

const CAUGHT_UP = '/studio/api/translations/caught-up/';
const TEXT = '/studio/api/translations/text/';

/** Marks one passage as following the original as it stands: what `npm run translated -- <code> <slug> <id>` does. */
function markCaughtUp({ root, body }: ApiRequest): Answer {
  const sent = fieldsOf(CAUGHT_UP, body, ['code', 'slug', 'passage']);
  if ('refused' in sent) return sent.refused;
  const found = pieceOf(root, sent.fields.code, sent.fields.slug);
  if ('refused' in found) return found.refused;
  const { piece } = found;
  const id = sent.fields.passage;
  if (unknownPassages(piece.original, [id]).length > 0)
    return refuse(404, {
      file: piece.files.original,
      field: '<Passage id>',
      value: id,
      fix: 'name a passage of the original',
    });
  const stamped = stampEdition(piece.original, piece.text, [id]);
  if (stamped.stamped === 0)
    return refuse(409, {
      file: piece.files.edition,
      field: '<Passage id>',
      value: id,
      fix: 'the edition has no passage with this id; translate it there first',
    });
  writeWhole(join(root, piece.files.edition), stamped.text);
  return passagesOf({ ...piece, text: stamped.text }, [piece.files.edition]);
}

/**
 * Replaces one passage's translated text, and nothing else of the file. When the page sends the
 * text it showed (`was`), a passage changed on disk since is refused rather than overwritten.
 */
function saveText({ root, body }: ApiRequest): Answer {
  const sent = fieldsOf(TEXT, body, ['code', 'slug', 'passage', 'text']);
  if ('refused' in sent) return sent.refused;
  const found = pieceOf(root, sent.fields.code, sent.fields.slug);
  if ('refused' in found) return found.refused;
  const { piece } = found;
  const { passage: id, text, was } = sent.fields;
  const now = pairPassages(piece.original, piece.text).find((pair) => pair.id === id)?.translation;
  if (typeof was === 'string' && now !== undefined && now !== was.trim())
    return refuse(409, {
      file: piece.files.edition,
      field: `<Passage id="${id}">`,
      value: now,
      fix: 'the passage changed in the file since the page showed it; reload the page, then edit it again',
    });
  const replaced = replacePassageText(piece.files.edition, piece.text, id, text);
  if (replaced.problem) return refuse(400, replaced.problem);
  writeWhole(join(root, piece.files.edition), replaced.text);
  return passagesOf({ ...piece, text: replaced.text }, [piece.files.edition]);
}

/** The translators' page's calls (src/studio/translate/): what they read, and the two things they write. */
export const translationsApi: Record<string, ApiAnswer> = {
  '/studio/api/translations/': listTranslations,
  '/studio/api/translations/passages/': ({ root, url }) => {
    const found = pieceOf(root, url.searchParams.get('code'), url.searchParams.get('slug'));
    return 'refused' in found ? found.refused : passagesOf(found.piece);
  },
  [CAUGHT_UP]: markCaughtUp,
  [TEXT]: saveText,
};
