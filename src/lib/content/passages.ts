import { ContentError } from './errors';
import { positionsIn } from './position';
import { isAnchorId, isReservedId, toAnchorId } from './slug';

/** A part of an analysis, tagged by entity. */
export interface SectionOutline {
  id: string;
  title: string;
  entities: string[];
}

/** A paragraph with a stable id that events and borders point to. */
export interface PassageOutline {
  id: string;
  /** The passage's own entities, or else its section's. */
  entities: string[];
  /** Id of the section the passage sits in. */
  section: string;
}

export interface Outline {
  sections: SectionOutline[];
  passages: PassageOutline[];
}

const TAG = /<(\/?)(Section|Passage)\b([^>]*)>/g;
const ATTRIBUTE = /([A-Za-z]+)\s*=\s*"([^"]*)"/g;

function readAttributes(source: string): Map<string, string> {
  return new Map([...source.matchAll(ATTRIBUTE)].map(([, name, value]) => [name!, value!]));
}

const splitEntities = (list: string | undefined) => (list ?? '').split(/\s+/).filter(Boolean);

type At = { line: number; column: number };

function requireId(attributes: Map<string, string>, tag: string, file: string, at: At): string {
  const id = attributes.get('id');
  if (id === undefined) {
    throw new ContentError({
      file,
      at,
      field: `<${tag} id>`,
      value: undefined,
      fix: `give every <${tag}> an id such as id="iran"`,
    });
  }
  if (!isAnchorId(id) || isReservedId(id)) {
    const fix = isReservedId(id)
      ? `the page uses this id itself; choose another`
      : `ids are lowercase words joined by hyphens; write id="${toAnchorId(id) || 'a-readable-name'}"`;
    throw new ContentError({ file, at, field: `<${tag} id>`, value: id, fix });
  }
  return id;
}

/**
 * Reads the sections and passages of an analysis from its MDX source (the body with the
 * frontmatter's lines left blank, so that problems name the file's own lines). This is the map of
 * anchors that events are checked against before anything renders; the components render
 * the same tags, so the two cannot drift apart.
 */
export function readOutline(source: string, file: string): Outline {
  const sections: SectionOutline[] = [];
  const passages: PassageOutline[] = [];
  const seen = new Map<string, { tag: string; at: At }>();
  let open: SectionOutline | undefined;

  const claim = (id: string, tag: string, at: At) => {
    const earlier = seen.get(id);
    if (earlier) {
      throw new ContentError({
        file,
        at,
        field: `<${tag} id>`,
        value: id,
        fix: `the <${earlier.tag}> on line ${earlier.at.line} has this id already; ids must be unique in an analysis`,
      });
    }
    seen.set(id, { tag, at });
  };

  const positionAt = positionsIn(source);
  for (const match of source.matchAll(TAG)) {
    const [, closing, tag, rest] = match;
    const at = positionAt(match.index);
    if (tag === 'Section' && closing) {
      open = undefined;
      continue;
    }
    if (closing) continue;
    const attributes = readAttributes(rest ?? '');
    const id = requireId(attributes, tag!, file, at);
    claim(id, tag!, at);
    if (tag === 'Section') {
      const entities = splitEntities(attributes.get('entities'));
      if (entities.length === 0) {
        throw new ContentError({
          file,
          at,
          field: `<Section id="${id}"> entities`,
          value: attributes.get('entities'),
          fix: 'tag the section with the entities it is about, e.g. entities="iran"',
        });
      }
      open = { id, title: attributes.get('title') ?? '', entities };
      sections.push(open);
    } else {
      if (!open) {
        throw new ContentError({
          file,
          at,
          field: `<Passage id="${id}">`,
          value: id,
          fix: 'put every <Passage> inside a <Section>',
        });
      }
      const own = splitEntities(attributes.get('entities'));
      passages.push({ id, entities: own.length > 0 ? own : open.entities, section: open.id });
    }
  }
  return { sections, passages };
}
