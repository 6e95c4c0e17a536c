import { defineLab } from '../../checker/core/define.ts';
import { labFile } from '../../checker/paths.ts';
import lambdaFunctionPythonRuntime from './checks/lambda_function_python_runtime.ts';
import lambdaResizeOutputsFit from './checks/lambda_resize_outputs_fit.ts';
import lambdaRoleLeastPrivilege from './checks/lambda_role_least_privilege.ts';
import lambdaRoleResizeAccess from './checks/lambda_role_resize_access.ts';
import lambdaRoleTrustsLambdaOnly from './checks/lambda_role_trusts_lambda_only.ts';
import lambdaS3InvokeScoped from './checks/lambda_s3_invoke_scoped.ts';
import lambdaTriggerInputCreated from './checks/lambda_trigger_input_created.ts';
import lambdaTriggerNoLoop from './checks/lambda_trigger_no_loop.ts';
import { BUCKET_PREFIX, gradedResize } from './resize.ts';
import { resizeSetup } from './setup.ts';

const SEEDS = [
  { bucketOutput: 'BucketName', key: 'input/street.jpg', file: labFile('lambda-resize', 'samples', 'street.jpg'), contentType: 'image/jpeg' },
  { bucketOutput: 'BucketName', key: 'input/chart.png', file: labFile('lambda-resize', 'samples', 'chart.png'), contentType: 'image/png' },
];

export default defineLab({
  id: 'lambda-resize',
  title: { es: 'La función Lambda que reduce fotos', en: 'The photo-resizing Lambda function' },
  summary: {
    es: 'Una función en Python que reduce cada foto subida a input/ y guarda la copia en output/, con el mínimo de permisos y sin caer en el bucle infinito. En el emulador se ejecuta de verdad.',
    en: 'A Python function that shrinks every photo uploaded to input/ and stores the copy in output/, with minimal permissions and without falling into the endless loop. On the emulator it really runs.',
  },
  lessons: ['architecture/lambda-image-resize', 'fundamentals/lambda-serverless'],
  seeds: SEEDS,
  setup: resizeSetup(SEEDS.map((s) => s.key)),
  // The bucket is named <prefix><learner>-<12-digit account>, within S3's 63 characters.
  maxLearnerLength: 63 - BUCKET_PREFIX.length - '-'.length - 12,
  graded: gradedResize,
  checks: [
    lambdaFunctionPythonRuntime,
    lambdaRoleTrustsLambdaOnly,
    lambdaRoleResizeAccess,
    lambdaRoleLeastPrivilege,
    lambdaS3InvokeScoped,
    lambdaTriggerInputCreated,
    lambdaTriggerNoLoop,
    lambdaResizeOutputsFit,
  ],
  cliSteps: [
    {
      id: 'variables',
      title: { es: 'Prepara las variables', en: 'Set up the variables' },
      description: {
        es: 'El bucket de fotos lleva tu nombre y el número de cuenta, para que sea único en todo S3.',
        en: 'The photos bucket carries your name and the account number, so it is unique across S3.',
      },
    },
    {
      id: 'package',
      title: { es: 'Empaqueta el código con Pillow', en: 'Package the code with Pillow' },
      description: {
        es: 'pip descarga la rueda de Pillow para Linux x86_64 y Python 3.13, no la de tu máquina; el zip lleva el código y la biblioteca.',
        en: 'pip downloads the Pillow wheel for Linux x86_64 and Python 3.13, not your machine\'s; the zip holds the code and the library.',
      },
    },
    {
      id: 'bucket',
      title: { es: 'Crea el bucket de fotos', en: 'Create the photos bucket' },
      description: {
        es: 'Un bucket propio para las fotos, aparte del data lake.',
        en: 'A bucket of its own for the photos, apart from the data lake.',
      },
    },
    {
      id: 'role',
      title: { es: 'Crea el rol de ejecución', en: 'Create the execution role' },
      description: {
        es: 'Confía solo en Lambda; puede escribir sus logs, leer input/ y escribir output/, nada más.',
        en: 'It trusts Lambda alone; it can write its logs, read input/ and write output/, nothing else.',
      },
    },
    {
      id: 'function',
      title: { es: 'Crea la función', en: 'Create the function' },
      description: {
        es: 'Python 3.13, 30 segundos y 512 MB: reducir una foto grande no cabe en los 3 segundos por defecto.',
        en: 'Python 3.13, 30 seconds and 512 MB: shrinking a large photo does not fit in the default 3 seconds.',
      },
    },
    {
      id: 'permission',
      title: { es: 'Deja que S3 la invoque', en: 'Let S3 invoke it' },
      description: {
        es: 'Un permiso en la propia función, limitado a tu bucket y a tu cuenta.',
        en: 'A permission on the function itself, limited to your bucket and your account.',
      },
    },
    {
      id: 'trigger',
      title: { es: 'Conecta el disparador', en: 'Connect the trigger' },
      description: {
        es: 'Todo objeto creado bajo input/ invoca la función; lo que escribe en output/ no.',
        en: 'Every object created under input/ invokes the function; what it writes to output/ does not.',
      },
    },
    {
      id: 'try-it',
      title: { es: 'Sube las fotos de ejemplo', en: 'Upload the sample photos' },
      description: {
        es: 'El proyecto trae una foto JPEG y un gráfico PNG generados; a los pocos segundos, sus copias reducidas aparecen en output/.',
        en: 'The project ships a generated JPEG photo and PNG chart; within seconds their resized copies appear in output/.',
      },
    },
  ],
});
