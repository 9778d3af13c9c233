/// <reference types="astro/client" />

declare namespace App {
  /** What the article page tells the MDX components while it renders one analysis. */
  interface Locals {
    /** Passages of the analysis, by id. */
    passages?: Map<string, import('./lib/content/passages').PassageOutline>;
    /** For each passage, the map elements of its events and borders. */
    mapTargets?: Map<string, import('./lib/sync/map-links').MapTarget[]>;
    /** What `<Place to>` may name: marker keys and border ids. */
    placeTargets?: Map<string, import('./lib/sync/map-links').MapTarget>;
    /** Event ids by passage id, in date order. */
    eventsByPassage?: Map<string, string[]>;
    /** Corrections by passage id, each with its number in the corrections list. */
    corrections?: Map<string, { correction: import('./schemas/analysis').Correction; number: number }[]>;
    /** The analysis's slug, for share links. */
    slug?: string;
    /** The analysis file, for error messages. */
    analysisFile?: string;
    /** The edition being rendered: its words, digits and calendar. */
    lang?: import('./lib/i18n/lang').Lang;
    /** For a translated edition: where it stands against the original. */
    translation?: import('./lib/load/loaded-analysis').Translation | undefined;
  }
}

declare namespace Astro {
  interface ClientDirectives {
    /** Wakes the island when the reader reaches for what the selector names (src/integrations/load-on-intent.ts). */
    'client:intent'?: string;
  }
}
