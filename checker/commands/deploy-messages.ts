import type { Lang } from '../core/i18n.ts';
import { plural } from '../core/plural.ts';
import type { DeployErrorCode, DeployEvent } from '../deploy/index.ts';

type EventText = { [K in DeployEvent['kind']]: (e: Extract<DeployEvent, { kind: K }>) => string | undefined };
type ErrorText = Record<DeployErrorCode, (d: Record<string, any>) => string>;

const list = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));

/** What deploy and destroy print as they go, in each language. `undefined` prints nothing. */
export const EVENT_TEXT: Record<Lang, EventText> = {
  es: {
    'synthesized': (e) => `  plantilla de ${e.stackName} sintetizada (${plural('es', e.resourceCount, { one: 'recurso', other: 'recursos' })})`,
    'resource-creating': () => undefined,
    'resource-created': (e) => `  ✓ creado ${e.type} ${e.physicalId}`,
    'resource-updated': (e) => `  ✓ actualizado ${e.type} ${e.physicalId}`,
    'resource-skipped': (e) =>
      e.reason === 'engine-lacks-service' || e.reason === 'engine-lacks-feature'
        ? `  – omitido ${e.type} ${e.logicalId}: ${e.why?.es ?? ''}`
        : e.reason === 'depends-on-skipped'
          ? `  – omitido ${e.type} ${e.logicalId}: necesita ${e.dependsOn}, que este motor no puede crear`
          : undefined,
    'property-skipped': (e) => `  – se deja fuera ${e.property} de ${e.type} ${e.logicalId}: ${e.why.es}`,
    'setup-step-skipped': (e) => `  – ${e.labId}: no se ejecuta «${e.step.es}»: ${e.why.es} Las comprobaciones que dependen de ello no aplican en este motor.`,
    'setup-skipped': (e) =>
      e.what === 'setup'
        ? `  – no se ejecuta la preparación posterior de ${e.labId}: necesita recursos omitidos (${e.needs.join(', ')})`
        : `  – no se suben algunos datos de ${e.labId}: su bucket se ha omitido`,
    'rollback-started': (e) => `  ✗ falló ${e.failedLogicalId}; deshaciendo ${plural('es', e.toDelete.length, { one: 'recurso', other: 'recursos' })}…`,
    'resource-deleting': () => undefined,
    'resource-deleted': (e) => `  ✓ eliminado ${e.type} ${e.physicalId}`,
    'resource-absent': (e) => `  – ya no existía ${e.type} ${e.physicalId}`,
    'deletion-protection-removed': (e) => `  ✓ quitada la protección contra borrado de la tabla ${e.table} para poder borrarla`,
    'bucket-emptied': (e) => `  ✓ vaciado ${e.bucket} (${plural('es', e.deletedCount, { one: 'versión o marcador', other: 'versiones y marcadores' })})`,
    'seeded': (e) => `  ✓ subido s3://${e.bucket}/${e.key} (${e.bytes} bytes)`,
    'output-appeared': (e) => `  ✓ apareció s3://${e.bucket}/${e.key} a los ${(e.afterMs / 1000).toFixed(1)} s`,
    'athena-query-succeeded': (e) => `  ✓ ${{ 'create-table': `tabla ${e.table} registrada`, 'lesson-query': `consulta de la lección sobre ${e.table} terminada`, 'drop-table': `tabla ${e.table} borrada` }[e.statement]} en ${e.workGroup} (${e.queryExecutionId}, ${(e.afterMs / 1000).toFixed(1)} s)`,
    'glue-crawl-finished': (e) => `  ✓ crawler ${e.crawler} terminado a los ${(e.afterMs / 1000).toFixed(1)} s (${plural('es', e.tables, { one: 'tabla', other: 'tablas' })} en ${e.database})`,
    'glue-job-run-succeeded': (e) => `  ✓ job ${e.job}: ejecución ${e.runId} terminada en SUCCEEDED a los ${(e.afterMs / 1000).toFixed(1)} s`,
    'sagemaker-endpoint-in-service': (e) => `  ✓ endpoint ${e.endpoint} InService a los ${(e.afterMs / 1000).toFixed(1)} s`,
    'sagemaker-prediction': (e) => `  ✓ endpoint ${e.endpoint}: el viaje de ejemplo ${e.request} → ${e.prediction} (${e.afterMs} ms)`,
    'sagemaker-endpoint-removed': (e) => `  ✓ eliminados el endpoint ${e.endpoint}, su configuración y su modelo`,
    'kms-key-deletion-scheduled': (e) => `  ✓ programado el borrado de la clave KMS ${e.keyId} dentro de ${plural('es', e.days, { one: 'día', other: 'días' })}${e.deletionDate ? ` (${e.deletionDate.slice(0, 10)})` : ''}: hasta entonces queda en PendingDeletion y aws kms cancel-key-deletion la recupera`,
    'password-policy-set': (e) => `  ✓ política de contraseñas de la cuenta: mínimo ${e.minimumLength} caracteres, cada usuario puede cambiar la suya`,
    'password-policy-kept': (e) =>
      e.reason === 'already-met'
        ? '  – la política de contraseñas de la cuenta ya cumplía el mínimo; no se ha tocado'
        : '  – la política de contraseñas de la cuenta se queda como está: vale para todos los usuarios de la cuenta',
    'console-password-set': (e) => `  ✓ contraseña de consola aleatoria para ${e.user} (no se muestra; hay que cambiarla al primer inicio de sesión)`,
    'console-password-removed': (e) => `  ✓ eliminada la contraseña de consola de ${e.user}`,
    'mfa-enabled': (e) => `  ✓ MFA virtual activado para ${e.user}: ${e.serialNumber}`,
    'mfa-removed': (e) => `  ✓ MFA desactivado y eliminado para ${e.user}: ${e.serialNumber}`,
    'bootstrapping': (e) => `  preparando CDK (bootstrap) en ${e.account}/${e.region}…`,
    'toolkit-command': (e) => `  $ cdk ${e.args.join(' ')}`,
    'toolkit-output': (e) => `    ${e.line}`,
    'stack-absent': (e) => `  – la pila ${e.stackName} no existe; no hay nada que eliminar`,
  },
  en: {
    'synthesized': (e) => `  synthesized the ${e.stackName} template (${plural('en', e.resourceCount, { one: 'resource', other: 'resources' })})`,
    'resource-creating': () => undefined,
    'resource-created': (e) => `  ✓ created ${e.type} ${e.physicalId}`,
    'resource-updated': (e) => `  ✓ updated ${e.type} ${e.physicalId}`,
    'resource-skipped': (e) =>
      e.reason === 'engine-lacks-service' || e.reason === 'engine-lacks-feature'
        ? `  – skipped ${e.type} ${e.logicalId}: ${e.why?.en ?? ''}`
        : e.reason === 'depends-on-skipped'
          ? `  – skipped ${e.type} ${e.logicalId}: it needs ${e.dependsOn}, which this engine cannot create`
          : undefined,
    'property-skipped': (e) => `  – left out ${e.property} of ${e.type} ${e.logicalId}: ${e.why.en}`,
    'setup-step-skipped': (e) => `  – ${e.labId}: "${e.step.en}" not run: ${e.why.en} The checks relying on it are not applicable on this engine.`,
    'setup-skipped': (e) =>
      e.what === 'setup'
        ? `  – ${e.labId}'s post-deploy setup not run: it needs skipped resources (${e.needs.join(', ')})`
        : `  – some of ${e.labId}'s data not uploaded: its bucket was skipped`,
    'rollback-started': (e) => `  ✗ ${e.failedLogicalId} failed; undoing ${plural('en', e.toDelete.length, { one: 'resource', other: 'resources' })}…`,
    'resource-deleting': () => undefined,
    'resource-deleted': (e) => `  ✓ deleted ${e.type} ${e.physicalId}`,
    'resource-absent': (e) => `  – already gone: ${e.type} ${e.physicalId}`,
    'deletion-protection-removed': (e) => `  ✓ turned off deletion protection on table ${e.table} so it can be deleted`,
    'bucket-emptied': (e) => `  ✓ emptied ${e.bucket} (${plural('en', e.deletedCount, { one: 'version or marker', other: 'versions and markers' })})`,
    'seeded': (e) => `  ✓ uploaded s3://${e.bucket}/${e.key} (${e.bytes} bytes)`,
    'output-appeared': (e) => `  ✓ s3://${e.bucket}/${e.key} appeared after ${(e.afterMs / 1000).toFixed(1)} s`,
    'athena-query-succeeded': (e) => `  ✓ ${{ 'create-table': `table ${e.table} registered`, 'lesson-query': `lesson's query on ${e.table} succeeded`, 'drop-table': `table ${e.table} dropped` }[e.statement]} in ${e.workGroup} (${e.queryExecutionId}, ${(e.afterMs / 1000).toFixed(1)} s)`,
    'glue-crawl-finished': (e) => `  ✓ crawler ${e.crawler} finished after ${(e.afterMs / 1000).toFixed(1)} s (${plural('en', e.tables, { one: 'table', other: 'tables' })} in ${e.database})`,
    'glue-job-run-succeeded': (e) => `  ✓ job ${e.job}: run ${e.runId} SUCCEEDED after ${(e.afterMs / 1000).toFixed(1)} s`,
    'sagemaker-endpoint-in-service': (e) => `  ✓ endpoint ${e.endpoint} InService after ${(e.afterMs / 1000).toFixed(1)} s`,
    'sagemaker-prediction': (e) => `  ✓ endpoint ${e.endpoint}: the sample trip ${e.request} → ${e.prediction} (${e.afterMs} ms)`,
    'sagemaker-endpoint-removed': (e) => `  ✓ deleted endpoint ${e.endpoint}, its configuration and its model`,
    'kms-key-deletion-scheduled': (e) => `  ✓ scheduled the deletion of KMS key ${e.keyId} in ${plural('en', e.days, { one: 'day', other: 'days' })}${e.deletionDate ? ` (${e.deletionDate.slice(0, 10)})` : ''}: until then it stays PendingDeletion and aws kms cancel-key-deletion brings it back`,
    'password-policy-set': (e) => `  ✓ account password policy: at least ${e.minimumLength} characters, users may change their own`,
    'password-policy-kept': (e) =>
      e.reason === 'already-met'
        ? '  – the account password policy already met the minimum; left as it was'
        : '  – the account password policy stays as it is: it applies to every user in the account',
    'console-password-set': (e) => `  ✓ random console password for ${e.user} (not shown; it must be changed at first sign-in)`,
    'console-password-removed': (e) => `  ✓ removed the console password of ${e.user}`,
    'mfa-enabled': (e) => `  ✓ virtual MFA enabled for ${e.user}: ${e.serialNumber}`,
    'mfa-removed': (e) => `  ✓ MFA deactivated and deleted for ${e.user}: ${e.serialNumber}`,
    'bootstrapping': (e) => `  bootstrapping CDK in ${e.account}/${e.region}…`,
    'toolkit-command': (e) => `  $ cdk ${e.args.join(' ')}`,
    'toolkit-output': (e) => `    ${e.line}`,
    'stack-absent': (e) => `  – stack ${e.stackName} does not exist; nothing to remove`,
  },
};

