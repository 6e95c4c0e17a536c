import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateTaxiSample, SAMPLE_ROWS } from '../../data/generate-taxi-sample.ts';
import { TAXI_COLUMNS } from '../../data/taxi-columns.ts';
import { SAMPLE_CSV } from '../../checker/paths.ts';

describe('taxi sample', () => {
  it('is deterministic and the committed file is what the generator makes', () => {
    expect(generateTaxiSample()).toBe(generateTaxiSample());
    expect(readFileSync(SAMPLE_CSV, 'utf8')).toBe(generateTaxiSample());
  });

  it('has the TLC yellow-trip header and one well-formed row per trip', () => {
    const [header, ...rows] = generateTaxiSample().trimEnd().split('\n');
    expect(header).toBe(TAXI_COLUMNS.join(','));
    expect(rows).toHaveLength(SAMPLE_ROWS);
    for (const row of rows) expect(row.split(',')).toHaveLength(TAXI_COLUMNS.length);
  });

  it('has plausible trips: drop-off after pick-up and totals that add up', () => {
    const [, ...rows] = generateTaxiSample().trimEnd().split('\n');
    for (const row of rows) {
      const c = row.split(',');
      expect(Date.parse(c[2]!.replace(' ', 'T') + 'Z')).toBeGreaterThan(Date.parse(c[1]!.replace(' ', 'T') + 'Z'));
      const parts = [10, 11, 12, 13, 14, 15, 17, 18, 19].reduce((s, i) => s + Number(c[i]), 0);
      expect(Math.abs(parts - Number(c[16]))).toBeLessThan(0.03);
    }
  });
});
