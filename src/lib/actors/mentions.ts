import { analysisPath, passagePath } from '../anchors';
import type { LoadedAnalysis } from '../load/loaded-analysis';
import type { LinkedEvent } from '../content/link-events';
import { passageOpenings } from './passage-text';

/**
 * Each analysis's passage openings, worked out once: every actor's and every relation's page reads
 * them (at 1,000 analyses, found afresh for each page, they cost the build nine seconds).
 */
const openings = new WeakMap<LoadedAnalysis, Map<string, string>>();
function openingsOf(analysis: LoadedAnalysis): Map<string, string> {
  let found = openings.get(analysis);
  if (!found) openings.set(analysis, (found = passageOpenings(analysis.source.body ?? '')));
  return found;
}

/** An event as the pages that span analyses list it: with its analysis and the address of its passage. */
export interface SiteEvent {
  event: LinkedEvent;
  slug: string;
  analysisTitle: string;
  /** `/analyses/<slug>/#<event id>`, which opens the event's passage. */
  href: string;
}

/** A section of one analysis that is about an actor (or a pair), with the passages in it that are. */
export interface SectionMention {
  id: string;
  title: string;
  href: string;
  passages: { id: string; href: string; opening: string }[];
}

/** One analysis's sections about an actor (or a pair). */
export interface AnalysisMentions {
  slug: string;
  title: string;
  published: Date;
  href: string;
  sections: SectionMention[];
}

const RANK = { dated: 0, undated: 1, ahead: 2 } as const;

/**
 * Events of several analyses in one order: by date (a month before any day in it, as each
 * analysis's own timeline orders them), then the undated, then claims about the future; events of
 * the same date keep their analysis's order, older analyses first.
 */
export function compareSiteEvents(a: SiteEvent, b: SiteEvent, published: Map<string, number>): number {
  const [ta, tb] = [a.event.time, b.event.time];
  return (
    RANK[ta.group] - RANK[tb.group] ||
    (ta.iso ?? '').localeCompare(tb.iso ?? '') ||
    published.get(a.slug)! - published.get(b.slug)! ||
    a.event.sourceIndex - b.event.sourceIndex
  );
}

/** Every event of these analyses that `keep` accepts, in date order across them. */
export function siteEvents(analyses: LoadedAnalysis[], keep: (event: LinkedEvent) => boolean): SiteEvent[] {
  const published = new Map(analyses.map((a) => [a.slug, a.entry.data.published.getTime()]));
  return analyses
    .flatMap((analysis) =>
      analysis.events.filter(keep).map((event) => ({
        event,
        slug: analysis.slug,
        analysisTitle: analysis.entry.data.title,
        href: passagePath(analysis.slug, event.id, analysis.lang.prefix),
      })),
    )
    .sort((a, b) => compareSiteEvents(a, b, published));
}

/**
 * The sections and passages of each analysis whose entities `about` accepts, the analyses oldest
 * first: a section is listed when it, or a passage in it, is about them.
 */
export function analysisMentions(
  analyses: LoadedAnalysis[],
  about: (entities: string[]) => boolean,
): AnalysisMentions[] {
  return analyses
    .map((analysis) => {
      const { slug, lang, outline } = analysis;
      const openings = openingsOf(analysis);
      const sections = outline.sections.flatMap((section): SectionMention[] => {
        const passages = outline.passages
          .filter((passage) => passage.section === section.id && about(passage.entities))
          .map((passage) => ({
            id: passage.id,
            href: passagePath(slug, passage.id, lang.prefix),
            opening: openings.get(passage.id) ?? '',
          }));
        if (!about(section.entities) && passages.length === 0) return [];
        return [{ id: section.id, title: section.title, href: passagePath(slug, section.id, lang.prefix), passages }];
      });
      return {
        slug,
        title: analysis.entry.data.title,
        published: analysis.entry.data.published,
        href: analysisPath(slug, lang.prefix),
        sections,
      };
    })
    .filter((mentions) => mentions.sections.length > 0)
    .sort((a, b) => a.published.getTime() - b.published.getTime());
}
