import type { Lang } from './core/i18n.ts';

/**
 * `nubelab --help` and each subcommand's own `--help`, with examples, in both languages. `cli` is
 * how the learner started the CLI (`npx nubelab` or `nubelab`), so the examples paste as they are.
 */
export const HELP_TOPICS = ['check', 'deploy', 'destroy', 'labs', 'emulator', 'api', 'grader-policy'] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

export const isHelpTopic = (name: string | undefined): name is HelpTopic => (HELP_TOPICS as readonly string[]).includes(name ?? '');

type HelpText = { general: (cli: string) => string } & Record<HelpTopic, (cli: string) => string>;

const es: HelpText = {
  general: (cli) => `NubeLab: curso de AWS con laboratorios comprobables.

Uso:
  ${cli} check <lab...> | --all     Comprueba uno o más laboratorios en una cuenta
  ${cli} emulator start|stop|status|reset
                                    Gestiona el emulador integrado (moto)
  ${cli} deploy <lab>               Despliega la solución de referencia
  ${cli} destroy <lab>              La elimina, objetos incluidos
  ${cli} labs                       Lista los laboratorios
  ${cli} api                        API local del botón «Comprobar mi progreso»
  ${cli} grader-policy              Política IAM de solo lectura para quien corrige
  ${cli} <orden> --help             Ayuda y ejemplos de cada orden
  ${cli} --help | --version

Por defecto el destino es el emulador integrado en http://localhost:4566
(AWS_ENDPOINT_URL lo cambia).`,
  check: (cli) => `${cli} check <lab...> | --all [opciones]

Comprueba tu trabajo en un laboratorio: solo lee la cuenta, nunca cambia nada. La cabecera dice
qué recurso se califica (y si es la solución de referencia) y qué otros coinciden.

Opciones:
  --all                     Todos los laboratorios
  --format human|json|junit Formato del informe (human por defecto)
  --lang es|en              Idioma (por defecto, el de tu sistema)
  --target emulator|aws     Dónde comprobar (emulator por defecto)
  --endpoint URL            Endpoint compatible con AWS (o AWS_ENDPOINT_URL)
  --region R                Región del laboratorio (us-east-1 por defecto)
  --profile P               Perfil de AWS con credenciales de lectura
  --resource NOMBRE         Califica este recurso entre los que coinciden (bucket, rol, función…);
                            repetible si el laboratorio califica varios
  --exclude-reference       No califica lo que creó ${cli} deploy: así cuenta solo tu trabajo
  --account ID              En un emulador compartido, la cuenta (12 dígitos) que se califica

Códigos de salida: 0 pasan todas las comprobaciones aplicables (las que no aplican no
cuentan), 1 alguna falla o no se pudo evaluar, 2 no se pudo ejecutar (por ejemplo, el
emulador no responde).

Ejemplos:
  ${cli} check s3-bucket
  ${cli} check s3-bucket --resource taxis-datalake-ana-123456789012
  ${cli} check iam-role --resource de-s3access-ana --resource taxis-datalake-ana-123456789012
  ${cli} check s3-bucket --exclude-reference --lang en
  ${cli} check --all --format junit > informe.xml
  ${cli} check iam-role --target aws --profile curso --region eu-west-1`,
  deploy: (cli) => `${cli} deploy <lab> [opciones]

Despliega la solución de referencia del laboratorio (y antes, los laboratorios de los que parte).
Sirve para estudiarla o para preparar una clase; tu propio trabajo es otro recurso, y
${cli} check --exclude-reference lo califica sin contar la referencia.

Opciones:
  --target emulator|aws     Dónde desplegar (emulator por defecto)
  --learner NOMBRE          Sufijo de los nombres, para compartir una cuenta
  --account ID              En un emulador compartido, la cuenta (12 dígitos) donde desplegar
  --endpoint URL, --region R, --profile P, --lang es|en

Ejemplos:
  ${cli} deploy s3-bucket
  ${cli} deploy iam-role --learner ana
  ${cli} deploy s3-bucket --target aws --profile curso`,
  destroy: (cli) => `${cli} destroy <lab> [opciones]

Elimina lo que desplegó ${cli} deploy para ese laboratorio, objetos incluidos. Solo toca recursos
con las etiquetas de NubeLab: nunca borra lo que creaste tú. Los laboratorios de los que parte se
quedan.

Opciones:
  --target emulator|aws, --learner NOMBRE, --endpoint URL, --region R, --profile P, --lang es|en

Ejemplos:
  ${cli} destroy s3-bucket
  ${cli} destroy iam-role --learner ana --target aws --profile curso`,
  labs: (cli) => `${cli} labs

Lista los laboratorios, en el orden del curso, con su id y su título.

Ejemplo:
  ${cli} labs --lang en`,
  emulator: (cli) => `${cli} emulator start|stop|status|reset [--engine E] [--port N]

Gestiona el emulador integrado (moto) en tu máquina; no hace falta cuenta de AWS.
  start    Lo arranca y recupera tu trabajo guardado
  stop     Guarda tu trabajo y lo para (--no-save lo para sin guardar)
  status   Dice si está en marcha, su versión y si lo gestiona NubeLab
  reset    Lo vacía: la única forma de borrar tu trabajo

Opciones:
  --port N                  Puerto (4566 por defecto)
  --engine moto|localstack|ministack
                            Motor (moto por defecto); LocalStack y MiniStack se instalan la primera vez,
                            arrancan vacíos y no guardan nada al pararse

Ejemplos:
  ${cli} emulator start
  ${cli} emulator status --port 4567
  ${cli} emulator stop --no-save
  ${cli} emulator start --engine ministack --port 4567`,
  api: (cli) => `${cli} api [opciones]

API local para el botón «Comprobar mi progreso» de la web (npm start ya la arranca). Solo escucha
en 127.0.0.1 y solo atiende a las páginas del curso.

Opciones:
  --port N                  Puerto (4322 por defecto; 0 cualquiera libre)
  --allow-origin URL        Origen de la web admitido (repetible)
  --target emulator|aws, --endpoint URL, --region R, --profile P

Ejemplos:
  ${cli} api
  ${cli} api --port 4400 --allow-origin http://localhost:4321`,
  'grader-policy': (cli) => `${cli} grader-policy

Imprime la política IAM de solo lectura con la que ${cli} check puede calificar una cuenta real.

Ejemplo:
  ${cli} grader-policy > politica-correccion.json`,
};

