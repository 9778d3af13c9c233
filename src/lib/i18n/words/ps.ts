import type { Words } from './en';
import { listInSentence } from '../list.ts';

/** What search says in Pashto (see enSearch). */

/** Between the parts of a line (see en.ts). */
const SEPARATOR = ' | ';

export const psSearch: Words['search'] = {
  open: 'لټون',
  label: 'په شننو کې لټون',
  close: 'بند یې کړئ',
  results: (count: number, written: string) => (count === 1 ? 'یوه پایله' : `${written} پایلې`),
  none: (query: string) => `د «${query}» لپاره هېڅ پایله ونه موندل شوه`,
  more: 'نورې پایلې',
  unavailable: 'لټون اوس مهال شتون نه لري. مهرباني وکړئ وروسته بیا هڅه وکړئ.',
  separator: SEPARATOR,
};

/** The site's own words in Pashto; each key is described in en.ts. */
export const ps: Words = {
  punctuation: {
    comma: '، ',
    separator: SEPARATOR,
  },
  site: {
    name: 'بوردرلاینز',
    tagline: 'شننه د نقشې تر څنګ',
    description: 'د پولو او ګاونډیانو په اړه شننې، چې د یوې تعاملي نقشې تر څنګ لوستل کېږي.',
    footer:
      'بوردرلاینز د پولو او د هغو د دواړو غاړو ترمنځ د اړیکو شننې خپروي. د نقشې معلومات: Natural Earth (عامه ملکیت).',
    skip: 'منځپانګې ته ورشئ',
    darkMode: 'تیاره بڼه',
    languages: 'په بله ژبه یې ولولئ',
    homeHeading: 'شننې',
    homeList: 'خپرې شوې شننې',
    notFound: 'پاڼه ونه موندل شوه',
    notFoundText: 'په دې پته کومه پاڼه نشته. کېدای شي بل ځای ته وړل شوې وي، یا لینک په غلط ډول لیکل شوی وي.',
    notFoundDescription: 'دا پاڼه په بوردرلاینز کې نشته.',
    backHome: 'ټولې شننې وګورئ',
  },
  article: {
    published: 'د خپرېدو نېټه',
    updated: 'وروستی اوسمهال',
    log: (counted: string[]) => counted.join('، '),
    copyLink: 'لینک کاپي کړئ',
    copyLinkTo: (what: string) => `: ${what}`,
    thisPassage: 'دا برخه',
    theSection: (title: string) => `د «${title}» برخه`,
    linkToSection: (title: string) => `د «${title}» برخې ته لینک`,
    /** A listener's way from the text's head to the map, and from the map's foot back. */
    toMap: 'نقشې ته ورشئ',
    toText: 'بېرته متن ته',
    onTheMap: 'په نقشه کې',
    staleNote: (updated: string, follows: string) =>
      `د دې برخې انګلیسي اصلي متن په ${updated} اوسمهاله شوی دی؛ دا ژباړه د ${follows} د انګلیسي متن پر بنسټ ده او لا تر اوسه ورسره سمه شوې نه ده.`,
    staleLabel: 'ژباړه له انګلیسي متن څخه وروسته پاتې ده',
    follows: (date: string) => `له انګلیسي متن څخه ژباړل شوې، لکه څنګه چې په ${date} و.`,
    readEnglish: 'انګلیسي متن ولولئ',
  },
  corrections: {
    heading: 'سمونونه او بدلونونه',
    lead: 'کله چې په دې شننه کې کومه تېروتنه وشي، څه ګمراه کوونکي وي یا نوي معلومات ورزیات شي، په ښکاره ډول بدلېږي: هر بدلون پر هغې برخې یاد شوی چې بدله شوې ده، او دلته له خپلې نېټې او ډول، له هغه څه سره چې ناسم و، هغه څه چې سم دي او له پخواني متن سره لیکل شوی دی. لیکنیز سمونونه، چې مانا نه بدلوي، په پای کې راغلي دي.',
    kinds: { correction: 'سمون', clarification: 'وضاحت', update: 'اوسمهالول', minor: 'لیکنیز سمون' },
    count: {
      correction: (count: number, written: string) => (count === 1 ? 'یو سمون' : `${written} سمونونه`),
      clarification: (count: number, written: string) => (count === 1 ? 'یو وضاحت' : `${written} وضاحتونه`),
      update: (count: number, written: string) => (count === 1 ? 'یو اوسمهالول' : `${written} اوسمهالونه`),
      minor: (count: number, written: string) => (count === 1 ? 'یو لیکنیز سمون' : `${written} لیکنیز سمونونه`),
    },
    minorHeading: 'لیکنیز سمونونه',
    all: 'د بدلونونو بشپړ لړلیک، له پخواني متن سره',
    /** The article's short list of its log, and the link to the whole of it. */
    summary: (counted: string[]) =>
      `له خپرېدو راهیسې په دې شننه کې ${listInSentence(counted, '، ', ' او ')} شوي، چې هر یو پر هغې برخې یاد شوی چې بدله شوې ده.`,
    open: 'د بدلونونو بشپړ لړلیک، له پخواني متن سره، ولولئ',
    /** The page of the whole log. */
    pageTitle: (title: string) => `سمونونه او بدلونونه: ${title}`,
    earlier: 'پخوانی متن',
    earlierEnglish: 'پخوانی متن (په انګلیسي)',
    /** Where an entry that changed no section was made. */
    parts: { headline: 'په سرلیک کې', dek: 'د سرلیک لاندې لنډیز کې', map: 'په نقشه کې' },
    inSection: (title: string) => `په «${title}» کې`,
  },
  timeline: {
    heading: 'مهالوېش',
    background: 'شالید',
    allEvents: 'ټولې پېښې',
    undated: 'په راپور کې نېټه نه ده ښودل شوې',
    ahead: 'راتلونکي ته کتنه',
    whoSaysSo: 'څوک یې وايي:',
    notOnMap: 'په نقشه کې نشته',
  },
  actors: {
    index: 'لوبغاړي',
    indexDescription:
      'ټول هغه دولتونه، حکومتونه، وسله‌والې ډلې، سازمانونه او کسان چې شننې یې څاري، هر یو په ټولو شننو کې له خپلو پېښو سره.',
    kind: {
      state: 'دولت',
      government: 'حکومت',
      'armed-group': 'وسله‌واله ډله',
      organisation: 'سازمان',
      person: 'کس',
    },
    kinds: {
      state: 'دولتونه',
      government: 'حکومتونه',
      'armed-group': 'وسله‌والې ډلې',
      organisation: 'سازمانونه',
      person: 'کسان',
    },
    tally: (events: number, eventsWritten: string, analyses: number, analysesWritten: string) =>
      `${events === 1 ? 'یوه پېښه' : `${eventsWritten} پېښې`} په ${analyses === 1 ? 'یوه شننه' : `${analysesWritten} شننو`} کې`,
    description: (name: string) =>
      `${name} د بوردرلاینز په شننو کې: د هغه پېښې د نېټې په ترتیب او پر نقشه، او هره هغه برخه چې د هغه په اړه ده.`,
    relation: (a: string, b: string) => `${a} او ${b}`,
    relationDescription: (a: string, b: string) =>
      `${a} او ${b} د بوردرلاینز په شننو کې: د دوی ګډې پېښې او پولې، او هره هغه برخه چې د دواړو په اړه ده.`,
    relations: 'اړیکې',
    events: 'پېښې',
    byKind: 'د ډول له مخې',
    byHedge: 'په راپورونو کې د احتیاط له مخې',
    unhedged: 'له احتیاط پرته',
    noEvents: 'تر اوسه هېڅ پېښه دې لوبغاړي ته نه ده منسوب شوې.',
    map: 'په نقشه کې',
    mapTitle: (name: string) => `د ${name} د پېښو نقشه`,
    fromAnalysis: 'له شننې:',
    inTheAnalyses: 'په شننو کې',
    about: 'لوبغاړي:',
  },
  hedges: {
    reported: 'راپور شوې',
    rumoured: 'اوازه شوې',
    'anonymous-sources': 'بې نومه سرچینې',
    disputed: 'د شخړې وړ یا رد شوې',
    labelled: 'داسې توصیف چې د ویونکي نوم یې نه دی اخیستل شوی',
    appears: 'یو استنباط چې تایید شوی نه دی',
  },
  events: {
    whoSaysSo: (who: string) => `څوک یې وايي: ${who}`,
    separator: '؛ ',
    noPlace: 'ځای نه دی ښودل شوی',
    wholeCountry: (name: string) => `${name} (ټول هېواد؛ په کې د کوم ځای نوم نه دی اخیستل شوی)`,
    name: (kind: string, title: string, place: string, date: string, hedged: string) =>
      `${kind}: ${title} — ${place}، ${date}${hedged ? ` (${hedged})` : ''}`,
    group: (label: string, count: string, list: string) => `${label}: ${count} پېښې — ${list}`,
    // A date may carry the Gregorian month in brackets of its own: the list never wraps it in more.
    inList: (kind: string, title: string, date: string, hedged: string) =>
      `${kind}: ${title} — ${date}${hedged ? ` (${hedged})` : ''}`,
  },
  kinds: {
    diplomacy: 'دیپلوماسي',
    clash: 'نښته',
    humanitarian: 'بشري چارې',
    economy: 'اقتصاد',
    security: 'امنیت',
    // Not تاریخ, which is also a date.
    history: 'تاریخي',
    infrastructure: 'زېربنا',
  },
  map: {
    /** The map's short accessible name; its caption stays to be read. */
    name: (region: string) => `د ${region} نقشه`,
    title: (region: string) => `د ${region} نقشه: په دې شننه کې پولې او ځایونه`,
    list: (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join('، ')} او ${names.at(-1)}` : names[0]!),
    captionLead: (region: string, origin: string) =>
      `${region}: هره نښه او هره روښانه شوې پوله هغې برخې ته لینک لري چې د هغې په اړه ده. د نقشې له چوکاټ بهر ځایونه د چوکاټ پر څنډه د غشو په واسطه ښودل شوي، له ${origin} څخه د هغوی له واټن سره (د بشپړ هېواد لپاره یوازې د هغه لوری).`,
    legend: 'لارښود',
    markerKinds: 'د نښو ډولونه',
    otherSymbols: 'دقت او نورې نښې',
    approximate: 'اټکلي ځای («اټکلي»)',
    country: 'ټول هېواد، پرته له دې چې د کوم ځای نوم واخیستل شي («هېواد»)',
    hedged: 'په احتیاط ویل شوې: راپور شوې، اوازه شوې، د شخړې وړ یا تایید نه شوې',
    group: 'په یوه ځای کې څو پېښې',
    border: 'هغه پوله چې په متن کې پرې خبرې شوې دي',
    capital: 'پلازمېنه',
    placesList: 'په نقشه کې ځایونه، د لړلیک په بڼه',
    readBorder: 'د دې پولې په اړه ولولئ',
    download: 'معلومات ډاونلوډ کړئ:',
    geojson: 'پېښې د GeoJSON په بڼه',
    csv: 'پېښې د CSV په بڼه',
    about: 'د دې نقشې په اړه',
    aboutSource: (region: string) =>
      `پولې او ساحلي کرښې له Natural Earth (عامه ملکیت) څخه د ۱:۵۰ میلیون په پیمانه اخیستل شوې، او د Albers په مساوي مساحت پروجکشن کې کښل شوې دي چې د ${region} لپاره برابر شوی دی؛ د ځمکې کره ښيي چې دا نقشه د نړۍ په کوم ځای کې پرته ده.`,
    aboutSymbols:
      'ډکه نښه هغه ځای ښيي چې لیکنه یې نوم اخلي؛ که د یوه ولایت نوم د کوم ځای له ښودلو پرته اخیستل شوی وي، نښه د هماغه ولایت دننه ایښودل کېږي. ټکي‌ټکي مربع او «هېواد» هغه پېښه ښيي چې راپور یې یوازې په یوه هېواد کې ښيي: نښه د هغه هېواد د تر ټولو لویې وچې په منځ کې ده او د ټول هېواد مانا لري، نه د یوه ښار. پرې‌پرې کړۍ او «اټکلي» هغه ټکی ښيي چې د داسې سیمې پر ځای راغلی چې لیکنه یې یوازې په نادقیق ډول نوم اخلي. تشې نښې هغه پېښې ښيي چې لیکنه یې په احتیاط یادوي: راپور شوې، اوازه شوې، له بې نومه سرچینو، د شخړې وړ یا رد شوې، داسې توصیف چې د ویونکي نوم یې نه دی اخیستل شوی، یا یو استنباط.',
    deFacto: 'Natural Earth عملي کرښه کاږي، او دا نقشه هم همداسې کوي.',
    placeCore: (name: string) =>
      name
        .split(/[،,(؛]/)[0]!
        .trim()
        .replace(/\s+ولایت$/, ''),
    approxLabel: (label: string) => `${label} (اټکلي)`,
    countryLabel: (label: string) => `${label} (هېواد)`,
    km: (distance: string) => `${distance} کیلومتره`,
    distance: (km: string, direction: string) => `${km} کیلومتره ${direction}`,
    compass: ['شمال', 'شمال ختیځ', 'ختیځ', 'سویل ختیځ', 'سویل', 'سویل لوېدیځ', 'لوېدیځ', 'شمال لوېدیځ'],
    offMap: (label: string, distance: string, origin: string, name: string) =>
      `${label}، ${distance}، له ${origin} څخه، له نقشې بهر: ${name}`,
    borderEvents: (list: string) => `پېښې: ${list}`,
  },
  atlas: {
    heading: 'د شننو نقشه',
    mapTitle: (region: string) => `د ${region} نقشه: د ټولو شننو ځایونه او پولې`,
    captionLead:
      'هره نښه او هره روښانه شوې پوله هغې برخې ته لینک لري چې د هغې په اړه ده، او پر هره دایره شمېره په یوه ځای کې د پېښو شمېر ښيي. چېرته چې د یوه هېواد ځایونه دومره سره نږدې وي چې سره بېل نه شي لیدل کېدای، یا یې پېښې له لړلیک څخه ډېرې وي، د هغه هېواد له نوم سره یوه دایره د ټولو پر ځای راځي او هغې پاڼې ته ځي چې سایټ یې د هغه هېواد په اړه لري.',
    gathered: (country: string, events: string, leads: string) => `${country}: په شننو کې ${events} پېښې؛ ${leads}`,
    toActor: (country: string) => `د ${country} په اړه ټول مطالب وګورئ`,
    toList: 'لاندې شننې وګورئ',
    filter: 'د یوه لوبغاړي په اړه شننې ښکاره کړئ',
    all: 'ټول',
    actors: 'په اړه:',
    showing: (actor: string, shown: string, total: string) => `د ${actor} په اړه شننې: له ${total} څخه ${shown}`,
    showingAll: (total: string) => `ټولې شننې: ${total}`,
  },
  sync: {
    actors: 'لوبغاړي',
    kinds: 'ډولونه',
    /** The filter groups' names for a screen reader: what they filter. */
    filterActors: 'پېښې د لوبغاړو له مخې فلټر کړئ',
    filterKinds: 'پېښې د ډول له مخې فلټر کړئ',
    clear: 'فلټرونه پاک کړئ',
    /** With the filters' names: which events are shown. */
    showing: 'له {total} پېښو څخه {shown} ښودل کېږي: {which}',
    cleared: 'فلټرونه پاک شول',
    hideMap: 'نقشه پټه کړئ',
    showMap: 'نقشه ښکاره کړئ',
    eventsAt: 'په {place} کې پېښې',
    /** A passage the map links to, named for a screen reader by its events (or what it marks). */
    passageName: 'برخه: {list}',
    onTheMap: 'په نقشه کې: {names}',
    /** An event reached by a step or a link: its hedges fill {hedge} (as `hedge` has them), or nothing. */
    step: '{index} له {count} څخه: {title}، {date}{hedge}',
    eventAndDate: '{title}، {date}{hedge}',
    hedge: ' ({hedge})',
    steps: 'پېښې د وخت په ترتیب وګورئ',
    previous: 'مخکینۍ پېښه',
    play: 'چلول',
    next: 'بله پېښه',
    noEarlier: 'له دې مخکې بله پېښه نشته',
    noLater: 'له دې وروسته بله پېښه نشته',
    played: 'دا وروستۍ پېښه وه. «چلول» بیا له لومړۍ پېښې پیلوي.',
    paused: 'چلول ودرول شول',
    noneToStep: 'په نقشه کې هېڅ پېښه له فلټرونو سره سمون نه لري',
    shared: 'شریک شو',
    copied: 'لینک کاپي شو',
    copyThis: 'دا لینک کاپي کړئ: {url}',
    copyFailed: 'کاپي نه شو',
    copyLink: 'لینک کاپي کړئ',
    /** An embed's iframe's title, for screen readers on the partner's page. */
    frameTitle: 'نقشه: {title} (بوردرلاینز)',
    embedCopied: 'د نقشې کوډ کاپي شو',
    copyEmbed: 'دا کوډ کاپي کړئ: {code}',
    separator: '؛ ',
  },
  embed: {
    embed: 'نقشه په خپل سایټ کې کېږدئ',
    embedMap: 'دا نقشه په خپل سایټ کې کېږدئ',
    embedWhat: '، د دې برخې د پېښې پر سر پرانیستې',
    pageTitle: (analysis: string) => `د «${analysis}» نقشه په خپل سایټ کې کېږدئ`,
    pageDescription: 'هغه کوډ چې د دې شننې نقشه ستاسو په سایټ کې ږدي، بشپړه یا د یوې پېښې پر سر پرانیستې.',
    atEvents: 'د یوې پېښې پر سر پرانیستې نقشه',
    eventCodeLabel: (title: string) => `د «${title}» پر سر د پرانیستې نقشې کوډ`,
    preview: 'نقشه هماغسې وګورئ لکه ستاسو د سایټ لوستونکي یې چې ویني',
    codeLabel: 'ستاسو په سایټ کې د دې نقشې د ایښودلو کوډ',
    codeHelp: (height: string) =>
      `دا د خپل سایټ په HTML کې کېږدئ. د هغه سکرېپټ چوکاټ له نقشې سره برابروي؛ له هغه پرته د چوکاټ لوړوالی ${height} پکسله دی.`,
    pick: 'د دې لپاره چې ولولئ هلته څه پېښ شول، په نقشه کې یوه نښه یا یوه پوله وټاکئ.',
    readPassage: 'دا برخه په بوردرلاینز کې ولولئ',
    readAnalysis: 'دا شننه په بوردرلاینز کې ولولئ',
    newTab: '(په نوي ټب کې پرانیستل کېږي)',
    eventsAt: (place: string) => `په ${place} کې پېښې`,
  },
  share: {
    kicker: 'بوردرلاینز',
    continueTo: (title: string, analysis: string) => `په ${analysis} کې «${title}» ته ورشئ`,
    imageAlt: (title: string, date: string, analysis: string) => `${title}، ${date}، د ${analysis} پر نقشه`,
    sectionOf: (section: string, analysis: string, dek: string) => `${section}: د «${analysis}» یوه برخه. ${dek}`,
    eventSummary: (date: string, place: string, hedged: string, analysis: string) =>
      `${date}${place ? `، ${place}` : ''}.${hedged ? ` ${hedged}.` : ''} له «${analysis}» څخه.`,
  },
  feed: {
    updated: (date: string) => `په ${date} اوسمهال شوې.`,
    log: (counted: string[]) => `${counted.join('، ')}: د «سمونونه او بدلونونه» برخه وګورئ.`,
  },
  offline: {
    reading: 'تاسو افلاین یاست: دا د دې شننې هغه نسخه ده چې په دې وسیله کې ساتل شوې ده.',
    kept: 'دا شننه په دې وسیله کې ساتل شوې ده، څو یې له انټرنېټ پرته بیا ولولئ.',
    forget: 'هغه شننې لرې کړئ چې په دې وسیله کې ساتل شوې دي',
    forgotten: 'اوس په دې وسیله کې څه نه ساتل کېږي. هغه شننې چې پرانیزئ نه به ساتل کېږي.',
    keep: 'هغه شننې چې پرانیزم د افلاین لوستلو لپاره وساته',
  },
  search: psSearch,
};
