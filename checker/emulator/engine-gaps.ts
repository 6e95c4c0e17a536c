import type { Localized } from '../core/i18n.ts';
import type { EngineFeature, FeatureGap } from '../core/engine-features.ts';

export type { FeatureGap };
import type { SdkClient } from '../services/service.ts';
import type { Target } from '../aws/target.ts';
import { probeEndpoint, type EndpointKind } from './probe.ts';

/**
 * The services an engine does not offer, measured on this machine kind (see EMULATORS.md), each
 * with the reason a report shows. Keys are service names in lower case, the same for SDK clients
 * (`Glue`) and CloudFormation types (`AWS::Glue::Job`). A check on such a service is
 * `not_applicable` there, and `deploy` skips the resources of it.
 */
const LOCALSTACK_PAID: Localized = {
  es: 'LocalStack 4.14.0 responde HTTP 501 a este servicio: no está en su edición gratuita.',
  en: 'LocalStack 4.14.0 answers HTTP 501 for this service: it is not in its free edition.',
};
const MINISTACK_MISSING: Localized = {
  es: 'MiniStack 1.5.33 no implementa este servicio (responde HTTP 400 sin código de error).',
  en: 'MiniStack 1.5.33 does not implement this service (it answers HTTP 400 with no error code).',
};

export const ENGINE_GAPS: Partial<Record<EndpointKind, Readonly<Record<string, Localized>>>> = {
  localstack: {
    glue: LOCALSTACK_PAID,
    athena: LOCALSTACK_PAID,
    sagemaker: LOCALSTACK_PAID,
    sagemakerruntime: LOCALSTACK_PAID,
    quicksight: LOCALSTACK_PAID,
    rds: LOCALSTACK_PAID,
    codebuild: LOCALSTACK_PAID,
    codepipeline: LOCALSTACK_PAID,
    dynamodb: {
      es: 'LocalStack descarga un entorno Java la primera vez que se usa DynamoDB; sin conexión falla tras un minuto.',
      en: 'LocalStack downloads a Java runtime the first time DynamoDB is used; offline it fails after a minute.',
    },
  },
  ministack: {
    // Account-level S3 Block Public Access (the checker reads it when a bucket's own is not all on).
    s3control: MINISTACK_MISSING,
    sagemaker: MINISTACK_MISSING,
    sagemakerruntime: MINISTACK_MISSING,
    quicksight: MINISTACK_MISSING,
    codepipeline: MINISTACK_MISSING,
  },
};

export const ENGINE_FEATURE_GAPS: Partial<Record<EndpointKind, Partial<Record<EngineFeature, FeatureGap>>>> = {
  localstack: {
    'lambda.runs-code': {
      reason: {
        es: 'LocalStack 4.14.0 ejecuta las funciones Lambda solo en Docker; sin Docker no las ejecuta y rechaza una notificación de S3 hacia una función.',
        en: 'LocalStack 4.14.0 runs Lambda functions only in Docker; without it they never run, and S3 refuses a notification to a function.',
      },
      properties: ['AWS::S3::Bucket NotificationConfiguration.LambdaConfigurations'],
    },
    'ec2.metadata-options': {
      reason: {
        es: 'LocalStack 4.14.0 descarta las opciones de metadatos (HttpTokens) de la plantilla de lanzamiento: la instancia acepta IMDSv1 diga lo que diga.',
        en: "LocalStack 4.14.0 drops the launch template's metadata options (HttpTokens): the instance accepts IMDSv1 whatever it asked for.",
      },
    },
    'ec2.root-volume-encryption': {
      reason: {
        es: 'LocalStack 4.14.0 da por cifrado todo volumen raíz, aunque el lanzamiento pida Encrypted=false: aquí la comprobación no puede distinguir.',
        en: 'LocalStack 4.14.0 reports every root volume as encrypted, even when the launch asks for Encrypted=false: the check cannot tell here.',
      },
      masksFailures: true,
    },
    'iam.login-profile-reset': {
      reason: {
        es: 'LocalStack 4.14.0 no guarda el indicador PasswordResetRequired de las contraseñas de consola.',
        en: "LocalStack 4.14.0 does not keep a console password's PasswordResetRequired.",
      },
    },
  },
  ministack: {
    'ec2.metadata-options': {
      reason: {
        es: 'MiniStack 1.5.33 no guarda las opciones de metadatos (HttpTokens) de una instancia.',
        en: "MiniStack 1.5.33 does not keep an instance's metadata options (HttpTokens).",
      },
    },
    'ec2.root-volume-encryption': {
      reason: {
        es: 'MiniStack 1.5.33 crea el volumen raíz sin cifrar aunque el lanzamiento pida cifrado.',
        en: 'MiniStack 1.5.33 creates the root volume unencrypted even when the launch asks for encryption.',
      },
    },
    'ec2.instance-placement': {
      reason: {
        es: 'MiniStack 1.5.33 pone todas las instancias en la zona «a» de la región, sea cual sea su subred.',
        en: "MiniStack 1.5.33 puts every instance in the region's zone 'a', whatever its subnet.",
      },
    },
    'ec2.network-acl-association': {
      reason: {
        es: 'MiniStack 1.5.33 no asocia una subred a una ACL de red propia (la asociación falla).',
        en: 'MiniStack 1.5.33 cannot associate a subnet with a network ACL of its own (the association fails).',
      },
      resourceTypes: ['AWS::EC2::SubnetNetworkAclAssociation'],
    },
    'iam.virtual-mfa-seed': {
      reason: {
        es: 'MiniStack 1.5.33 da una semilla de MFA virtual que no es Base32, así que no se puede calcular un código para activar el dispositivo.',
        en: 'MiniStack 1.5.33 gives a virtual MFA seed that is not Base32, so no code can be computed to enable the device.',
      },
    },
    'iam.aws-managed-policies': {
      reason: {
        es: 'MiniStack 1.5.33 no tiene las políticas administradas por AWS (p. ej. AWSGlueServiceRole): no se pueden leer.',
        en: 'MiniStack 1.5.33 lacks the AWS managed policies (e.g. AWSGlueServiceRole): they cannot be read.',
      },
    },
    'glue.crawler-tables': {
      reason: {
        es: 'El rastreador de Glue de MiniStack 1.5.33 termina sin crear tablas.',
        en: "MiniStack 1.5.33's Glue crawler finishes without creating tables.",
      },
    },
    'glue.job-runs': {
      reason: {
        es: 'MiniStack 1.5.33 ejecuta un trabajo Python shell sin sus argumentos en la línea de comandos (los pone en variables de entorno): un script escrito para Glue falla en getResolvedOptions.',
        en: "MiniStack 1.5.33 runs a Python shell job without the job's arguments on its command line (it puts them in environment variables): a script written for Glue stops at getResolvedOptions.",
      },
    },
  },
};

