import type { Words } from './en';
import { listInSentence } from '../list.ts';

/** What search says in Dari (see enSearch). */

/** Between the parts of a line (see en.ts). */
const SEPARATOR = ' | ';

export const faSearch: Words['search'] = {
  open: 'جستجو',
  label: 'جستجو در تحلیل‌ها',
  close: 'بستن',
  results: (count: number, written: string) => (count === 1 ? 'یک نتیجه' : `${written} نتیجه`),
  none: (query: string) => `برای «${query}» نتیجه‌ای پیدا نشد`,
  more: 'نتایج بیشتر',
  unavailable: 'جستجو اکنون در دسترس نیست. لطفاً بعداً دوباره کوشش کنید.',
  separator: SEPARATOR,
};

/** The site's own words in Dari; each key is described in en.ts. */
export const fa: Words = {
  punctuation: {
    comma: '، ',
    separator: SEPARATOR,
  },
  site: {
    name: 'بوردرلاینز',
    tagline: 'تحلیل در کنار نقشه',
    description: 'تحلیل‌هایی درباره مرزها و همسایگان، برای خواندن در کنار یک نقشه تعاملی.',
    footer:
      'بوردرلاینز تحلیل‌هایی درباره مرزها و روابط میان دو سوی آن‌ها نشر می‌کند. داده‌های نقشه: Natural Earth (مالکیت عمومی).',
    skip: 'رفتن به محتوا',
    darkMode: 'حالت تاریک',
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
    log: (counted: string[]) => counted.join('، '),
    copyLink: 'کاپی پیوند',
    copyLinkTo: (what: string) => ` ${what}`,
    thisPassage: 'این بند',
    theSection: (title: string) => `بخش «${title}»`,
    linkToSection: (title: string) => `پیوند بخش «${title}»`,
    /** A listener's way from the text's head to the map, and from the map's foot back. */
    toMap: 'رفتن به نقشه',
    toText: 'بازگشت به متن',
    onTheMap: 'در نقشه',
    staleNote: (updated: string, follows: string) =>
      `متن اصلی انگلیسی این بند در ${updated} به‌روز شده است؛ این ترجمه بر پایه متن انگلیسی تاریخ ${follows} است و هنوز با آن همگام نشده است.`,
    staleLabel: 'ترجمه از متن انگلیسی عقب مانده است',
    follows: (date: string) => `ترجمه از متن انگلیسی، آن‌گونه که در ${date} بود.`,
    readEnglish: 'خواندن متن انگلیسی',
  },
  corrections: {
    heading: 'اصلاحات و تغییرات',
    lead: 'هرگاه این تحلیل در چیزی اشتباه کند، گمراه‌کننده باشد یا خبر تازه‌ای برای افزودن داشته باشد، به‌طور علنی تغییر می‌کند: هر تغییر روی بندی که تغییر کرده یادداشت شده و در اینجا با تاریخ و نوع آن، آنچه نادرست بود، آنچه درست است و متن پیشین فهرست شده است. ویرایش‌های جزئی که معنا را تغییر نمی‌دهند، در پایان فهرست شده‌اند.',
    kinds: { correction: 'اصلاح', clarification: 'توضیح', update: 'به‌روزرسانی', minor: 'ویرایش جزئی' },
    count: {
      correction: (count: number, written: string) => (count === 1 ? 'یک اصلاح' : `${written} اصلاح`),
      clarification: (count: number, written: string) => (count === 1 ? 'یک توضیح' : `${written} توضیح`),
      update: (count: number, written: string) => (count === 1 ? 'یک به‌روزرسانی' : `${written} به‌روزرسانی`),
      minor: (count: number, written: string) => (count === 1 ? 'یک ویرایش جزئی' : `${written} ویرایش جزئی`),
    },
    minorHeading: 'ویرایش‌های جزئی',
    all: 'فهرست کامل تغییرات، همراه با متن پیشین',
    /** The article's short list of its log, and the link to the whole of it. */
    summary: (counted: string[]) =>
      `این تحلیل از زمان نشر ${listInSentence(counted, '، ', ' و ')} داشته است که هر کدام روی بندی که تغییر کرده یادداشت شده است.`,
    open: 'خواندن فهرست کامل تغییرات، همراه با متن پیشین',
    /** The page of the whole log. */
    pageTitle: (title: string) => `اصلاحات و تغییرات: ${title}`,
    earlier: 'متن پیشین',
    earlierEnglish: 'متن پیشین (به انگلیسی)',
    /** Where an entry that changed no section was made. */
    parts: { headline: 'در عنوان', dek: 'در خلاصه زیر عنوان', map: 'در نقشه' },
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
  actors: {
    index: 'بازیگران',
    indexDescription:
      'همه دولت‌ها، حکومت‌ها، گروه‌های مسلح، سازمان‌ها و اشخاصی که تحلیل‌ها دنبال می‌کنند، هر یک با رویدادهایش در همه تحلیل‌ها.',
    kind: {
      state: 'دولت',
      government: 'حکومت',
      'armed-group': 'گروه مسلح',
      organisation: 'سازمان',
      person: 'شخص',
    },
    kinds: {
      state: 'دولت‌ها',
      government: 'حکومت‌ها',
      'armed-group': 'گروه‌های مسلح',
      organisation: 'سازمان‌ها',
      person: 'اشخاص',
    },
    tally: (events: number, eventsWritten: string, analyses: number, analysesWritten: string) =>
      `${events === 1 ? 'یک رویداد' : `${eventsWritten} رویداد`} در ${analyses === 1 ? 'یک تحلیل' : `${analysesWritten} تحلیل`}`,
    description: (name: string) =>
      `${name} در تحلیل‌های بوردرلاینز: رویدادهای آن به ترتیب تاریخ و روی نقشه، و هر بندی که درباره آن است.`,
    relation: (a: string, b: string) => `${a} و ${b}`,
    relationDescription: (a: string, b: string) =>
      `${a} و ${b} در تحلیل‌های بوردرلاینز: رویدادها و مرزهای مشترک آن‌ها، و هر بندی که درباره هر دو است.`,
    relations: 'روابط',
    events: 'رویدادها',
    byKind: 'بر اساس نوع',
    byHedge: 'بر اساس قید احتیاط در گزارش‌ها',
    unhedged: 'بدون قید احتیاط',
    noEvents: 'هنوز هیچ رویدادی به این بازیگر نسبت داده نشده است.',
    map: 'در نقشه',
    mapTitle: (name: string) => `نقشه رویدادهای ${name}`,
    fromAnalysis: 'از تحلیل:',
    inTheAnalyses: 'در تحلیل‌ها',
    about: 'بازیگران:',
  },
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
    separator: '؛ ',
    noPlace: 'مکانی ذکر نشده',
    wholeCountry: (name: string) => `${name} (کل کشور؛ از هیچ مکانی در آن نام برده نشده)`,
    name: (kind: string, title: string, place: string, date: string, hedged: string) =>
      `${kind}: ${title} — ${place}، ${date}${hedged ? ` (${hedged})` : ''}`,
    group: (label: string, count: string, list: string) => `${label}: ${count} رویداد — ${list}`,
    // A date may carry the Gregorian month in brackets of its own: the list never wraps it in more.
    inList: (kind: string, title: string, date: string, hedged: string) =>
      `${kind}: ${title} — ${date}${hedged ? ` (${hedged})` : ''}`,
  },
  kinds: {
    diplomacy: 'دیپلماسی',
    clash: 'درگیری',
    humanitarian: 'بشردوستانه',
    economy: 'اقتصاد',
    security: 'امنیت',
    // Not تاریخ, which is also a date.
    history: 'تاریخچه',
    infrastructure: 'زیرساخت',
  },
  map: {
    /** The map's short accessible name; its caption stays to be read. */
    name: (region: string) => `نقشه ${region}`,
    title: (region: string) => `نقشه ${region}: مرزها و مکان‌های این تحلیل`,
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
    placeCore: (name: string) =>
      name
        .split(/[،,(؛]/)[0]!
        .trim()
        .replace(/^ولایت\s+/, ''),
    approxLabel: (label: string) => `${label} (تقریبی)`,
    countryLabel: (label: string) => `${label} (کشور)`,
    km: (distance: string) => `${distance} کیلومتر`,
    distance: (km: string, direction: string) => `${km} کیلومتر ${direction}`,
    compass: ['شمال', 'شمال‌شرق', 'شرق', 'جنوب‌شرق', 'جنوب', 'جنوب‌غرب', 'غرب', 'شمال‌غرب'],
    offMap: (label: string, distance: string, origin: string, name: string) =>
      `${label}، ${distance} ${origin}، بیرون از نقشه: ${name}`,
    borderEvents: (list: string) => `رویدادها: ${list}`,
  },
  atlas: {
    heading: 'نقشه تحلیل‌ها',
    mapTitle: (region: string) => `نقشه ${region}: مکان‌ها و مرزهای همه تحلیل‌ها`,
    captionLead:
      'هر نشانه و هر مرز برجسته‌شده به بندی پیوند دارد که درباره آن است، و عدد روی هر دایره شمار رویدادها در یک مکان را نشان می‌دهد. هرجا مکان‌های یک کشور چنان به هم نزدیک باشند که از هم جدا دیده نشوند، یا رویدادهای آن بیش از آن باشد که فهرست شود، یک دایره با نام آن کشور به جای همه آن‌ها می‌آید و به صفحه‌ای می‌رود که سایت درباره آن کشور دارد.',
    gathered: (country: string, events: string, leads: string) => `${country}: ${events} رویداد در تحلیل‌ها؛ ${leads}`,
    toActor: (country: string) => `همه مطالب درباره ${country} را ببینید`,
    toList: 'تحلیل‌های پایین را ببینید',
    filter: 'نمایش تحلیل‌های مربوط به یک بازیگر',
    all: 'همه',
    actors: 'درباره:',
    showing: (actor: string, shown: string, total: string) => `تحلیل‌های مربوط به ${actor}: ${shown} از ${total}`,
    showingAll: (total: string) => `همه تحلیل‌ها: ${total}`,
  },
  sync: {
    actors: 'بازیگران',
    kinds: 'انواع',
    /** The filter groups' names for a screen reader: what they filter. */
    filterActors: 'فیلتر رویدادها بر اساس بازیگر',
    filterKinds: 'فیلتر رویدادها بر اساس نوع',
    clear: 'پاک کردن فیلترها',
    /** With the filters' names: which events are shown. */
    showing: 'نمایش {shown} از {total} رویداد: {which}',
    cleared: 'فیلترها پاک شدند',
    hideMap: 'پنهان کردن نقشه',
    showMap: 'نمایش نقشه',
    eventsAt: 'رویدادها در {place}',
    /** A passage the map links to, named for a screen reader by its events (or what it marks). */
    passageName: 'بند: {list}',
    onTheMap: 'در نقشه: {names}',
    /** An event reached by a step or a link: its hedges fill {hedge} (as `hedge` has them), or nothing. */
    step: '{index} از {count}: {title}، {date}{hedge}',
    eventAndDate: '{title}، {date}{hedge}',
    hedge: ' ({hedge})',
    steps: 'مرور رویدادها به ترتیب زمان',
    previous: 'قبلی',
    play: 'پخش',
    next: 'بعدی',
    noEarlier: 'رویدادی پیش از این نیست',
    noLater: 'رویدادی پس از این نیست',
    played: 'این آخرین رویداد بود. «پخش» دوباره از اولین رویداد شروع می‌کند.',
    paused: 'پخش متوقف شد',
    noneToStep: 'هیچ رویدادی در نقشه با فیلترها مطابقت ندارد',
    shared: 'شریک شد',
    copied: 'پیوند کاپی شد',
    copyThis: 'این پیوند را کاپی کنید: {url}',
    copyFailed: 'کاپی نشد',
    copyLink: 'کاپی پیوند',
    /** An embed's iframe's title, for screen readers on the partner's page. */
    frameTitle: 'نقشه: {title} (بوردرلاینز)',
    embedCopied: 'کد نقشه کاپی شد',
    copyEmbed: 'این کد را کاپی کنید: {code}',
    separator: '؛ ',
  },
  embed: {
    embed: 'گذاشتن نقشه در سایت شما',
    embedMap: 'گذاشتن این نقشه در سایت شما',
    embedWhat: '، باز شده روی رویداد این بند',
    pageTitle: (analysis: string) => `گذاشتن نقشه «${analysis}» در سایت شما`,
    pageDescription: 'کدی که نقشه این تحلیل را، به‌طور کامل یا باز شده روی یک رویداد، در سایت شما می‌گذارد.',
    atEvents: 'نقشه باز شده روی یک رویداد',
    eventCodeLabel: (title: string) => `کد نقشه باز شده روی «${title}»`,
    preview: 'نقشه را همان‌گونه ببینید که خوانندگان سایت شما می‌بینند',
    codeLabel: 'کد گذاشتن این نقشه در سایت شما',
    codeHelp: (height: string) =>
      `آن را در HTML سایت خود بگذارید. اسکریپت آن اندازه قاب را با نقشه هماهنگ می‌کند؛ بدون آن، بلندی قاب ${height} پیکسل است.`,
    pick: 'برای خواندن آنچه در هر جا رخ داده است، یک نشانه یا یک مرز را روی نقشه انتخاب کنید.',
    readPassage: 'این بند را در بوردرلاینز بخوانید',
    readAnalysis: 'این تحلیل را در بوردرلاینز بخوانید',
    newTab: '(در تب تازه باز می‌شود)',
    eventsAt: (place: string) => `رویدادها در ${place}`,
  },
  share: {
    kicker: 'بوردرلاینز',
    continueTo: (title: string, analysis: string) => `رفتن به «${title}» در ${analysis}`,
    imageAlt: (title: string, date: string, analysis: string) => `${title}، ${date}، روی نقشه ${analysis}`,
    sectionOf: (section: string, analysis: string, dek: string) => `${section}: بخشی از «${analysis}». ${dek}`,
    eventSummary: (date: string, place: string, hedged: string, analysis: string) =>
      `${date}${place ? `، ${place}` : ''}.${hedged ? ` ${hedged}.` : ''} برگرفته از «${analysis}».`,
  },
  feed: {
    updated: (date: string) => `به‌روزرسانی‌شده در ${date}.`,
    log: (counted: string[]) => `${counted.join('، ')}: بخش «اصلاحات و تغییرات» را ببینید.`,
  },
  offline: {
    reading: 'شما آفلاین هستید: این نسخه‌ای از این تحلیل است که روی این دستگاه نگه داشته شده است.',
    kept: 'این تحلیل روی این دستگاه نگه داشته شده است تا بتوانید آن را بدون انترنت دوباره بخوانید.',
    forget: 'پاک کردن تحلیل‌هایی که روی این دستگاه نگه داشته شده‌اند',
    forgotten: 'اکنون چیزی روی این دستگاه نگه داشته نمی‌شود. تحلیل‌هایی که باز می‌کنید نگه داشته نخواهند شد.',
    keep: 'تحلیل‌هایی را که باز می‌کنم برای خواندن آفلاین نگه دار',
  },
  search: faSearch,
};
