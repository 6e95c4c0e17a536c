/** The pages the browser tests visit, and what each language calls things on them. */
export const LESSON_PATH = 'taxi-project/s3-bucket/';

export const PAGES = {
  es: {
    home: '/es/',
    lesson: `/es/${LESSON_PATH}`,
    lessonTitle: 'El bucket del data lake',
    checkTableName: /^Comprobaciones del laboratorio/,
    cliTab: 'AWS CLI',
    cliStepsName: 'Pasos con la AWS CLI',
    languageSelect: 'Seleccionar idioma',
    searchLabel: 'Buscar',
    searchTerm: 'versionado',
  },
  en: {
    home: '/en/',
    lesson: `/en/${LESSON_PATH}`,
    lessonTitle: 'The data-lake bucket',
    checkTableName: /^Checks in the lab/,
    cliTab: 'AWS CLI',
    cliStepsName: 'Steps with the AWS CLI',
    languageSelect: 'Select language',
    searchLabel: 'Search',
    searchTerm: 'versioning',
  },
} as const;

export const LANGS = ['es', 'en'] as const;

/**
 * One page from each course section (the ones with a diagram or the quiz, the richest markup),
 * plus the two reference pages. Axe runs on each of them in both languages and colour schemes.
 */
export const COURSE_SAMPLE_PAGES = [
  'fundamentals/quiz/',
  'aws-notes/security-groups-vs-nacls/',
  'taxi-project/project-plan/',
  'architecture/lambda-image-resize/',
  'connecting-services/architecture-diagram/',
  'glossary/',
  'coverage/',
];
