/**
 * Every word the site itself says, in English: the model each edition's dictionary follows key
 * for key (fa.ts, ps.ts). Phrases with parts are functions, so each language orders its own
 * words; numbers and dates arrive already written in the edition's digits. The words the page's
 * script says (`sync`) travel to the browser, so they are templates with {named} slots instead.
 */

import { listInSentence } from '../list.ts';

/**
 * What search says. The panel's script is fetched only when a reader opens search and is built
 * with these words alone from each dictionary (hence their own export; `search` below is the same
 * object), so they stay functions.
 */

/** Between the parts of a line (byline, date, links): see `punctuation.separator`. */
const SEPARATOR = ' · ';

export const enSearch = {
  /** The masthead's link to search (without script, to the index of actors). */
  open: 'Search',
  /** The search panel's name, and its field's label. */
  label: 'Search the analyses',
  close: 'Close',
  /** How many pages matched (an analysis once, however many of its passages), said as the results appear. */
  results: (count: number, written: string) => (count === 1 ? 'One result' : `${written} results`),
  none: (query: string) => `Nothing found for “${query}”`,
  /** Adds the next results to the list. */
  more: 'More results',
  /** When the search files could not be loaded (offline, say). */
  unavailable: 'Search is not available just now. Please try again later.',
  /** Between a passage's section and its analysis in a result's title: the edition's separator. */
  separator: SEPARATOR,
};

