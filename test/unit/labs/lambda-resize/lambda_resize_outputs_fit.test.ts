import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labFile } from '../../../../checker/paths.ts';
import check from '../../../../labs/lambda-resize/checks/lambda_resize_outputs_fit.ts';
import { BUCKET, BUCKET_ARN, FUNCTION_ARN, jpeg, lessonTrigger, png, run } from './helpers.ts';

const sample = (file: string) => new Uint8Array(readFileSync(labFile('lambda-resize', 'samples', file)));

describe('lambda_resize_outputs_fit', () => {
  it('compliance: the street photo and its 800×600 copy', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe('The photo in input/ has its resized copy in output/.');
    expect(outcome.evidence).toEqual({
      resource: BUCKET_ARN,
      function: FUNCTION_ARN,
      maxSize: 800,
      compared: [{ input: 'input/street.jpg', inputSize: '1600×1200 jpg', output: 'output/street.jpg', outputSize: '800×600 jpg', fits: true }],
    });
  });

  it('compliance: the project\'s real samples, a JPEG and a PNG, each with its copy', async () => {
    const outcome = await run(check, (a) => (a.bucket.binaryObjects = {
      'input/street.jpg': sample('street.jpg'),
      'input/chart.png': sample('chart.png'),
      'output/street.jpg': jpeg(800, 600),
      'output/chart.png': png(800, 600),
    }));
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe('All 2 photos in input/ have their resized copy in output/.');
    expect(outcome.evidence.compared).toEqual([
      expect.objectContaining({ input: 'input/chart.png', inputSize: '1200×900 png', outputSize: '800×600 png', fits: true }),
      expect.objectContaining({ input: 'input/street.jpg', inputSize: '1600×1200 jpg', outputSize: '800×600 jpg', fits: true }),
    ]);
  });

  it('compliance: a tall photo whose copy is exactly 800 px high', async () => {
    const outcome = await run(check, (a) => (a.bucket.binaryObjects = { 'input/tower.png': png(900, 1800), 'output/tower.png': png(400, 800) }));
    expect(outcome.status).toBe('pass');
  });

  it('compliance: a file under input/ that is not an image is ignored, and listed', async () => {
    const outcome = await run(check, (a) => (a.bucket.objects = { 'input/notes.txt': 'not a photo', 'input/': '' }));
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.notImages).toEqual(['input/notes.txt']);
    expect(outcome.evidence.compared).toHaveLength(1);
  });

  it('compliance: a photo the suffix trigger does not fire on is not the function\'s work', async () => {
    const outcome = await run(check, (a) => {
      a.bucket.notifications = { lambda: [{ ...lessonTrigger(), suffix: '.jpg' }] };
      a.bucket.binaryObjects!['input/chart.png'] = png(1200, 900);
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.notCoveredByTrigger).toEqual(['input/chart.png']);
    expect((outcome.evidence.compared as { input: string }[]).map((c) => c.input)).toEqual(['input/street.jpg']);
  });

  it('non-compliance: no photo under input/', async () => {
    const outcome = await run(check, (a) => (a.bucket.binaryObjects = { 'output/street.jpg': jpeg(800, 600) }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`There is no JPEG or PNG photo under input/ in ${BUCKET} for the function to process.`);
    expect(outcome.evidence.compared).toEqual([]);
  });

  it('non-compliance: only the zero-byte folder marker input/ that the console creates', async () => {
    const outcome = await run(check, (a) => {
      a.bucket.binaryObjects = {};
      a.bucket.objects = { 'input/': '' };
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('There is no JPEG or PNG photo under input/');
    expect(outcome.evidence.notImages).toBeUndefined();
  });

  it('non-compliance: only files that are not images under input/', async () => {
    const outcome = await run(check, (a) => {
      a.bucket.binaryObjects = {};
      a.bucket.objects = { 'input/street.jpg': 'this is text named like a photo' };
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.notImages).toEqual(['input/street.jpg']);
  });

  it('non-compliance: a photo without its copy, named by key', async () => {
    const outcome = await run(check, (a) => (a.bucket.binaryObjects!['input/chart.png'] = png(1200, 900)));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('The resized copy is missing: output/chart.png.');
    expect(outcome.evidence.compared).toContainEqual({ input: 'input/chart.png', inputSize: '1200×900 png', output: 'output/chart.png', outputSize: null, fits: false });
  });

  it('non-compliance: the copy exists but is not an image', async () => {
    const outcome = await run(check, (a) => (a.bucket.binaryObjects!['output/street.jpg'] = new TextEncoder().encode('Traceback (most recent call last)')));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('These copies are not JPEG or PNG images: output/street.jpg.');
    expect(outcome.message.es).toBe('Estas copias no son imágenes JPEG ni PNG: output/street.jpg.');
  });

  it('non-compliance: the copy is the full-size original', async () => {
    const outcome = await run(check, (a) => (a.bucket.binaryObjects!['output/street.jpg'] = sample('street.jpg')));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('These copies are larger than 800 px: output/street.jpg (1600×1200 jpg).');
    expect(outcome.message.es).toBe('Estas copias pasan de 800 px: output/street.jpg (1600×1200 jpg).');
  });

  it('non-compliance: a copy one pixel too wide', async () => {
    const outcome = await run(check, (a) => (a.bucket.binaryObjects!['output/street.jpg'] = jpeg(801, 600)));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.compared).toEqual([expect.objectContaining({ outputSize: '801×600 jpg', fits: false })]);
  });
});
