import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { keyEvidence, withKey } from '../key.ts';

export default defineCheck({
  id: 'kms_key_rotation_enabled',
  points: 1,
  title: {
    es: 'La clave tiene activada la rotación automática',
    en: 'The key has automatic rotation turned on',
  },
  hint: {
    es: 'En la clave, pestaña «Rotación de claves», marca «Rotar automáticamente esta clave KMS» (el periodo por defecto es 365 días; puedes elegir entre 90 y 2560).',
    en: 'On the key, "Key rotation" tab, tick "Automatically rotate this KMS key" (the default period is 365 days; you may choose between 90 and 2,560).',
  },
  cli: 'aws kms enable-key-rotation --key-id <key-id> --rotation-period-in-days 365',
  needs: ['kms_key_exists'],
  run: (ctx) =>
    withKey(ctx, async (graded) => {
      const rotation = await ctx.kms.rotation(graded.key.id);
      const evidence = keyEvidence(graded, { rotationEnabled: rotation.enabled, rotationPeriodInDays: rotation.periodDays ?? null });
      if (!rotation.enabled) {
        return fail(
          { es: `La clave ${graded.key.id} (${graded.name}) no tiene activada la rotación automática.`, en: `Key ${graded.key.id} (${graded.name}) does not have automatic rotation turned on.` },
          evidence,
        );
      }
      const every = rotation.periodDays !== undefined ? { es: ` cada ${rotation.periodDays} días`, en: ` every ${rotation.periodDays} days` } : { es: '', en: '' };
      return pass(
        { es: `La clave ${graded.key.id} (${graded.name}) rota automáticamente${every.es}.`, en: `Key ${graded.key.id} (${graded.name}) rotates automatically${every.en}.` },
        evidence,
      );
    }),
});
