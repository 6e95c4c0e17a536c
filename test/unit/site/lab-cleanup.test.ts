import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../checker/paths.ts';
import { LANGS } from '../../../checker/core/i18n.ts';
import { labs } from '../../../labs/index.ts';
import type { LabCleanup } from '../../../labs/shared/cleanup.ts';

/**
 * Every lab with a clean-up list (labs/<id>/cleanup.ts) says up front in its home lesson which paths
 * run offline and which need an account (<LabPaths>), and ends with the "Clean up on AWS" section
 * rendered from that list (<CleanUp>), in both languages. The list itself is complete in both
 * languages, and its CLI script is the same commands in each (only the comments are translated).
 */
const HEADING = { es: '## Limpieza en AWS', en: '## Clean up on AWS' } as const;

/** The ten labs this convention was written for must keep it; later labs join by adding cleanup.ts. */
const REQUIRED = ['s3-bucket', 'iam-role', 'ec2-instance', 'web-server', 'ec2-role-s3-dynamodb', 'iam-users', 'lambda-resize', 'glue-catalog', 'athena-queries', 'vpc-network'];

const cleanupFile = (id: string) => join(ROOT, 'labs', id, 'cleanup.ts');
const withCleanup = labs.filter((lab) => existsSync(cleanupFile(lab.id)));

/** The script's commands without its comments: what must not differ between languages. */
const commands = (script: string) =>
  script
    .split('\n')
    .map((line) => line.replace(/\s+#\s.*$/, '').trimEnd())
    .filter((line) => line !== '' && !line.trimStart().startsWith('#'));

describe('lab clean-up on AWS', () => {
  it('every one of the original ten labs has a clean-up list', () => {
    expect(REQUIRED.filter((id) => !existsSync(cleanupFile(id)))).toEqual([]);
  });

  for (const lab of withCleanup) {
    describe(lab.id, async () => {
      const { cleanup } = (await import(cleanupFile(lab.id))) as { cleanup: LabCleanup };

      it('lists what to delete, in both languages, with where to do it in the console', () => {
        expect(cleanup.items.length).toBeGreaterThan(0);
        for (const item of cleanup.items) {
          expect(item.resource).not.toBe('');
          for (const lang of LANGS) {
            expect(item.what[lang], `${item.resource} what (${lang})`).toMatch(/\S/);
            expect(item.console[lang], `${item.resource} console (${lang})`).toMatch(/\S/);
            if (item.cost) expect(item.cost[lang], `${item.resource} cost (${lang})`).toMatch(/\S/);
          }
        }
      });

      it('gives the same CLI commands in both languages, deleting with the AWS CLI', () => {
        expect(commands(cleanup.cli('es'))).toEqual(commands(cleanup.cli('en')));
        expect(commands(cleanup.cli('en')).some((line) => /aws \S+ (delete|terminate|rb|rm|remove|detach)/.test(line))).toBe(true);
      });

      for (const lang of LANGS) {
        it(`its home lesson (${lang}) says where it runs up front and ends with the clean-up section`, () => {
          const mdx = readFileSync(join(ROOT, 'site', 'content', 'docs', lang, `${lab.lessons[0]}.mdx`), 'utf8');
          // The components are imported with the page's other imports, not somewhere in its text (a
          // code block's own `import` lines once caught them).
          const body = mdx.split('\n---\n')[1] ?? '';
          const topImports = body.slice(0, body.search(/^(?!import |\s*$)/m));
          for (const component of ['LabPaths', 'CleanUp']) expect(topImports, `imports ${component} at the top`).toMatch(new RegExp(`^import ${component} from`, 'm'));
          const paths = mdx.indexOf(`<LabPaths lab="${lab.id}" />`);
          const firstHeading = mdx.search(/^## /m);
          expect(paths, 'renders <LabPaths>').toBeGreaterThan(-1);
          expect(paths, '<LabPaths> comes before the first section').toBeLessThan(firstHeading);
          const heading = mdx.indexOf(`\n${HEADING[lang]}\n`);
          expect(heading, `has "${HEADING[lang]}"`).toBeGreaterThan(-1);
          const section = mdx.slice(heading + HEADING[lang].length + 1).trimStart();
          expect(section.startsWith(`<CleanUp lab="${lab.id}" />`), 'the section starts with <CleanUp>').toBe(true);
        });
      }
    });
  }
});
