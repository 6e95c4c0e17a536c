/**
 * starlight-links-validator publishes its TypeScript sources instead of declarations, and those
 * sources do not type-check under this project's stricter compiler settings. tsconfig's `paths`
 * points the import here, so `tsc` checks our use of the plugin without checking its internals.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';

export default function starlightLinksValidator(options?: Record<string, unknown>): StarlightPlugin;
