import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

/**
 * NubeLab's own UI strings. Declaring them (instead of relying on the loose default schema)
 * makes a key missing from es.json or en.json a build error rather than a blank on the page.
 */
const NUBELAB_KEYS = [
  'checkTable.caption',
  'checkTable.id',
  'checkTable.title',
  'checkTable.points',
  'checkTable.hint',
  'checkTable.total',
  'cliSteps.label',
  'labSteps.console',
  'labSteps.cli',
  'labSteps.cdk',
  'labSteps.cliIntro',
  'labSteps.cliAll',
  'labSteps.cdkIntro',
  'labSteps.cdkDeploy',
  'labSteps.requires',
  'checkYourWork.run',
  'checkYourWork.readOnly',
  'checkYourWork.exit0',
  'checkYourWork.exit1',
  'checkYourWork.exit2',
  'checkYourWork.elsewhere',
  'checkYourWork.region',
  'checkYourWork.reset',
  'checkYourWork.regionPlaceholder',
  'checkYourWork.tableIntro',
  'whatChanged.title',
  'labPending.title',
  'labPending.body',
  'diagram.textAlternative',
  'glossary.otherLanguage',
  'glossary.related',
  'quiz.check',
  'quiz.correct',
  'quiz.incorrect',
  'quiz.chooseFirst',
  'quiz.score',
  'quiz.questionNumber',
  'coverage.summary',
  'coverage.guideTitle',
  'coverage.heading',
  'coverage.where',
  'coverage.omitted',
  'courseMap.lab',
  'courseMap.fundamentals',
  'courseMap.aws-notes',
  'courseMap.taxi-project',
  'courseMap.architecture',
  'courseMap.connecting-services',
  'sidebar.home',
  'sidebar.fundamentals',
  'sidebar.aws-notes',
  'sidebar.taxi-project',
  'sidebar.architecture',
  'sidebar.connecting-services',
  'sidebar.reference',
] as const;
const nubelabStrings = z.object(Object.fromEntries(NUBELAB_KEYS.map((key) => [key, z.string().min(1)])));

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: nubelabStrings }) }),
};
