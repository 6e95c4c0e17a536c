import type { Lang } from './core/i18n.ts';

/** Every CLI message, in both languages. `en` must have exactly the shape of `es`. */
const es = {
  usage: `NubeLab: curso de AWS con laboratorios comprobables.

Uso:
  nubelab check <lab...> | --all   Comprueba uno o más laboratorios en una cuenta
      [--format human|json|junit] [--lang es|en] [--target emulator|aws]
      [--endpoint URL] [--region R] [--profile P]
  nubelab emulator start|stop|status|reset [--port N]
                                   Gestiona el emulador integrado (moto)
  nubelab deploy <lab> [--target emulator|aws] [--learner NOMBRE]
                                   Despliega la solución de referencia (instructores)
  nubelab destroy <lab> [--target emulator|aws] [--learner NOMBRE]
                                   La elimina, objetos incluidos
  nubelab labs                     Lista los laboratorios
  nubelab api [--port 4322] [--allow-origin URL...] [--target …] [--endpoint URL]
                                   API local para el botón «Comprobar mi progreso» de la web
  nubelab grader-policy            Política IAM de solo lectura para quien corrige
  nubelab --help | --version

Por defecto el destino es el emulador integrado en http://localhost:4566
(AWS_ENDPOINT_URL lo cambia). Códigos de salida de check: 0 todo correcto,
1 alguna comprobación no pasa, 2 no se pudo ejecutar.`,
  unknownCommand: (c: string) => `Orden desconocida: ${c}. Usa nubelab --help.`,
  badFlag: (detail: string) => `Argumento no válido o sin valor: ${detail}. Usa nubelab --help.`,
  unknownFlag: (flag: string) => `Opción desconocida: ${flag}. Usa nubelab --help.`,
  badValue: (flag: string, value: string, allowed: string) => `Valor no válido para --${flag}: «${value}» (admitidos: ${allowed}).`,
  unknownLab: (id: string, known: string) => `Laboratorio desconocido: ${id}. Disponibles: ${known}.`,
  noLabGiven: 'Indica al menos un laboratorio o --all.',
  oneLabOnly: 'Indica exactamente un laboratorio.',
  unreachable: (endpoint: string) => `No se puede conectar con ${endpoint}.`,
  unreachableEmulator: (endpoint: string) => `No hay ningún emulador en ${endpoint}. Arráncalo con: nubelab emulator start`,
  credentialsProblem: (detail: string) => `No se pudieron usar las credenciales: ${detail}.`,
  unexpected: (detail: string) => `Error inesperado: ${detail}.`,
  target: 'destino',
  region: 'región',
  account: 'cuenta',
  score: 'Puntuación',
  hint: 'Pista',
  evidence: 'Evidencia',
  statusWord: { pass: 'correcto', fail: 'falla', error: 'error', not_applicable: 'no aplicable' },
  emulatorStarting: (port: number) => `Arrancando el emulador (moto) en el puerto ${port}…`,
  emulatorReady: (endpoint: string, version: string) => `Emulador listo en ${endpoint} (moto ${version}).`,
  emulatorReused: (endpoint: string, kind: string) => `Ya hay un endpoint compatible con AWS en ${endpoint} (${kind}); se usará ese.`,
  emulatorStopped: (port: number) => `Emulador del puerto ${port} detenido.`,
  emulatorNotOurs: (port: number) => `NubeLab no arrancó ningún emulador en el puerto ${port}; no se ha detenido nada.`,
  emulatorResetUnsupported: (kind: string) => `Solo se puede vaciar moto; en ${kind} no hay reinicio.`,
  emulatorDown: (endpoint: string) => `El emulador no está en marcha en ${endpoint}.`,
  emulatorStartFailed: (log: string) => `El emulador no arrancó; mira su registro en ${log}.`,
  emulatorPortInUse: (port: number) => `El puerto ${port} está ocupado por algo que no es un endpoint de AWS; elige otro con --port.`,
  emulatorNotInstalled: 'El emulador no está instalado. Ejecuta: npm run setup',
  statusUp: 'en marcha',
  statusDown: 'parado',
  statusLine: (endpoint: string, state: string, kind: string, version: string, managed: boolean) =>
    `endpoint: ${endpoint}\nestado:   ${state}\ntipo:     ${kind}\nversión:  ${version}\ngestionado por NubeLab: ${managed ? 'sí' : 'no'}`,
  unknownVersion: 'desconocida',
  labsHeader: 'Laboratorios:',
  deploying: (lab: string, target: string) => `Desplegando ${lab} en ${target}…`,
  destroying: (lab: string, target: string) => `Eliminando ${lab} de ${target}…`,
  deployed: (lab: string, seconds: string) => `${lab} desplegado en ${seconds} s. Compruébalo con: nubelab check ${lab}`,
  destroyed: (lab: string, seconds: string) => `${lab} eliminado en ${seconds} s.`,
  deployingRequired: (lab: string, required: string) => `${lab} parte de ${required}: se despliega antes (si ya está, solo se actualiza).`,
  keptRequired: (lab: string, required: string) => `${required} se queda: ${lab} partía de él. Elimínalo aparte si ya no lo necesitas: nubelab destroy ${required}`,
  deployFailed: (detail: string) => `El despliegue falló: ${detail}.`,
};

