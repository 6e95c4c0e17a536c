import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSteps } from '../../../site/components/split-steps.ts';
import { ROOT } from '../../../checker/paths.ts';
import lab from '../../../labs/s3-bucket/lab.ts';

describe('splitSteps', () => {
  it('drops the preamble and keeps each section without its marker', () => {
    const sections = splitSteps('#!/bin/bash\nset -e\n# @step one\n\necho 1\n# @step two-b\necho 2\n\n', 'x.sh');
    expect(sections).toEqual([
      { id: 'one', code: 'echo 1' },
      { id: 'two-b', code: 'echo 2' },
    ]);
  });

  it('names the file and line of a malformed or repeated marker', () => {
    expect(() => splitSteps('# @step Bad Id\n', 'x.sh')).toThrow("x.sh:1: '# @step' needs one kebab-case id");
    expect(() => splitSteps('# @step a\n# @step a\n', 'x.sh')).toThrow("x.sh:2: step 'a' appears twice.");
  });

  it('splits the real s3-bucket script into the lesson\'s steps, none empty', () => {
    const file = join(ROOT, 'labs', 's3-bucket', 'steps.sh');
    const sections = splitSteps(readFileSync(file, 'utf8'), file);
    expect(sections.map((s) => s.id)).toEqual(lab.cliSteps.map((s) => s.id));
    for (const s of sections) expect(s.code.length, s.id).toBeGreaterThan(0);
  });
});
