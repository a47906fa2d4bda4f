/**
 * The gazetteer's place names in Urdu and Spanish, written by us: the names Urdu newspapers use
 * (Urdu script) and the Spanish exonyms where Spanish has one (Bombay, Bruselas, Waziristán del
 * Norte), else the name as Spanish writes it. `build-gazetteer.ts` puts them in each place's
 * `translations`.
 */
import type { PlaceProperties } from '../../../src/core/dataset/schema.ts';

type Names = { ur: string; es: string };

const NAMES: Readonly<Record<string, Names>> = {
  pakistan: { ur: 'پاکستان', es: 'Pakistán' },
  afghanistan: { ur: 'افغانستان', es: 'Afganistán' },
  'united-states': { ur: 'امریکا', es: 'Estados Unidos' },
  india: { ur: 'بھارت', es: 'India' },
  turkey: { ur: 'ترکی', es: 'Turquía' },
  singapore: { ur: 'سنگاپور', es: 'Singapur' },
  punjab: { ur: 'پنجاب', es: 'Punyab' },
  'khyber-pakhtunkhwa': { ur: 'خیبر پختونخوا', es: 'Khyber Pakhtunkhwa' },
  fata: { ur: 'وفاق کے زیرِ انتظام قبائلی علاقہ جات', es: 'Áreas Tribales bajo Administración Federal' },
  waziristan: { ur: 'وزیرستان', es: 'Waziristán' },
  'north-waziristan': { ur: 'شمالی وزیرستان', es: 'Waziristán del Norte' },
  'south-waziristan': { ur: 'جنوبی وزیرستان', es: 'Waziristán del Sur' },
  'afghan-border': { ur: 'پاک افغان سرحد', es: 'Frontera entre Afganistán y Pakistán' },
  islamabad: { ur: 'اسلام آباد', es: 'Islamabad' },
  lahore: { ur: 'لاہور', es: 'Lahore' },
  karachi: { ur: 'کراچی', es: 'Karachi' },
  'datta-khel': { ur: 'دتہ خیل', es: 'Datta Khel' },
  abbottabad: { ur: 'ایبٹ آباد', es: 'Abbottabad' },
  kabul: { ur: 'کابل', es: 'Kabul' },
  mumbai: { ur: 'ممبئی', es: 'Bombay' },
  'washington-dc': { ur: 'واشنگٹن', es: 'Washington D. C.' },
  'cia-headquarters': { ur: 'سی آئی اے ہیڈکوارٹرز', es: 'Sede de la CIA' },
  'us-embassy-islamabad': { ur: 'اسلام آباد میں امریکی سفارت خانہ', es: 'Embajada de EE. UU. en Islamabad' },
  ankara: { ur: 'انقرہ', es: 'Ankara' },
  rawalpindi: { ur: 'راولپنڈی', es: 'Rawalpindi' },
  peshawar: { ur: 'پشاور', es: 'Peshawar' },
  'miran-shah': { ur: 'میران شاہ', es: 'Miran Shah' },
  wana: { ur: 'وانا', es: 'Wana' },
  brussels: { ur: 'برسلز', es: 'Bruselas' },
  paris: { ur: 'پیرس', es: 'París' },
};

/** The `translations` of a place, in a fixed key order (es, ur); undefined for a place we lack. */
export function placeTranslations(id: string): PlaceProperties['translations'] {
  const names = NAMES[id];
  return names ? { es: { name: names.es }, ur: { name: names.ur } } : undefined;
}
