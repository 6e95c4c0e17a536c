import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import type { KeyInfo } from '../../../checker/services/kms/types.ts';
import type { Localized } from '../../../checker/core/i18n.ts';
import { ALIAS_NAME, keyEvidence, withKey } from '../key.ts';

/** Why the key behind the alias is not the enabled, symmetric, customer managed key the lesson creates; undefined when it is. */
function whatIsWrong(key: KeyInfo): Localized | undefined {
  if (key.manager !== 'CUSTOMER') return { es: 'no es una clave administrada por el cliente', en: 'it is not a customer managed key' };
  if (key.spec !== 'SYMMETRIC_DEFAULT' || key.usage !== 'ENCRYPT_DECRYPT') {
    return { es: `es ${key.spec}/${key.usage}, no una clave simétrica de cifrado (SYMMETRIC_DEFAULT/ENCRYPT_DECRYPT)`, en: `it is ${key.spec}/${key.usage}, not a symmetric encryption key (SYMMETRIC_DEFAULT/ENCRYPT_DECRYPT)` };
  }
  if (key.state === 'PendingDeletion') return { es: 'está programada para borrarse (PendingDeletion)', en: 'it is scheduled for deletion (PendingDeletion)' };
  if (key.state !== 'Enabled') return { es: `está en estado ${key.state}, no Enabled`, en: `its state is ${key.state}, not Enabled` };
  return undefined;
}

export default defineCheck({
  id: 'kms_key_exists',
  points: 1,
  title: {
    es: `El alias ${ALIAS_NAME} apunta a una clave KMS simétrica, administrada por el cliente y activada`,
    en: `Alias ${ALIAS_NAME} points to a symmetric, customer managed, enabled KMS key`,
  },
  hint: {
    es: `En «Key Management Service → Claves administradas por el cliente → Crear clave», elige Simétrica y Cifrar y descifrar, y ponle el alias taxis-datalake (o taxis-datalake-<tu nombre>). Si la clave está desactivada, actívala; si está programada para borrarse, cancela el borrado y actívala.`,
    en: `Under "Key Management Service → Customer managed keys → Create key", choose Symmetric and Encrypt and decrypt, and give it the alias taxis-datalake (or taxis-datalake-<your name>). If the key is disabled, enable it; if it is scheduled for deletion, cancel the deletion and enable it.`,
  },
  cli: `aws kms create-key --key-spec SYMMETRIC_DEFAULT --key-usage ENCRYPT_DECRYPT && aws kms create-alias --alias-name ${ALIAS_NAME} --target-key-id <key-id>`,
  run: (ctx) =>
    withKey(ctx, async (graded) => {
      const { key } = graded;
      const evidence = keyEvidence(graded, { state: key.state, keyManager: key.manager, keySpec: key.spec, keyUsage: key.usage, otherAliases: graded.others });
      const wrong = whatIsWrong(key);
      if (wrong) {
        return fail(
          { es: `La clave ${key.id} del alias ${graded.name} no sirve: ${wrong.es}.`, en: `Key ${key.id} behind alias ${graded.name} will not do: ${wrong.en}.` },
          evidence,
        );
      }
      return pass(
        { es: `El alias ${graded.name} apunta a la clave ${key.id}, simétrica, administrada por el cliente y activada.`, en: `Alias ${graded.name} points to key ${key.id}, symmetric, customer managed and enabled.` },
        evidence,
      );
    }),
});