export const ERROR_TEXT: Record<Lang, ErrorText> = {
  es: {
    'unknown-lab': (d) => `no hay solución de referencia para «${d.labId}» (hay: ${list(d.known)})`,
    'bad-learner': (d) => `nombre de alumno no válido «${d.learner}»: minúsculas, números y guiones, hasta ${d.maxLength} caracteres`,
    'unsupported-resource': (d) => `el emulador no sabe crear ${d.type} (${d.logicalId}); admite: ${list(d.supported)}`,
    'unsupported-property': (d) => `el emulador no aplicaría la propiedad ${d.property} de ${d.logicalId} (${d.type})`,
    'unsupported-intrinsic': (d) => `la plantilla usa ${d.fn} en ${d.path}, que el emulador no evalúa`,
    'template-error': (d) => `plantilla incorrecta en ${d.path}: ${d.reason}`,
    'dependency-cycle': (d) => `los recursos dependen unos de otros en círculo: ${list(d.cycle)}`,
    'resource-exists': (d) => `${d.physicalId} ya existe y no lo desplegó NubeLab; no se ha tocado`,
    'resource-not-owned': (d) => `${d.physicalId} no lo desplegó NubeLab; se ha dejado como estaba`,
    'resource-failed': (d) => `no se pudo crear ${d.logicalId} (${d.awsCode ?? 'error'}); se deshizo lo creado`,
    'delete-failed': (d) => `no se pudo eliminar ${d.physicalId} (${d.awsCode ?? 'error'})`,
    'seed-missing': (d) => `falta el fichero de datos ${d.file}`,
    'seed-output-missing': (d) => `la pila no tiene la salida ${d.output}`,
    'setup-failed': (d) => `la preparación ${d.phase === 'remove' ? 'previa a la eliminación' : 'posterior al despliegue'} de ${d.labId} falló (${d.awsCode ?? 'error'})`,
    'toolkit-version': (d) => `la CLI de CDK instalada es ${d.version}; se esperaba ${d.expected} (ejecuta npm run setup)`,
    'toolkit-failed': (d) => `cdk ${d.command} terminó con código ${d.exitCode}`,
  },
  en: {
    'unknown-lab': (d) => `there is no reference solution for "${d.labId}" (there is: ${list(d.known)})`,
    'bad-learner': (d) => `invalid learner name "${d.learner}": lowercase letters, digits and hyphens, up to ${d.maxLength} characters`,
    'unsupported-resource': (d) => `the emulator cannot create ${d.type} (${d.logicalId}); it supports: ${list(d.supported)}`,
    'unsupported-property': (d) => `the emulator would not apply property ${d.property} of ${d.logicalId} (${d.type})`,
    'unsupported-intrinsic': (d) => `the template uses ${d.fn} at ${d.path}, which the emulator does not evaluate`,
    'template-error': (d) => `bad template at ${d.path}: ${d.reason}`,
    'dependency-cycle': (d) => `resources depend on each other in a loop: ${list(d.cycle)}`,
    'resource-exists': (d) => `${d.physicalId} already exists and NubeLab did not deploy it; it was left alone`,
    'resource-not-owned': (d) => `${d.physicalId} was not deployed by NubeLab; it was left as it was`,
    'resource-failed': (d) => `${d.logicalId} could not be created (${d.awsCode ?? 'error'}); what was created was undone`,
    'delete-failed': (d) => `${d.physicalId} could not be deleted (${d.awsCode ?? 'error'})`,
    'seed-missing': (d) => `the data file ${d.file} is missing`,
    'seed-output-missing': (d) => `the stack has no output ${d.output}`,
    'setup-failed': (d) => `the ${d.phase === 'remove' ? 'pre-destroy' : 'post-deploy'} setup of ${d.labId} failed (${d.awsCode ?? 'error'})`,
    'toolkit-version': (d) => `the installed CDK CLI is ${d.version}; expected ${d.expected} (run npm run setup)`,
    'toolkit-failed': (d) => `cdk ${d.command} exited with code ${d.exitCode}`,
  },
};
