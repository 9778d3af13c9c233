import Passage from './Passage.astro';
import Place from './Place.astro';
import PullQuote from './PullQuote.astro';
import Section from './Section.astro';

/** The components an editor may use in an analysis's MDX, without importing them. */
export const mdxComponents = { Section, Passage, Place, PullQuote };
