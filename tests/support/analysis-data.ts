import { readdirSync, readFileSync } from 'node:fs';

/** The analyses as the editors wrote them, read straight from the files the site is built from. */
export interface SourceAnalysis {
  slug: string;
  title: string;
  paragraphs: string[];
  events: {
    id: string;
    passage: string;
    title: string;
    date: { iso?: string; relative?: string; after?: string; label: string };
    place: { name: string; coordinates?: [number, number]; border?: string; country?: string } | null;
    hedge?: string | string[];
    attribution?: string;
  }[];
}

/** Paragraph text of an MDX body, with block tags skipped and inline tags and emphasis removed. */
export function readParagraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !block.startsWith('<') && !block.startsWith('---'))
    .map((block) =>
      block
        .replace(/<\/?[A-Z][^>]*>/g, '')
        .replace(/\*\*?([^*]+)\*\*?/g, '$1')
        .replace(/\s+/g, ' '),
    );
}

export function readAnalyses(): SourceAnalysis[] {
  return readdirSync('content/analyses')
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const slug = file.replace(/\.mdx$/, '');
      const source = readFileSync(`content/analyses/${file}`, 'utf8');
      const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
      const title = /^title:\s*"?(.*?)"?$/m.exec(frontmatter)?.[1] ?? '';
      const { events } = JSON.parse(readFileSync(`data/events/${slug}.json`, 'utf8'));
      return { slug, title, paragraphs: readParagraphs(body), events };
    });
}
