import type { Words } from './en';

export const ps: Words = {
  punctuation: {
    /** A comma and the space after it. */
    comma: '، ',
    /** Between the parts of a line (byline, date, links); in Dari and Pashto not a middle dot,
     which beside their digits reads as a zero. */
    separator: ' | ',
  },
  site: {
    name: 'Borderlines',
    tagline: 'شننه د نقشې تر څنګ',
    description: 'د پولو او ګاونډیانو په اړه شننې، چې د یوې تعاملي نقشې تر څنګ لوستل کېږي.',
    footer:
      'بوردرلاینز د پولو او د هغو د دواړو غاړو ترمنځ د اړیکو شننې خپروي. د نقشې معلومات: Natural Earth (عامه ملکیت).',
    skip: 'منځپانګې ته ورشئ',
    darkMode: 'تیاره بڼه',
    /** The language switch's name, for screen readers. */
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
    corrections: (count: number, written: string) => (count === 1 ? 'یو سمون' : `${written} سمونونه`),
    copyLink: 'لینک کاپي کړئ',
    copyLinkTo: (what: string) => `: ${what}`,
    thisPassage: 'دا برخه',
    theSection: (title: string) => `د «${title}» برخه`,
    linkToSection: (title: string) => `د «${title}» برخې ته لینک`,
    onTheMap: 'په نقشه کې',
    /** A translated edition's note on a passage whose English has changed since it was translated. */
    staleNote: (updated: string, follows: string) =>
      `د دې برخې انګلیسي اصلي متن په ${updated} اوسمهاله شوی دی؛ دا ژباړه د ${follows} د انګلیسي متن پر بنسټ ده او لا تر اوسه ورسره سمه شوې نه ده.`,
    staleLabel: 'ژباړه له انګلیسي متن څخه وروسته پاتې ده',
    /** Which version of the original a translated edition follows. */
    follows: (date: string) => `له انګلیسي متن څخه ژباړل شوې، لکه څنګه چې په ${date} و.`,
    readEnglish: 'انګلیسي متن ولولئ',
  },
  corrections: {
    heading: 'سمونونه',
    lead: 'کله چې په دې شننه کې کومه تېروتنه وشي، په ښکاره ډول سمېږي: هر بدلون له خپلې نېټې سره دلته لیکل شوی، او پر هغې برخې هم یادونه یې شوې چې بدله شوې ده، چېرې چې پخوانی متن لا هم لوستل کېدای شي.',
    correction: 'سمون',
    all: 'ټول سمونونه',
    earlier: 'پخوانی متن',
    /** The earlier wording of a correction made before the edition existed, quoted in English. */
    earlierEnglish: 'پخوانی متن (په انګلیسي)',
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
  /** How each hedge reads, wherever an event appears. */
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
    /** Joins hedges, or hedges and who says so, into one phrase. */
    separator: '؛ ',
    noPlace: 'ځای نه دی ښودل شوی',
    wholeCountry: (name: string) => `${name} (ټول هېواد؛ په کې د کوم ځای نوم نه دی اخیستل شوی)`,
    /** What a screen reader says for an event. */
    name: (title: string, place: string, date: string, hedged: string) =>
      `${title} — ${place}، ${date}${hedged ? ` (${hedged})` : ''}`,
    /** A place's several events, for a screen reader. */
    group: (label: string, count: string, list: string) => `${label}: ${count} پېښې — ${list}`,
    titleAndDate: (title: string, date: string) => `${title} (${date})`,
  },
  kinds: {
    diplomacy: 'دیپلوماسي',
    clash: 'نښته',
    humanitarian: 'بشري چارې',
    economy: 'اقتصاد',
    security: 'امنیت',
    history: 'تاریخ',
    infrastructure: 'زېربنا',
  },
  map: {
    title: (region: string) => `د ${region} نقشه: په دې شننه کې پولې او ځایونه`,
    /** "Afghanistan, Iran and Pakistan". */
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
    /** A place's name short enough for the map: "the Durand Line (…)" → "Durand Line", "Kunar Province" → "Kunar". */
    placeCore: (name: string) =>
      name
        .split(/[،,(؛]/)[0]!
        .trim()
        .replace(/\s+ولایت$/, ''),
    /** A place label's suffix when its point is approximate, or stands for a whole country. */
    approxLabel: (label: string) => `${label} (اټکلي)`,
    countryLabel: (label: string) => `${label} (هېواد)`,
    km: (distance: string) => `${distance} کیلومتره`,
    /** "2,950 km NW". */
    distance: (km: string, direction: string) => `${km} کیلومتره ${direction}`,
    compass: ['شمال', 'شمال ختیځ', 'ختیځ', 'سویل ختیځ', 'سویل', 'سویل لوېدیځ', 'لوېدیځ', 'شمال لوېدیځ'],
    offMap: (label: string, distance: string, origin: string, name: string) =>
      `${label}، له ${origin} څخه ${distance}، له نقشې بهر: ${name}`,
    borderEvents: (list: string) => `پېښې: ${list}`,
  },
  /** The page's script: templates, since functions do not travel to the browser. */
  sync: {
    actors: 'لوبغاړي',
    kinds: 'ډولونه',
    clear: 'فلټرونه پاک کړئ',
    showing: 'له {total} پېښو څخه {shown} ښودل کېږي',
    cleared: 'فلټرونه پاک شول',
    hideMap: 'نقشه پټه کړئ',
    showMap: 'نقشه ښکاره کړئ',
    eventsAt: 'په {place} کې پېښې',
    passageMarked: 'برخه روښانه شوه، او ځایونه یې په نقشه کې په نښه شول',
    onTheMap: 'په نقشه کې: {names}',
    step: '{index} له {count} څخه: {title}، {date}',
    eventAndDate: '{title}، {date}',
    shared: 'شریک شو',
    copied: 'لینک کاپي شو',
    copyThis: 'دا لینک کاپي کړئ: {url}',
    copyFailed: 'کاپي نه شو',
    copyLink: 'لینک کاپي کړئ',
    /** Joins names in a spoken list. */
    separator: '؛ ',
  },
  share: {
    kicker: 'BORDERLINES',
    continueTo: (title: string, analysis: string) => `په ${analysis} کې «${title}» ته ورشئ`,
    imageAlt: (title: string, date: string, analysis: string) => `${title}، ${date}، د ${analysis} پر نقشه`,
    sectionOf: (section: string, analysis: string, dek: string) => `${section}: د «${analysis}» یوه برخه. ${dek}`,
    eventSummary: (date: string, place: string, hedged: string, analysis: string) =>
      `${date}${place ? `، ${place}` : ''}.${hedged ? ` ${hedged}.` : ''} له «${analysis}» څخه.`,
  },
  feed: {
    updated: (date: string) => `په ${date} اوسمهال شوې.`,
    corrections: (count: number, written: string) =>
      `${count === 1 ? 'یو سمون' : `${written} سمونونه`}: د سمونونو برخه وګورئ.`,
  },
};
