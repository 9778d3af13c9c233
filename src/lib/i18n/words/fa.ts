import type { Words } from './en';

export const fa: Words = {
  punctuation: {
    /** A comma and the space after it. */
    comma: '، ',
    /** Between the parts of a line (byline, date, links); in Dari and Pashto not a middle dot,
     which beside their digits reads as a zero. */
    separator: ' | ',
  },
  site: {
    name: 'Borderlines',
    tagline: 'تحلیل در کنار نقشه',
    description: 'تحلیل‌هایی درباره مرزها و همسایگان، برای خواندن در کنار یک نقشه تعاملی.',
    footer:
      'بوردرلاینز تحلیل‌هایی درباره مرزها و روابط میان دو سوی آن‌ها نشر می‌کند. داده‌های نقشه: Natural Earth (مالکیت عمومی).',
    skip: 'رفتن به محتوا',
    darkMode: 'حالت تاریک',
    /** The language switch's name, for screen readers. */
    languages: 'خواندن به زبانی دیگر',
    homeHeading: 'تحلیل‌ها',
    homeList: 'تحلیل‌های نشرشده',
    notFound: 'صفحه پیدا نشد',
    notFoundText: 'در این نشانی صفحه‌ای وجود ندارد. شاید جابه‌جا شده باشد، یا پیوند نادرست نوشته شده باشد.',
    notFoundDescription: 'این صفحه در بوردرلاینز وجود ندارد.',
    backHome: 'همه تحلیل‌ها را ببینید',
  },
  article: {
    published: 'تاریخ نشر',
    updated: 'آخرین به‌روزرسانی',
    corrections: (count: number, written: string) => (count === 1 ? 'یک اصلاح' : `${written} اصلاح`),
    copyLink: 'کاپی لینک',
    copyLinkTo: (what: string) => ` ${what}`,
    thisPassage: 'این بند',
    theSection: (title: string) => `بخش «${title}»`,
    linkToSection: (title: string) => `لینک بخش «${title}»`,
    onTheMap: 'در نقشه',
    /** A translated edition's note on a passage whose English has changed since it was translated. */
    staleNote: (updated: string, follows: string) =>
      `متن اصلی انگلیسی این بند در ${updated} به‌روز شده است؛ این ترجمه بر پایه متن انگلیسی تاریخ ${follows} است و هنوز با آن همگام نشده است.`,
    staleLabel: 'ترجمه از متن انگلیسی عقب مانده است',
    /** Which version of the original a translated edition follows. */
    follows: (date: string) => `ترجمه از متن انگلیسی، آن‌گونه که در ${date} بود.`,
    readEnglish: 'خواندن متن انگلیسی',
  },
  corrections: {
    heading: 'اصلاحات',
    lead: 'هرگاه این تحلیل در چیزی اشتباه کند، به‌طور علنی اصلاح می‌شود: هر تغییر با تاریخ آن در اینجا فهرست شده و روی بندی که تغییر کرده نیز یادداشت شده است؛ در آنجا متن پیشین همچنان خواندنی است.',
    correction: 'اصلاح',
    all: 'همه اصلاحات',
    earlier: 'متن پیشین',
    /** The earlier wording of a correction made before the edition existed, quoted in English. */
    earlierEnglish: 'متن پیشین (به انگلیسی)',
    inSection: (title: string) => `در «${title}»`,
  },
  timeline: {
    heading: 'جدول زمانی',
    background: 'پیشینه',
    allEvents: 'همه رویدادها',
    undated: 'در گزارش تاریخی ذکر نشده',
    ahead: 'نگاهی به آینده',
    whoSaysSo: 'چه کسی می‌گوید:',
    notOnMap: 'در نقشه نیست',
  },
  /** How each hedge reads, wherever an event appears. */
  hedges: {
    reported: 'گزارش‌شده',
    rumoured: 'شایعه‌شده',
    'anonymous-sources': 'منابع ناشناس',
    disputed: 'مورد مناقشه یا ردشده',
    labelled: 'توصیفی که از گوینده‌اش نام برده نشده',
    appears: 'برداشتی که تأیید نشده است',
  },
  events: {
    whoSaysSo: (who: string) => `چه کسی می‌گوید: ${who}`,
    /** Joins hedges, or hedges and who says so, into one phrase. */
    separator: '؛ ',
    noPlace: 'مکانی ذکر نشده',
    wholeCountry: (name: string) => `${name} (کل کشور؛ از هیچ مکانی در آن نام برده نشده)`,
    /** What a screen reader says for an event. */
    name: (title: string, place: string, date: string, hedged: string) =>
      `${title} — ${place}، ${date}${hedged ? ` (${hedged})` : ''}`,
    /** A place's several events, for a screen reader. */
    group: (label: string, count: string, list: string) => `${label}: ${count} رویداد — ${list}`,
    titleAndDate: (title: string, date: string) => `${title} (${date})`,
  },
  kinds: {
    diplomacy: 'دیپلوماسی',
    clash: 'درگیری',
    humanitarian: 'بشردوستانه',
    economy: 'اقتصاد',
    security: 'امنیت',
    history: 'تاریخ',
    infrastructure: 'زیرساخت',
  },
  map: {
    title: (region: string) => `نقشه ${region}: مرزها و مکان‌های این تحلیل`,
    /** "Afghanistan, Iran and Pakistan". */
    list: (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join('، ')} و ${names.at(-1)}` : names[0]!),
    captionLead: (region: string, origin: string) =>
      `${region}: هر نشانه و هر مرز برجسته‌شده به بندی پیوند دارد که درباره آن است. مکان‌های بیرون از چارچوب نقشه با پیکان‌هایی در لبه آن و همراه با فاصله‌شان از ${origin} نشان داده شده‌اند (برای یک کشور کامل، تنها جهت آن).`,
    legend: 'راهنما',
    markerKinds: 'انواع نشانه‌ها',
    otherSymbols: 'دقت و نمادهای دیگر',
    approximate: 'مکان تقریبی («تقریبی»)',
    country: 'یک کشور کامل، بی‌آنکه از مکانی نام برده شود («کشور»)',
    hedged: 'با قید احتیاط: گزارش‌شده، شایعه‌شده، مورد مناقشه یا تأییدنشده',
    group: 'چند رویداد در یک مکان',
    border: 'مرزی که در متن از آن بحث شده است',
    capital: 'پایتخت',
    placesList: 'مکان‌های روی نقشه، به شکل فهرست',
    readBorder: 'درباره این مرز بخوانید',
    download: 'دانلود داده‌ها:',
    geojson: 'رویدادها به شکل GeoJSON',
    csv: 'رویدادها به شکل CSV',
    about: 'درباره این نقشه',
    aboutSource: (region: string) =>
      `مرزها و خطوط ساحلی از Natural Earth (مالکیت عمومی) با مقیاس ۱:۵۰ میلیون گرفته شده و در تصویر هم‌مساحت Albers که برای ${region} تنظیم شده، ترسیم شده‌اند؛ کره کوچک نشان می‌دهد که این نقشه در کجای جهان قرار دارد.`,
    aboutSymbols:
      'نماد توپر مکانی را نشان می‌دهد که مقاله از آن نام می‌برد؛ برای ولایتی که بدون ذکر مکانی در آن نام برده شده، نماد درون همان ولایت قرار می‌گیرد. مربع نقطه‌چین و «کشور» رویدادی را نشان می‌دهد که گزارش آن را تنها در یک کشور جای می‌دهد: نماد در میانه بزرگ‌ترین خشکی آن کشور قرار دارد و به معنای کل کشور است، نه یک شهر. حلقه خط‌چین و «تقریبی» نقطه‌ای را نشان می‌دهد که به جای منطقه‌ای آمده است که مقاله تنها به‌طور نادقیق از آن نام می‌برد. نمادهای توخالی رویدادهایی را نشان می‌دهند که مقاله با قید احتیاط از آن‌ها یاد می‌کند: گزارش‌شده، شایعه‌شده، از منابع ناشناس، مورد مناقشه یا ردشده، توصیفی که از گوینده‌اش نام برده نشده، یا یک برداشت.',
    deFacto: 'Natural Earth خط بالفعل را ترسیم می‌کند و این نقشه نیز چنین می‌کند.',
    /** A place's name short enough for the map: "the Durand Line (…)" → "Durand Line", "Kunar Province" → "Kunar". */
    placeCore: (name: string) =>
      name
        .split(/[،,(؛]/)[0]!
        .trim()
        .replace(/^ولایت\s+/, ''),
    /** A place label's suffix when its point is approximate, or stands for a whole country. */
    approxLabel: (label: string) => `${label} (تقریبی)`,
    countryLabel: (label: string) => `${label} (کشور)`,
    km: (distance: string) => `${distance} کیلومتر`,
    /** "2,950 km NW". */
    distance: (km: string, direction: string) => `${km} کیلومتر ${direction}`,
    compass: ['شمال', 'شمال‌شرق', 'شرق', 'جنوب‌شرق', 'جنوب', 'جنوب‌غرب', 'غرب', 'شمال‌غرب'],
    offMap: (label: string, distance: string, origin: string, name: string) =>
      `${label}، ${distance} ${origin}، بیرون از نقشه: ${name}`,
    borderEvents: (list: string) => `رویدادها: ${list}`,
  },
  /** The page's script: templates, since functions do not travel to the browser. */
  sync: {
    actors: 'بازیگران',
    kinds: 'انواع',
    clear: 'پاک کردن فیلترها',
    showing: 'نمایش {shown} از {total} رویداد',
    cleared: 'فیلترها پاک شدند',
    hideMap: 'پنهان کردن نقشه',
    showMap: 'نمایش نقشه',
    eventsAt: 'رویدادها در {place}',
    passageMarked: 'بند برجسته شد و مکان‌های آن در نقشه نشانی شدند',
    onTheMap: 'در نقشه: {names}',
    step: '{index} از {count}: {title}، {date}',
    eventAndDate: '{title}، {date}',
    shared: 'شریک شد',
    copied: 'لینک کاپی شد',
    copyThis: 'این لینک را کاپی کنید: {url}',
    copyFailed: 'کاپی نشد',
    copyLink: 'کاپی لینک',
    /** Joins names in a spoken list. */
    separator: '؛ ',
  },
  share: {
    kicker: 'BORDERLINES',
    continueTo: (title: string, analysis: string) => `رفتن به «${title}» در ${analysis}`,
    imageAlt: (title: string, date: string, analysis: string) => `${title}، ${date}، روی نقشه ${analysis}`,
    sectionOf: (section: string, analysis: string, dek: string) => `${section}: بخشی از «${analysis}». ${dek}`,
    eventSummary: (date: string, place: string, hedged: string, analysis: string) =>
      `${date}${place ? `، ${place}` : ''}.${hedged ? ` ${hedged}.` : ''} برگرفته از «${analysis}».`,
  },
  feed: {
    updated: (date: string) => `به‌روزرسانی‌شده در ${date}.`,
    corrections: (count: number, written: string) =>
      `${count === 1 ? 'یک اصلاح' : `${written} اصلاح`}: بخش اصلاحات را ببینید.`,
  },
};