type Messages = typeof es;

const en: Messages = {
  usage: `NubeLab: an AWS course with checkable labs.

Usage:
  nubelab check <lab...> | --all   Check one or more labs against an account
      [--format human|json|junit] [--lang es|en] [--target emulator|aws]
      [--endpoint URL] [--region R] [--profile P]
  nubelab emulator start|stop|status|reset [--port N]
                                   Manage the embedded emulator (moto)
  nubelab deploy <lab> [--target emulator|aws] [--learner NAME]
                                   Deploy the reference solution (instructors)
  nubelab destroy <lab> [--target emulator|aws] [--learner NAME]
                                   Remove it, objects included
  nubelab labs                     List the labs
  nubelab api [--port 4322] [--allow-origin URL...] [--target …] [--endpoint URL]
                                   Local API for the site's "Check my progress" button
  nubelab grader-policy            Read-only IAM policy for graders
  nubelab --help | --version

The default target is the embedded emulator at http://localhost:4566
(AWS_ENDPOINT_URL changes it). check exit codes: 0 all pass, 1 some check
does not pass, 2 could not run.`,
  unknownCommand: (c) => `Unknown command: ${c}. See nubelab --help.`,
  badFlag: (detail) => `Invalid or missing argument: ${detail}. See nubelab --help.`,
  unknownFlag: (flag) => `Unknown option: ${flag}. See nubelab --help.`,
  badValue: (flag, value, allowed) => `Invalid value for --${flag}: "${value}" (allowed: ${allowed}).`,
  unknownLab: (id, known) => `Unknown lab: ${id}. Available: ${known}.`,
  noLabGiven: 'Name at least one lab, or --all.',
  oneLabOnly: 'Name exactly one lab.',
  unreachable: (endpoint) => `Cannot connect to ${endpoint}.`,
  unreachableEmulator: (endpoint) => `No emulator at ${endpoint}. Start it with: nubelab emulator start`,
  credentialsProblem: (detail) => `The credentials could not be used: ${detail}.`,
  unexpected: (detail) => `Unexpected error: ${detail}.`,
  target: 'target',
  region: 'region',
  account: 'account',
  score: 'Score',
  hint: 'Hint',
  evidence: 'Evidence',
  statusWord: { pass: 'pass', fail: 'fail', error: 'error', not_applicable: 'not applicable' },
  emulatorStarting: (port) => `Starting the emulator (moto) on port ${port}…`,
  emulatorReady: (endpoint, version) => `Emulator ready at ${endpoint} (moto ${version}).`,
  emulatorReused: (endpoint, kind) => `An AWS-compatible endpoint already answers at ${endpoint} (${kind}); using it.`,
  emulatorStopped: (port) => `Emulator on port ${port} stopped.`,
  emulatorNotOurs: (port) => `NubeLab started no emulator on port ${port}; nothing was stopped.`,
  emulatorResetUnsupported: (kind) => `Only moto can be emptied; ${kind} has no reset.`,
  emulatorDown: (endpoint) => `The emulator is not running at ${endpoint}.`,
  emulatorStartFailed: (log) => `The emulator did not start; see its log at ${log}.`,
  emulatorPortInUse: (port) => `Port ${port} is taken by something that is not an AWS endpoint; choose another with --port.`,
  emulatorNotInstalled: 'The emulator is not installed. Run: npm run setup',
  statusUp: 'up',
  statusDown: 'down',
  statusLine: (endpoint, state, kind, version, managed) =>
    `endpoint: ${endpoint}\nstate:    ${state}\nkind:     ${kind}\nversion:  ${version}\nmanaged by NubeLab: ${managed ? 'yes' : 'no'}`,
  unknownVersion: 'unknown',
  labsHeader: 'Labs:',
  deploying: (lab, target) => `Deploying ${lab} to ${target}…`,
  destroying: (lab, target) => `Removing ${lab} from ${target}…`,
  deployed: (lab, seconds) => `${lab} deployed in ${seconds} s. Check it with: nubelab check ${lab}`,
  destroyed: (lab, seconds) => `${lab} removed in ${seconds} s.`,
  deployingRequired: (lab, required) => `${lab} builds on ${required}: deploying it first (if it is there already, it is only updated).`,
  keptRequired: (lab, required) => `${required} stays: ${lab} built on it. Remove it separately if you no longer need it: nubelab destroy ${required}`,
  deployFailed: (detail) => `The deployment failed: ${detail}.`,
};

export const MESSAGES: Record<Lang, Messages> = { es, en };