/** The behaviours the engine at `target` lacks (none for AWS or moto). */
export async function featureGapsOf(target: Target): Promise<ReadonlyMap<EngineFeature, FeatureGap>> {
  if (target.kind !== 'emulator' || !target.endpoint) return new Map();
  const kind = await endpointKind(target.endpoint);
  return new Map(Object.entries((kind && ENGINE_FEATURE_GAPS[kind]) ?? {}) as [EngineFeature, FeatureGap][]);
}

const GAP_SERVICES = new Set(Object.values(ENGINE_GAPS).flatMap((gaps) => Object.keys(gaps ?? {})));

/** `AWS::Glue::Job` → `glue`. */
export const serviceOfResourceType = (type: string) => (type.split('::')[1] ?? '').toLowerCase();

/**
 * What runs at an endpoint, asked at most every few seconds per endpoint: another engine may be
 * started on the same port later in the same process (a matrix run, a test file).
 */
const KIND_TTL_MS = 5_000;
const kinds = new Map<string, { at: number; kind: Promise<EndpointKind | undefined> }>();
export function endpointKind(endpoint: string): Promise<EndpointKind | undefined> {
  const cached = kinds.get(endpoint);
  if (cached && Date.now() - cached.at < KIND_TTL_MS) return cached.kind;
  const kind = probeEndpoint(endpoint).then((probe) => probe.kind);
  kinds.set(endpoint, { at: Date.now(), kind });
  return kind;
}

/** The services the engine at `target` lacks, with their reasons (none for AWS or moto). */
export async function gapsOf(target: Target): Promise<ReadonlyMap<string, Localized>> {
  if (target.kind !== 'emulator' || !target.endpoint) return new Map();
  const kind = await endpointKind(target.endpoint);
  return new Map(Object.entries((kind && ENGINE_GAPS[kind]) ?? {}));
}

/** The error a request to a missing service gets instead of the engine's own answer (typed like AWS's 501). */
export class EngineLacksService extends Error {
  override name = 'NotImplemented';
  readonly $metadata = { httpStatusCode: 501 };
  readonly reason: Localized;
  constructor(service: string, reason: Localized) {
    super(reason.en);
    this.reason = reason;
    (this as { service?: string }).service = service;
  }
}

/**
 * Makes a client of a service the engine lacks fail at once with EngineLacksService, so every
 * caller (a check, a lab's setup) sees the same typed 501 on LocalStack and on MiniStack, whose
 * own answer (HTTP 400, empty) would otherwise read as the learner's fault.
 */
export function installEngineGapGuard(client: SdkClient, sdkName: string, target: Target): void {
  const service = sdkName.toLowerCase();
  if (!GAP_SERVICES.has(service) || target.kind !== 'emulator' || !target.endpoint) return;
  client.middlewareStack.add(
    (next: (args: unknown) => Promise<unknown>) => async (args: unknown) => {
      const reason = (await gapsOf(target)).get(service);
      if (reason) throw new EngineLacksService(service, reason);
      return next(args);
    },
    { step: 'initialize', name: 'nubelabEngineGapGuard' },
  );
}