const en: HelpText = {
  general: (cli) => `NubeLab: an AWS course with checkable labs.

Usage:
  ${cli} check <lab...> | --all     Check one or more labs against an account
  ${cli} emulator start|stop|status|reset
                                    Manage the embedded emulator (moto)
  ${cli} deploy <lab>               Deploy the reference solution
  ${cli} destroy <lab>              Remove it, objects included
  ${cli} labs                       List the labs
  ${cli} api                        Local API for the "Check my progress" button
  ${cli} grader-policy              Read-only IAM policy for graders
  ${cli} <command> --help           Help and examples for each command
  ${cli} --help | --version

The default target is the embedded emulator at http://localhost:4566
(AWS_ENDPOINT_URL changes it).`,
  check: (cli) => `${cli} check <lab...> | --all [options]

Checks your work in a lab: it only reads the account, never changes anything. The header says
which resource is graded (and whether it is the reference solution) and which others matched.

Options:
  --all                     Every lab
  --format human|json|junit Report format (human by default)
  --lang es|en              Language (your system's by default)
  --target emulator|aws     Where to check (emulator by default)
  --endpoint URL            An AWS-compatible endpoint (or AWS_ENDPOINT_URL)
  --region R                The lab's region (us-east-1 by default)
  --profile P               An AWS profile with read credentials
  --resource NAME           Grade this one among the matching resources (bucket, role, function…);
                            repeatable when the lab grades several
  --exclude-reference       Leave out what ${cli} deploy created, so only your work counts
  --account ID              On a shared emulator, the account (12 digits) to grade

Exit codes: 0 every applicable check passes (not applicable ones do not count), 1 some check
fails or could not be evaluated, 2 could not run (for example, the emulator does not answer).

Examples:
  ${cli} check s3-bucket
  ${cli} check s3-bucket --resource taxis-datalake-ana-123456789012
  ${cli} check iam-role --resource de-s3access-ana --resource taxis-datalake-ana-123456789012
  ${cli} check s3-bucket --exclude-reference --lang es
  ${cli} check --all --format junit > report.xml
  ${cli} check iam-role --target aws --profile course --region eu-west-1`,
  deploy: (cli) => `${cli} deploy <lab> [options]

Deploys the lab's reference solution (and first the labs it builds on). Use it to study the
solution or to prepare a class; your own work is another resource, and
${cli} check --exclude-reference grades it without counting the reference.

Options:
  --target emulator|aws     Where to deploy (emulator by default)
  --learner NAME            Suffix for the names, to share an account
  --account ID              On a shared emulator, the account (12 digits) to deploy into
  --endpoint URL, --region R, --profile P, --lang es|en

Examples:
  ${cli} deploy s3-bucket
  ${cli} deploy iam-role --learner ana
  ${cli} deploy s3-bucket --target aws --profile course`,
  destroy: (cli) => `${cli} destroy <lab> [options]

Removes what ${cli} deploy created for that lab, objects included. It only touches resources
with NubeLab's tags: it never deletes what you made yourself. The labs it builds on stay.

Options:
  --target emulator|aws, --learner NAME, --endpoint URL, --region R, --profile P, --lang es|en

Examples:
  ${cli} destroy s3-bucket
  ${cli} destroy iam-role --learner ana --target aws --profile course`,
  labs: (cli) => `${cli} labs

Lists the labs in course order, with their id and title.

Example:
  ${cli} labs --lang es`,
  emulator: (cli) => `${cli} emulator start|stop|status|reset [--engine E] [--port N]

Manages the embedded emulator (moto) on your machine; no AWS account needed.
  start    Starts it and restores your saved work
  stop     Saves your work and stops it (--no-save stops it without saving)
  status   Says whether it runs, its version and whether NubeLab manages it
  reset    Empties it: the one way to erase your work

Options:
  --port N                  Port (4566 by default)
  --engine moto|localstack|ministack
                            Engine (moto by default); LocalStack and MiniStack install on first use,
                            start empty and keep nothing when stopped

Examples:
  ${cli} emulator start
  ${cli} emulator status --port 4567
  ${cli} emulator stop --no-save
  ${cli} emulator start --engine ministack --port 4567`,
  api: (cli) => `${cli} api [options]

Local API for the site's "Check my progress" button (npm start already starts it). It only
listens on 127.0.0.1 and only serves the course's pages.

Options:
  --port N                  Port (4322 by default; 0 for any free one)
  --allow-origin URL        A site origin to accept (repeatable)
  --target emulator|aws, --endpoint URL, --region R, --profile P

Examples:
  ${cli} api
  ${cli} api --port 4400 --allow-origin http://localhost:4321`,
  'grader-policy': (cli) => `${cli} grader-policy

Prints the read-only IAM policy with which ${cli} check can grade a real account.

Example:
  ${cli} grader-policy > grader-policy.json`,
};

export const HELP: Record<Lang, HelpText> = { es, en };
