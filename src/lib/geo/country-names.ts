import countries from 'i18n-iso-countries';

/**
 * How the map names the countries and territories Natural Earth draws. Its names are short
 * forms for cartographers ("Dem. Rep. Congo"), and a few of them are a statement: a breakaway
 * region named as if it were a state. The policy, also in the map notes of docs/map.md:
 *
 * 1. A state is named by its common English short name, as news writing uses it: Natural
 *    Earth's, written out where Natural Earth abbreviates it, and brought up to date where the
 *    state has changed it.
 * 2. A territory that belongs to a state is named with that state in brackets.
 * 3. A territory two states claim is named as the United Nations lists it, by the names each
 *    side uses, or by its own geographic name.
 * 4. A region that has declared itself a state that the United Nations does not recognise, or
 *    a unit that is no country at all, is drawn as Natural Earth draws it and left unnamed.
 *
 * Keys are Natural Earth's names as world-atlas ships them; a name not listed is used as it is.
 */
const NAMES: Record<string, string | null> = {
  // 1. States: abbreviations written out, names brought up to date.
  'Antigua and Barb.': 'Antigua and Barbuda',
  'Bosnia and Herz.': 'Bosnia and Herzegovina',
  'Central African Rep.': 'Central African Republic',
  "Côte d'Ivoire": 'Côte d’Ivoire',
  'Dem. Rep. Congo': 'DR Congo',
  'Dominican Rep.': 'Dominican Republic',
  'Eq. Guinea': 'Equatorial Guinea',
  eSwatini: 'Eswatini',
  Macedonia: 'North Macedonia',
  'Marshall Is.': 'Marshall Islands',
  'S. Sudan': 'South Sudan',
  'Solomon Is.': 'Solomon Islands',
  'St. Kitts and Nevis': 'Saint Kitts and Nevis',
  'St. Vin. and Gren.': 'Saint Vincent and the Grenadines',
  'United States of America': 'United States',
  Vatican: 'Vatican City',
  // 2. Territories of a state.
  'American Samoa': 'American Samoa (US)',
  Anguilla: 'Anguilla (UK)',
  Aruba: 'Aruba (Netherlands)',
  'Ashmore and Cartier Is.': 'Ashmore and Cartier Islands (Australia)',
  Bermuda: 'Bermuda (UK)',
  'British Virgin Is.': 'British Virgin Islands (UK)',
  'Cayman Is.': 'Cayman Islands (UK)',
  'Cook Is.': 'Cook Islands (New Zealand)',
  Curaçao: 'Curaçao (Netherlands)',
  'Faeroe Is.': 'Faroe Islands (Denmark)',
  'Fr. Polynesia': 'French Polynesia (France)',
  'Fr. S. Antarctic Lands': 'French Southern Lands (France)',
  Greenland: 'Greenland (Denmark)',
  Guam: 'Guam (US)',
  'Heard I. and McDonald Is.': 'Heard and McDonald Islands (Australia)',
  'Hong Kong': 'Hong Kong (China)',
  'Indian Ocean Ter.': 'Christmas and Cocos Islands (Australia)',
  Macao: 'Macao (China)',
  Montserrat: 'Montserrat (UK)',
  'N. Mariana Is.': 'Northern Mariana Islands (US)',
  'New Caledonia': 'New Caledonia (France)',
  Niue: 'Niue (New Zealand)',
  'Norfolk Island': 'Norfolk Island (Australia)',
  'Pitcairn Is.': 'Pitcairn Islands (UK)',
  'Puerto Rico': 'Puerto Rico (US)',
  'Saint Helena': 'Saint Helena (UK)',
  'Sint Maarten': 'Sint Maarten (Netherlands)',
  'St-Barthélemy': 'Saint Barthélemy (France)',
  'St-Martin': 'Saint Martin (France)',
  'St. Pierre and Miquelon': 'Saint Pierre and Miquelon (France)',
  'Turks and Caicos Is.': 'Turks and Caicos Islands (UK)',
  'U.S. Virgin Is.': 'US Virgin Islands (US)',
  'Wallis and Futuna Is.': 'Wallis and Futuna (France)',
  Åland: 'Åland (Finland)',
  // 3. Territories two states claim.
  'Br. Indian Ocean Ter.': 'Chagos Archipelago',
  'Falkland Is.': 'Falkland Islands (Malvinas)',
  'S. Geo. and the Is.': 'South Georgia and the South Sandwich Islands',
  'W. Sahara': 'Western Sahara',
  // 4. Not named.
  'N. Cyprus': null,
  'Siachen Glacier': null,
  Somaliland: null,
};

/** The name the map gives a Natural Earth country or territory, or undefined where it names none. */
export function readerName(naturalEarthName: string): string | undefined {
  const name = NAMES[naturalEarthName];
  return name === null ? undefined : (name ?? naturalEarthName);
}

/** An edition's own names of countries, by ISO alpha-3: those its text uses (the glossary's). */
export type CountryNames = ReadonlyMap<string, string>;

const NO_NAMES: CountryNames = new Map();

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * The name in a translated edition: the same policy decides what is named; the edition's own
 * name for the country (`own`, the words its text uses) names it, and CLDR (through
 * Intl.DisplayNames) names the rest in the edition's language. A territory takes CLDR's own name,
 * without its state in brackets; a shape with no ISO code keeps the English name.
 */
export function editionCountryName(
  naturalEarthName: string,
  alpha3: string | undefined,
  locale: string,
  own: CountryNames = NO_NAMES,
) {
  const english = readerName(naturalEarthName);
  const alpha2 = alpha3 && countries.alpha3ToAlpha2(alpha3);
  if (!english || !alpha3 || !alpha2 || locale === 'en') return english;
  const ownName = own.get(alpha3);
  if (ownName) return ownName;
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    displayNames.set(locale, names);
  }
  return names.of(alpha2) ?? english;
}
