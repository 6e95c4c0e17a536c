import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Lang } from '../../checker/core/i18n.ts';

/**
 * Reading lesson sources (MDX) from Node, for the course's consistency tests and the coverage map.
 * The site itself reads them through Astro's content collections.
 */

export function docsDir(root: string, lang: Lang): string {
  return join(root, 'site', 'content', 'docs', lang);
}

/** Lesson paths relative to the language folder, without extension: 'aws-notes/vpc'. */
export function lessonPaths(root: string, lang: Lang): string[] {
  const base = docsDir(root, lang);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [relative(base, join(dir, e.name)).replace(/\.mdx?$/, '')] : [],
    );
  return walk(base).sort();
}

export function lessonFile(root: string, lang: Lang, page: string): string | undefined {
  return ['.mdx', '.md'].map((ext) => join(docsDir(root, lang), page + ext)).find((file) => existsSync(file));
}

/** Removes front matter, import lines and fenced code, keeping the lines' count for error messages. */
export function proseOf(source: string): string {
  const lines = source.split(/\r?\n/);
  let inFence = false;
  let inFrontMatter = lines[0] === '---';
  return lines
    .map((line, i) => {
      if (inFrontMatter) {
        if (i > 0 && line === '---') inFrontMatter = false;
        return '';
      }
      if (/^\s*(```|~~~)/.test(line)) {
        inFence = !inFence;
        return '';
      }
      return inFence || /^import\s/.test(line) ? '' : line;
    })
    .join('\n');
}

/** The `##` to `####` headings of a lesson, as plain text (the page title is front matter). */
export function sectionHeadings(source: string): string[] {
  return [...proseOf(source).matchAll(/^#{2,4}\s+(.+?)\s*$/gm)].map((m) => m[1]!);
}
