/**
 * The CSV the scale benchmark imports: `n` events over a year at named places and at
 * coordinates, made by the scale benchmark and the big-import browser test (never stored).
 */
const PLACES = ['Lahore', 'Islamabad', 'Karachi', 'Peshawar', 'Datta Khel', 'Miran Shah', 'Kabul', 'Paris'];
const TYPES = ['strike', 'protest', 'statement', 'visit', 'raid'];
/** Days the events are spread over, from 1 January 2011. */
const SPREAD_DAYS = 365;
/** Distinct source addresses: real exports (ACLED) name a few thousand outlets, not one per row. */
const SOURCE_URLS = 500;

export function generatedCsv(n: number): string {
  const rows = ['date,title,summary,type,place,longitude,latitude,source,source url'];
  const perDay = Math.max(1, Math.ceil(n / SPREAD_DAYS));
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2011, 0, 1 + Math.floor(i / perDay))).toISOString().slice(0, 10);
    const byName = i % 4 !== 0;
    const place = byName ? PLACES[i % PLACES.length] : '';
    const [lon, lat] = byName ? ['', ''] : [(67 + (i % 50) / 10).toFixed(3), (30 + (i % 40) / 10).toFixed(3)];
    rows.push(
      `${day},Event number ${i + 1},"Summary of event ${i + 1}, with a comma",${TYPES[i % TYPES.length]},${place},${lon},${lat},Field notes,https://example.org/${i % SOURCE_URLS}`,
    );
  }
  return `${rows.join('\n')}\n`;
}
