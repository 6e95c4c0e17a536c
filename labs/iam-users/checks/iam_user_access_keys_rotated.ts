import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { MAX_KEY_AGE_DAYS, USER_IN_GROUP, withOperator } from '../operator.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export default defineCheck({
  id: 'iam_user_access_keys_rotated',
  cli: 'aws iam create-access-key --user-name ana && aws iam update-access-key --user-name ana --access-key-id <old-key-id> --status Inactive && aws iam delete-access-key --user-name ana --access-key-id <old-key-id>',
  points: 1,
  needs: [USER_IN_GROUP],
  title: {
    es: `Las claves de acceso del usuario están al día: como mucho una activa, de menos de ${MAX_KEY_AGE_DAYS} días, y ninguna desactivada olvidada`,
    en: `The user's access keys are in order: at most one active, younger than ${MAX_KEY_AGE_DAYS} days, and no deactivated key left behind`,
  },
  hint: {
    es: `Rota como enseña la lección: crea la clave nueva, pásate a ella, desactiva la antigua y, cuando compruebes que nada falla, bórrala. Una clave activa con más de ${MAX_KEY_AGE_DAYS} días se rota; no tener ninguna clave también vale.`,
    en: `Rotate as the lesson shows: create the new key, switch to it, deactivate the old one and, once nothing breaks, delete it. An active key older than ${MAX_KEY_AGE_DAYS} days gets rotated; having no key at all is fine too.`,
  },
  run: (ctx) =>
    withOperator(ctx, async (user) => {
      const keys = await ctx.iam.accessKeys(user.name);
      const now = Date.now();
      const ageDays = (createdAt?: string) => (createdAt ? Math.floor((now - Date.parse(createdAt)) / DAY_MS) : undefined);
      const described = keys.map((k) => ({ id: k.id, status: k.status, createdAt: k.createdAt, ageDays: ageDays(k.createdAt) }));
      const active = described.filter((k) => k.status === 'Active');
      const inactive = described.filter((k) => k.status !== 'Active');
      const old = active.filter((k) => (k.ageDays ?? 0) > MAX_KEY_AGE_DAYS);
      const evidence = { resource: user.arn, accessKeys: described, maxActive: 1, maxAgeDays: MAX_KEY_AGE_DAYS };
      if (active.length > 1) {
        return fail(
          {
            es: `El usuario ${user.name} tiene ${active.length} claves activas (${active.map((k) => k.id).join(', ')}): termina la rotación desactivando y borrando la antigua.`,
            en: `User ${user.name} has ${active.length} active keys (${active.map((k) => k.id).join(', ')}): finish the rotation by deactivating and deleting the old one.`,
          },
          evidence,
        );
      }
      if (old.length) {
        return fail(
          {
            es: `La clave activa ${old[0]!.id} de ${user.name} tiene ${old[0]!.ageDays} días, más de ${MAX_KEY_AGE_DAYS}: rótala.`,
            en: `Active key ${old[0]!.id} of ${user.name} is ${old[0]!.ageDays} days old, more than ${MAX_KEY_AGE_DAYS}: rotate it.`,
          },
          evidence,
        );
      }
      if (inactive.length) {
        return fail(
          {
            es: `El usuario ${user.name} conserva la clave desactivada ${inactive.map((k) => k.id).join(', ')}: bórrala cuando compruebes que nada la usa.`,
            en: `User ${user.name} still has deactivated key ${inactive.map((k) => k.id).join(', ')}: delete it once you know nothing uses it.`,
          },
          evidence,
        );
      }
      return pass(
        active.length
          ? {
              es: `El usuario ${user.name} tiene una sola clave activa, de ${active[0]!.ageDays ?? '?'} días.`,
              en: `User ${user.name} has one active key, ${active[0]!.ageDays ?? '?'} days old.`,
            }
          : { es: `El usuario ${user.name} no tiene claves de acceso: no hay nada que rotar.`, en: `User ${user.name} has no access keys: nothing to rotate.` },
        evidence,
      );
    }),
});
