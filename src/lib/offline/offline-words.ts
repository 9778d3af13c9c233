// What the site says about reading offline, in each edition: the note on a page read from the copy
// kept on the device (written by the service worker), and the line at an analysis's end that says
// whether it is kept, with the control to change that (its words travel in that line's attributes).

export const OFFLINE_WORDS = {
  en: {
    reading: 'You are offline: this is the copy of this analysis kept on this device.',
    kept: 'This analysis is kept on this device, to read again without a network.',
    forget: 'Remove the analyses kept on this device',
    forgotten: 'Nothing is kept on this device now. Analyses you open will not be kept.',
    keep: 'Keep the analyses I open, to read offline',
  },
  fa: {
    reading: 'شما آفلاین هستید: این نسخه‌ای از این تحلیل است که روی این دستگاه نگه داشته شده است.',
    kept: 'این تحلیل روی این دستگاه نگه داشته شده است تا بتوانید آن را بدون انترنت دوباره بخوانید.',
    forget: 'پاک کردن تحلیل‌هایی که روی این دستگاه نگه داشته شده‌اند',
    forgotten: 'اکنون چیزی روی این دستگاه نگه داشته نمی‌شود. تحلیل‌هایی که باز می‌کنید نگه داشته نخواهند شد.',
    keep: 'تحلیل‌هایی را که باز می‌کنم برای خواندن آفلاین نگه دار',
  },
  ps: {
    reading: 'تاسو آفلاین یاست: دا د دې شننې هغه نسخه ده چې په دې وسیله کې ساتل شوې ده.',
    kept: 'دا شننه په دې وسیله کې ساتل شوې ده، څو یې له انټرنېټ پرته بیا ولولئ.',
    forget: 'هغه شننې لرې کړئ چې په دې وسیله کې ساتل شوې دي',
    forgotten: 'اوس په دې وسیله کې څه نه ساتل کېږي. هغه شننې چې پرانیزئ نه به ساتل کېږي.',
    keep: 'هغه شننې چې پرانیزم د آفلاین لوستلو لپاره وساته',
  },
} as const satisfies Record<string, Record<string, string>>;

export type OfflineWords = (typeof OFFLINE_WORDS)[keyof typeof OFFLINE_WORDS];
