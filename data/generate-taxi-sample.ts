/**
 * Generates data/taxi-sample.csv: a small, deterministic, NYC-taxi-like trip file with the TLC
 * yellow-trip columns. It is synthetic (no real trips), so the course never downloads data.
 *
 *   node data/generate-taxi-sample.ts          writes the file
 *   node data/generate-taxi-sample.ts --check  exits 1 if the committed file is stale
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TAXI_COLUMNS } from './taxi-columns.ts';

export const SAMPLE_ROWS = 500;
export const SAMPLE_SEED = 20260101;

/** mulberry32: a tiny seeded PRNG, so every run yields the same bytes. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const timestamp = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
const money = (n: number) => n.toFixed(2);

export function generateTaxiSample(rows = SAMPLE_ROWS, seed = SAMPLE_SEED): string {
  const random = prng(seed);
  const between = (min: number, max: number) => min + random() * (max - min);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const monthStart = Date.UTC(2025, 0, 1);
  const lines: string[] = [TAXI_COLUMNS.join(',')];

  for (let i = 0; i < rows; i++) {
    const pickup = new Date(monthStart + Math.floor(between(0, 31 * 24 * 3600)) * 1000);
    const distance = Math.round(between(0.3, 18) * 100) / 100;
    const minutes = Math.max(2, Math.round(distance * between(2.5, 5)));
    const dropoff = new Date(pickup.getTime() + minutes * 60_000);
    const airport = pick([132, 138]);
    const pu = random() < 0.1 ? airport : Math.floor(between(1, 264));
    const ratecode = pu === 132 ? 2 : 1;
    const fare = ratecode === 2 ? 70 : 3 + distance * 2.5 + minutes * 0.7;
    const paymentType = pick([1, 1, 1, 2, 2, 3, 4]);
    const tip = paymentType === 1 ? fare * pick([0, 0.15, 0.2, 0.25]) : 0;
    const tolls = random() < 0.05 ? 6.94 : 0;
    const extra = pick([0, 1, 2.5]);
    const congestion = 2.5;
    const airportFee = pu === 132 || pu === 138 ? 1.75 : 0;
    const cbd = random() < 0.4 ? 0.75 : 0;
    const mtaTax = 0.5;
    const improvement = 1;
    const total = fare + extra + mtaTax + tip + tolls + improvement + congestion + airportFee + cbd;
    lines.push([
      pick([1, 2]),
      timestamp(pickup),
      timestamp(dropoff),
      pick([1, 1, 1, 1, 2, 2, 3, 5]),
      distance.toFixed(2),
      ratecode,
      random() < 0.02 ? 'Y' : 'N',
      pu,
      Math.floor(between(1, 264)),
      paymentType,
      money(fare),
      money(extra),
      money(mtaTax),
      money(tip),
      money(tolls),
      money(improvement),
      money(total),
      money(congestion),
      money(airportFee),
      money(cbd),
    ].join(','));
  }
  return lines.join('\n') + '\n';
}

const SAMPLE_PATH = fileURLToPath(new URL('./taxi-sample.csv', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const csv = generateTaxiSample();
  if (process.argv.includes('--check')) {
    const current = readFileSync(SAMPLE_PATH, 'utf8');
    if (current !== csv) {
      console.error('data/taxi-sample.csv is stale: run node data/generate-taxi-sample.ts');
      process.exit(1);
    }
  } else {
    // Write then rename, so an interrupted run never leaves half a file.
    writeFileSync(`${SAMPLE_PATH}.tmp`, csv);
    renameSync(`${SAMPLE_PATH}.tmp`, SAMPLE_PATH);
    console.log(`wrote ${SAMPLE_PATH} (${SAMPLE_ROWS} rows, ${csv.length} bytes)`);
  }
}
