import { describe, expect, it } from 'vitest';
import { langFromEnv } from '../../../checker/core/i18n.ts';
import { pickLang } from '../../../checker/cli.ts';
import { MESSAGES } from '../../../checker/messages.ts';

describe('language selection', () => {
  it('defaults to Spanish and follows an English locale', () => {
    expect(langFromEnv({})).toBe('es');
    expect(langFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(langFromEnv({ LANG: 'fr_FR.UTF-8' })).toBe('es');
  });

  it('--lang wins over the environment, in both spellings', () => {
    expect(pickLang(['check', '--lang', 'en'], { LANG: 'es_ES' })).toBe('en');
    expect(pickLang(['check', '--lang=es'], { LANG: 'en_US' })).toBe('es');
  });

  it('every CLI message exists in both languages', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.es).sort());
    for (const key of Object.keys(MESSAGES.es) as (keyof typeof MESSAGES.es)[]) {
      expect(MESSAGES.en[key], key).not.toEqual(MESSAGES.es[key]);
    }
  });
});