export const en = {
  punctuation: {
    /** A comma and the space after it. */
    comma: ', ',
    /** Between the parts of a line (byline, date, links); in Dari and Pashto not a middle dot,
     which beside their digits reads as a zero. */
    separator: SEPARATOR,
  },
  site: {
    /** The masthead, page titles, the feed: in Dari and Pashto written in their own letters. */
    name: 'Borderlines',
    tagline: 'Analysis beside the map',
    description: 'Analyses of borders and neighbours, read beside an interactive map.',
    footer:
      'Borderlines publishes analysis of borders and the relations across them. Map data: Natural Earth (public domain).',
    skip: 'Skip to content',
    darkMode: 'Dark mode',
    /** The language switch's name, for screen readers. */
    languages: 'Read in another language',
    homeHeading: 'Analyses',
    homeList: 'Published analyses',
    notFound: 'Page not found',
    notFoundText: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    notFoundDescription: 'This page does not exist on Borderlines.',
    backHome: 'See all analyses',
  },
  article: {
    published: 'Published',
    updated: 'Last updated',
    /** The header's link to the log: each kind of entry counted, e.g. "16 corrections, 9 clarifications". */
    log: (counted: string[]) => counted.join(', ').replace(/^./, (first) => first.toUpperCase()),
    copyLink: 'Copy link',
    copyLinkTo: (what: string) => ` to ${what}`,
    thisPassage: 'this passage',
    theSection: (title: string) => `the section “${title}”`,
    linkToSection: (title: string) => `Link to the section “${title}”`,
    /** A listener's way from the text's head to the map, and from the map's foot back. */
    toMap: 'Skip to the map',
    toText: 'Back to the text',
    onTheMap: 'On the map',
    /** A translated edition's note on a passage whose English has changed since it was translated. */
    staleNote: (updated: string, follows: string) =>
      `The English original of this passage was updated on ${updated}; this translation follows the English of ${follows} and has not caught up yet.`,
    staleLabel: 'Translation behind the English',
    /** Which version of the original a translated edition follows. */
    follows: (date: string) => `Translated from the English as it stood on ${date}.`,
    readEnglish: 'Read the English',
  },
  corrections: {
    heading: 'Corrections and changes',
    lead: 'When this analysis gets something wrong, could mislead, or has news to add, it changes in public: each change is noted on the passage it changed, and listed here with its date and kind, what was wrong, what is right and the earlier wording. Minor edits, which change no meaning, are listed at the end.',
    /** Each kind of log entry, as its note and the log label it. */
    kinds: { correction: 'Correction', clarification: 'Clarification', update: 'Update', minor: 'Minor edit' },
    /** Each kind counted, in the header and the feed. */
    count: {
      correction: (count: number, written: string) => (count === 1 ? 'one correction' : `${written} corrections`),
      clarification: (count: number, written: string) =>
        count === 1 ? 'one clarification' : `${written} clarifications`,
      update: (count: number, written: string) => (count === 1 ? 'one update' : `${written} updates`),
      minor: (count: number, written: string) => (count === 1 ? 'one minor edit' : `${written} minor edits`),
    },
    minorHeading: 'Minor edits',
    all: 'The whole log, with the earlier wording',
    /** The article's short list of its log, and the link to the whole of it. */
    summary: (counted: string[]) =>
      `Since it was published this analysis has had ${listInSentence(counted, ', ', ' and ')}, each noted on the passage it changed.`,
    open: 'Read the whole log, with the earlier wording',
    /** The page of the whole log. */
    pageTitle: (title: string) => `Corrections and changes: ${title}`,
    earlier: 'Earlier wording',
    /** The earlier wording of a correction made before the edition existed, quoted in English. */
    earlierEnglish: 'Earlier wording (in English)',
    /** Where an entry that changed no section was made. */
    parts: { headline: 'In the headline', dek: 'In the standfirst', map: 'On the map' },
    inSection: (title: string) => `In “${title}”`,
  },
  timeline: {
    heading: 'Timeline',
    background: 'Background',
    allEvents: 'All events',
    undated: 'Not dated in the reporting',
    ahead: 'Looking ahead',
    whoSaysSo: 'Who says so:',
    notOnMap: 'not on the map',
  },
  /** The pages that follow an actor, or a pair of them, across every analysis. */
  actors: {
    index: 'Actors',
    indexDescription:
      'Every state, government, armed group, organisation and person the analyses follow, each with its events across them.',
    /** What each kind of actor is called, one of them and, heading a list, several. */
    kind: {
      state: 'State',
      government: 'Government',
      'armed-group': 'Armed group',
      organisation: 'Organisation',
      person: 'Person',
    },
    kinds: {
      state: 'States',
      government: 'Governments',
      'armed-group': 'Armed groups',
      organisation: 'Organisations',
      person: 'People',
    },
    /** "12 events in 2 analyses": the numbers, and the same numbers written in the edition's digits. */
    tally: (events: number, eventsWritten: string, analyses: number, analysesWritten: string) =>
      `${events === 1 ? 'One event' : `${eventsWritten} events`} in ${analyses === 1 ? 'one analysis' : `${analysesWritten} analyses`}`,
    description: (name: string) =>
      `${name} across the analyses of Borderlines: its events in date order and on the map, and every passage about it.`,
    /** A pair of actors: "Armenia and Azerbaijan". */
    relation: (a: string, b: string) => `${a} and ${b}`,
    relationDescription: (a: string, b: string) =>
      `${a} and ${b} across the analyses of Borderlines: their shared events and borders, and every passage about both.`,
    relations: 'Relations',
    events: 'Events',
    byKind: 'By kind',
    byHedge: 'By how the reporting hedges them',
    /** Events the reporting states without a hedge. */
    unhedged: 'not hedged',
    noEvents: 'No event is tagged with this actor yet.',
    map: 'On the map',
    mapTitle: (name: string) => `Map of the events of ${name}`,
    /** After an event in a timeline that spans analyses: the analysis it comes from. */
    fromAnalysis: 'From:',
    inTheAnalyses: 'In the analyses',
    /** On an article's section: the actors it is about, each a link to its page. */
    about: 'About:',
  },
  /** How each hedge reads, wherever an event appears. */
  hedges: {
    reported: 'reported',
    rumoured: 'rumoured',
    'anonymous-sources': 'anonymous sources',
    disputed: 'disputed or denied',
    labelled: 'a characterisation no one is named as making',
    appears: 'an inference, not confirmed',
  },
  events: {
    whoSaysSo: (who: string) => `who says so: ${who}`,
    /** Joins hedges, or hedges and who says so, into one phrase. */
    separator: '; ',
    noPlace: 'no place given',
    wholeCountry: (name: string) => `${name} (the country; no place in it is named)`,
    /** What a screen reader says for an event: its kind first, its hedges always. */
    name: (kind: string, title: string, place: string, date: string, hedged: string) =>
      `${kind}: ${title} — ${place}, ${date}${hedged ? ` (${hedged})` : ''}`,
    /** A place's several events, for a screen reader. */
    group: (label: string, count: string, list: string) => `${label}: ${count} events — ${list}`,
    /** One of the events a place or a border lists aloud, with its kind, date and hedges. */
    inList: (kind: string, title: string, date: string, hedged: string) =>
      `${kind}: ${title} (${date}${hedged ? `; ${hedged}` : ''})`,
  },
  kinds: {
    diplomacy: 'Diplomacy',
    clash: 'Clash',
    humanitarian: 'Humanitarian',
    economy: 'Economy',
    security: 'Security',
    history: 'History',
    infrastructure: 'Infrastructure',
  },
  map: {
    /** The map's short accessible name; its caption stays to be read. */
    name: (region: string) => `Map: ${region}`,
    title: (region: string) => `Map of ${region}: borders and places in this analysis`,
    /** "Afghanistan, Iran and Pakistan". */
    list: (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!),
    captionLead: (region: string, origin: string) =>
      `${region}: every marker and highlighted border links to the passage about it. Places beyond the frame are shown by arrows at its edge, with their distance from ${origin} (for a whole country, only its direction).`,
    legend: 'Legend',
    markerKinds: 'Marker kinds',
    otherSymbols: 'Precision and other symbols',
    approximate: 'Approximate place (“approx.”)',
    country: 'A whole country, no place named (“country”)',
    hedged: 'Hedged: reported, rumoured, disputed or unconfirmed',
    group: 'Several events at one place',
    border: 'Border discussed in the text',
    capital: 'Capital',
    placesList: 'Places on the map, as a list',
    readBorder: 'Read about the border',
    download: 'Download the data:',
    geojson: 'events as GeoJSON',
    csv: 'events as CSV',
    about: 'About this map',
    aboutSource: (region: string) =>
      `Boundaries and coastlines come from Natural Earth (public domain) at 1:50 million, drawn in an Albers equal-area projection fitted to ${region}; the globe shows where the map lies.`,
    aboutSymbols:
      'A solid symbol marks a place the article names; for a province named without a place, the symbol sits within it. A dotted square and “country” mark an event the reporting places only in a country: the symbol sits in the middle of its largest landmass and means the whole country, not a city. A dashed ring and “approx.” mark a point that stands in for a region the article names only loosely. Hollow symbols mark events the article hedges: reported, rumoured, from anonymous sources, disputed or denied, a characterisation no one is named as making, or an inference.',
    deFacto: 'Natural Earth draws the de facto line, and so does this map.',
    /** A place's name short enough for the map: "the Durand Line (…)" → "Durand Line", "Kunar Province" → "Kunar". */
    placeCore: (name: string) =>
      name
        .replace(/^the\s+/i, '')
        .split(/[,(;]/)[0]!
        .trim()
        .replace(/\s+province$/i, ''),
    /** A place label's suffix when its point is approximate, or stands for a whole country. */
    approxLabel: (label: string) => `${label} (approx.)`,
    countryLabel: (label: string) => `${label} (country)`,
    km: (distance: string) => `${distance} km`,
    /** "2,950 km NW". */
    distance: (km: string, direction: string) => `${km} km ${direction}`,
    compass: ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'],
    offMap: (label: string, distance: string, origin: string, name: string) =>
      `${label} ${distance} of ${origin}, off the map: ${name}`,
    borderEvents: (list: string) => `Events: ${list}`,
  },
  /** The home page: one map of every analysis, then the list of them. */
  atlas: {
    heading: 'Map of the analyses',
    /** The map's accessible title. */
    mapTitle: (region: string) => `Map of ${region}: the places and borders of every analysis`,
    captionLead:
      'Every marker and highlighted border links to the passage about it, and a disc counts the events at one place. Where a country’s places lie too close together to tell apart, or hold too many events to list, one disc with the country’s name stands for all of them and leads to what the site says about that country.',
    /** A country's places drawn as one marker, for a screen reader, with where it leads (toActor or toList). */
    gathered: (country: string, events: string, leads: string) =>
      `${country}: ${events} events in the analyses; ${leads}`,
    toActor: (country: string) => `see everything about ${country}`,
    toList: 'see the analyses below',
    /** The row of actors above the list, for screen readers. */
    filter: 'Show the analyses about one actor',
    all: 'All',
    /** Before the actors an analysis is about. */
    actors: 'About:',
    /** Said when the list is filtered, with the numbers in the edition's digits. */
    showing: (actor: string, shown: string, total: string) => `Analyses about ${actor}: ${shown} of ${total}`,
    showingAll: (total: string) => `All analyses: ${total}`,
  },
  /** The page's script: templates, since functions do not travel to the browser. */
  sync: {
    actors: 'Actors',
    kinds: 'Kinds',
    /** The filter groups' names for a screen reader: what they filter. */
    filterActors: 'Filter the events by actor',
    filterKinds: 'Filter the events by kind',
    clear: 'Clear filters',
    /** With the filters' names: which events are shown. */
    showing: 'Showing {shown} of {total} events: {which}',
    cleared: 'Filters cleared',
    hideMap: 'Hide map',
    showMap: 'Show map',
    eventsAt: 'Events at {place}',
    /** A passage the map links to, named for a screen reader by its events (or what it marks). */
    passageName: 'Passage: {list}',
    onTheMap: 'On the map: {names}',
    /** An event reached by a step or a link: its hedges fill {hedge} (as `hedge` has them), or nothing. */
    step: '{index} of {count}: {title}, {date}{hedge}',
    eventAndDate: '{title}, {date}{hedge}',
    hedge: ' ({hedge})',
    /**
     * The controls under the map that step through its events in time, and what they say. The
     * group's name says what Previous and Next step through; Play keeps its name while it plays.
     */
    steps: 'Step through the events',
    previous: 'Previous',
    play: 'Play',
    next: 'Next',
    noEarlier: 'No earlier event',
    noLater: 'No later event',
    /** Said when Play has shown the last event and stops. */
    played: 'That was the last event. Play starts again from the first.',
    paused: 'Paused',
    /** When the filters leave no event on the map to step to. */
    noneToStep: 'No event on the map matches the filters',
    shared: 'Shared',
    copied: 'Link copied',
    copyThis: 'Copy this link: {url}',
    copyFailed: 'Copy failed',
    copyLink: 'Copy link',
    /** An embed's iframe's title, for screen readers on the partner's page. */
    frameTitle: 'Map: {title} (Borderlines)',
    embedCopied: 'Embed code copied',
    copyEmbed: 'Copy this code: {code}',
    /** Joins names in a spoken list. */
    separator: '; ',
  },
  /** The map on a partner's page (an iframe), and the code that puts it there. */
  embed: {
    /** The control beside "Copy link", and the summary of the code under the map. */
    embed: 'Embed',
    embedMap: 'Embed this map',
    /** For screen readers, after "Embed" on a passage: what the code shows. */
    embedWhat: ' the map, at this passage’s event',
    /** The page with the code, for partners. */
    pageTitle: (analysis: string) => `Embed the map of “${analysis}”`,
    pageDescription: 'The code that puts this analysis’s map on your page, whole or opened at one event.',
    atEvents: 'The map opened at one event',
    eventCodeLabel: (title: string) => `Code for the map opened at “${title}”`,
    preview: 'See the embed as your readers will',
    codeLabel: 'Code to put this map on your page',
    codeHelp: (height: string) =>
      `Paste it into your page’s HTML. Its script fits the frame to the map; without it the frame is ${height} pixels tall.`,
    pick: 'Pick a marker or a border on the map to read what happened there.',
    readPassage: 'Read the passage on Borderlines',
    readAnalysis: 'Read the analysis on Borderlines',
    newTab: '(opens in a new tab)',
    eventsAt: (place: string) => `Events at ${place}`,
  },
  share: {
    /** The site's name at the head of a share card. */
    kicker: 'BORDERLINES',
    continueTo: (title: string, analysis: string) => `Continue to “${title}” in ${analysis}`,
    imageAlt: (title: string, date: string, analysis: string) => `${title}, ${date}, on the map of ${analysis}`,
    sectionOf: (section: string, analysis: string, dek: string) => `${section}: a section of “${analysis}”. ${dek}`,
    eventSummary: (date: string, place: string, hedged: string, analysis: string) =>
      `${date}${place ? `, ${place}` : ''}.${hedged ? ` ${hedged}.` : ''} From “${analysis}”.`,
  },
  feed: {
    updated: (date: string) => `Updated ${date}.`,
    log: (counted: string[]) =>
      `${counted.join(', ').replace(/^./, (first) => first.toUpperCase())}: see the section Corrections and changes.`,
  },
  /**
   * Reading offline: the note on a page read from the copy kept on the device (written by the
   * service worker), and the line at an analysis's end that says whether it is kept, with the
   * control to change that (its words travel in the page's data).
   */
  offline: {
    reading: 'You are offline: this is the copy of this analysis kept on this device.',
    kept: 'This analysis is kept on this device, to read again without a network.',
    forget: 'Remove the analyses kept on this device',
    forgotten: 'Nothing is kept on this device now. Analyses you open will not be kept.',
    keep: 'Keep the analyses I open, to read offline',
  },
  search: enSearch,
};

export type Words = typeof en;
