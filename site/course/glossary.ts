import type { Lang, Localized } from '../../checker/core/i18n.ts';

/**
 * The course glossary: each cloud term in Spanish (as Spanish-speaking AWS users actually say it,
 * which is often the English word) and in English, with a short definition written for NubeLab.
 * Lessons link to entries by id (/es/glossary/#iam-role), so an id, once published, stays.
 */
export interface GlossaryTerm {
  /** Kebab-case anchor on the glossary page. */
  id: string;
  term: Localized;
  definition: Localized;
  /** Ids of other entries worth reading next. */
  related?: string[];
}

export const glossary: GlossaryTerm[] = [
  // --- Cloud service models -------------------------------------------------------------------
  {
    id: 'iaas',
    term: { es: 'IaaS (infraestructura como servicio)', en: 'IaaS (Infrastructure as a Service)' },
    definition: {
      es: 'Modelo en el que el proveedor te alquila piezas básicas de infraestructura (servidores virtuales, redes, discos) y tú te ocupas de todo lo que va encima: sistema operativo, parches y aplicaciones. Amazon EC2 y Amazon VPC son el ejemplo típico.',
      en: 'A model where the provider rents you basic infrastructure building blocks (virtual servers, networks, disks) and you look after everything on top: operating system, patches and applications. Amazon EC2 and Amazon VPC are the classic examples.',
    },
    related: ['paas', 'saas', 'ec2-instance'],
  },
  {
    id: 'paas',
    term: { es: 'PaaS (plataforma como servicio)', en: 'PaaS (Platform as a Service)' },
    definition: {
      es: 'Modelo en el que el proveedor gestiona también el sistema operativo y el entorno de ejecución, y tú solo entregas tu código o tus datos. AWS Elastic Beanstalk o Amazon RDS encajan aquí: no parcheas servidores, pero sí decides la configuración.',
      en: 'A model where the provider also runs the operating system and the runtime, and you only bring your code or your data. AWS Elastic Beanstalk and Amazon RDS fit here: you do not patch servers, but you still choose the configuration.',
    },
    related: ['iaas', 'saas', 'serverless'],
  },
  {
    id: 'saas',
    term: { es: 'SaaS (software como servicio)', en: 'SaaS (Software as a Service)' },
    definition: {
      es: 'Aplicación completa que usas a través de internet sin instalar ni mantener nada; el proveedor se encarga de todo, desde los servidores hasta las actualizaciones. El correo web o una herramienta de videollamadas son SaaS.',
      en: 'A complete application you use over the internet without installing or maintaining anything; the provider handles everything from servers to upgrades. Webmail and video-call tools are SaaS.',
    },
    related: ['iaas', 'paas'],
  },

  // --- Global infrastructure ------------------------------------------------------------------
  {
    id: 'region',
    term: { es: 'región', en: 'Region' },
    definition: {
      es: 'Zona geográfica donde AWS agrupa varios centros de datos, con un código como `us-east-1` o `sa-east-1`. Casi todos los recursos viven en una región concreta, y elegirla influye en la latencia, el precio, los servicios disponibles y dónde quedan guardados tus datos.',
      en: 'A geographic area where AWS groups several data centers, named by a code such as `us-east-1` or `sa-east-1`. Almost every resource lives in one specific Region, and the choice affects latency, price, which services are available and where your data is stored.',
    },
    related: ['availability-zone', 'endpoint'],
  },
  {
    id: 'availability-zone',
    term: { es: 'zona de disponibilidad (AZ)', en: 'Availability Zone (AZ)' },
    definition: {
      es: 'Uno o varios centros de datos de una región con energía, refrigeración y red propias, separados físicamente de las demás zonas de esa región. Repartir recursos entre dos o más AZ (por ejemplo `us-east-1a` y `us-east-1b`) permite sobrevivir a la caída de una de ellas.',
      en: 'One or more data centers within a Region with their own power, cooling and networking, physically apart from the other zones of that Region. Spreading resources across two or more AZs (for example `us-east-1a` and `us-east-1b`) lets a system survive the loss of one.',
    },
    related: ['region', 'subnet'],
  },
  {
    id: 'arn',
    term: { es: 'ARN (nombre de recurso de Amazon)', en: 'ARN (Amazon Resource Name)' },
    definition: {
      es: 'Identificador único de un recurso de AWS, con la forma `arn:partición:servicio:región:cuenta:recurso`; por ejemplo, `arn:aws:s3:::mi-bucket` (S3 deja vacías la región y la cuenta). Se usa sobre todo en las políticas, para decir a qué recurso exacto se aplica un permiso.',
      en: 'The unique identifier of an AWS resource, shaped `arn:partition:service:region:account:resource`; for example `arn:aws:s3:::my-bucket` (S3 leaves Region and account empty). Policies use ARNs to say exactly which resource a permission applies to.',
    },
    related: ['policy', 'principal'],
  },

  // --- Identity and access --------------------------------------------------------------------
  {
    id: 'iam-user',
    term: { es: 'usuario de IAM', en: 'IAM user' },
    definition: {
      es: 'Identidad dentro de una cuenta de AWS con credenciales de larga duración: una contraseña para la consola y, si hace falta, claves de acceso. Hoy se recomienda reservar los usuarios de IAM para casos concretos y dar acceso a las personas con IAM Identity Center o roles, que usan credenciales temporales.',
      en: 'An identity inside an AWS account with long-term credentials: a console password and, if needed, access keys. Current advice is to keep IAM users for specific cases and give people access through IAM Identity Center or roles, which use temporary credentials.',
    },
    related: ['iam-group', 'iam-role', 'access-key', 'mfa', 'identity-center'],
  },
  {
    id: 'iam-group',
    term: { es: 'grupo de IAM', en: 'IAM group' },
    definition: {
      es: 'Conjunto de usuarios de IAM que comparten permisos: las políticas que adjuntas al grupo se aplican a cada miembro. Un grupo no puede contener otros grupos y no es una entidad principal, así que no puede nombrarse en una política basada en recursos.',
      en: 'A set of IAM users that share permissions: the policies you attach to the group apply to every member. A group cannot contain other groups and is not a principal, so a resource-based policy cannot name it.',
    },
    related: ['iam-user', 'policy', 'principal'],
  },
  {
    id: 'iam-role',
    term: { es: 'rol de IAM', en: 'IAM role' },
    definition: {
      es: 'Identidad con permisos pero sin contraseña ni claves propias: quien lo asume (una persona, un servicio como EC2 o Lambda, u otra cuenta) recibe credenciales temporales. Su política de confianza dice quién puede asumirlo y sus políticas de permisos, qué puede hacer.',
      en: 'An identity with permissions but no password or keys of its own: whoever assumes it (a person, a service such as EC2 or Lambda, or another account) gets temporary credentials. Its trust policy says who may assume it and its permission policies say what it may do.',
    },
    related: ['trust-policy', 'instance-profile', 'policy', 'principal', 'sts'],
  },
  {
    id: 'instance-profile',
    term: { es: 'perfil de instancia', en: 'instance profile' },
    definition: {
      es: 'Contenedor que permite entregar un rol de IAM a una instancia EC2; el software de la instancia obtiene así credenciales temporales sin guardar claves en el disco. La consola lo crea automáticamente, con el mismo nombre que el rol; con la CLI o CDK a veces tienes que crearlo tú.',
      en: 'The wrapper that hands an IAM role to an EC2 instance, so software on the instance gets temporary credentials without keys stored on disk. The console creates it for you with the same name as the role; with the CLI or CDK you may have to create it yourself.',
    },
    related: ['iam-role', 'ec2-instance', 'imds'],
  },
  {
    id: 'policy',
    term: { es: 'política', en: 'policy' },
    definition: {
      es: 'Documento JSON que permite o deniega acciones: cada declaración (`Statement`) indica el efecto (`Allow` o `Deny`), las acciones, los recursos y, opcionalmente, condiciones. Todo lo que no se permite está denegado, y un `Deny` explícito siempre gana. Puede adjuntarse a una identidad o a un recurso, como un bucket.',
      en: 'A JSON document that allows or denies actions: each statement gives the effect (`Allow` or `Deny`), the actions, the resources and, optionally, conditions. Anything not allowed is denied, and an explicit `Deny` always wins. It can be attached to an identity or to a resource such as a bucket.',
    },
    related: ['managed-policy', 'trust-policy', 'resource-based-policy', 'bucket-policy', 'key-policy', 'least-privilege'],
  },
  {
    id: 'managed-policy',
    term: { es: 'política administrada', en: 'managed policy' },
    definition: {
      es: 'Política de IAM que existe por sí misma y se puede adjuntar a varios usuarios, grupos y roles. Las administradas por AWS (como `AmazonS3ReadOnlyAccess`) son cómodas pero amplias; las administradas por el cliente las escribes tú. Lo contrario es una política insertada (inline), que pertenece a una sola identidad.',
      en: 'An IAM policy that exists on its own and can be attached to many users, groups and roles. AWS managed ones (such as `AmazonS3ReadOnlyAccess`) are convenient but broad; customer managed ones you write yourself. The opposite is an inline policy, which belongs to a single identity.',
    },
    related: ['policy', 'least-privilege'],
  },
  {
    id: 'trust-policy',
    term: { es: 'política de confianza', en: 'trust policy' },
    definition: {
      es: 'Política que va dentro de un rol de IAM y dice qué entidades principales pueden asumirlo (acción `sts:AssumeRole`). Por ejemplo, un rol para funciones Lambda confía en el servicio `lambda.amazonaws.com`.',
      en: 'The policy inside an IAM role that states which principals may assume it (the `sts:AssumeRole` action). For example, a role for Lambda functions trusts the `lambda.amazonaws.com` service.',
    },
    related: ['iam-role', 'principal', 'policy'],
  },
  {
    id: 'principal',
    term: { es: 'principal (entidad principal)', en: 'principal' },
    definition: {
      es: 'Quien hace una petición a AWS o a quien una política da acceso: un usuario o rol de IAM, una cuenta, un servicio de AWS o un usuario federado. La documentación en español de AWS dice «entidad principal»; en el día a día se oye más «principal», que es también el nombre del campo `Principal` en las políticas.',
      en: 'Whoever makes a request to AWS, or whom a policy grants access to: an IAM user or role, an account, an AWS service or a federated user. It is also the name of the `Principal` field in resource-based and trust policies.',
    },
    related: ['iam-user', 'iam-role', 'trust-policy', 'bucket-policy'],
  },
  {
    id: 'least-privilege',
    term: { es: 'mínimo privilegio', en: 'least privilege' },
    definition: {
      es: 'Principio de seguridad: dar a cada identidad solo los permisos que necesita para su tarea, sobre los recursos concretos y nada más. Si una credencial se filtra, el daño queda acotado. IAM Access Analyzer ayuda a ajustar las políticas a lo que realmente se usa.',
      en: 'A security principle: give each identity only the permissions its task needs, on the specific resources, and nothing more. If a credential leaks, the damage stays contained. IAM Access Analyzer helps trim policies down to what is actually used.',
    },
    related: ['policy', 'managed-policy'],
  },
  {
    id: 'access-key',
    term: { es: 'clave de acceso', en: 'access key' },
    definition: {
      es: 'Pareja formada por un identificador (empieza por `AKIA`) y una clave secreta, que permite a la CLI o a un SDK firmar peticiones en nombre de un usuario de IAM. Es una credencial de larga duración: nunca la subas a un repositorio y prefiere credenciales temporales siempre que puedas.',
      en: 'A pair made of an ID (starting with `AKIA`) and a secret key that lets the CLI or an SDK sign requests on behalf of an IAM user. It is a long-term credential: never commit it to a repository, and prefer temporary credentials whenever you can.',
    },
    related: ['iam-user', 'mfa', 'iam-role'],
  },
  {
    id: 'mfa',
    term: { es: 'MFA (autenticación multifactor)', en: 'MFA (multi-factor authentication)' },
    definition: {
      es: 'Inicio de sesión que pide, además de la contraseña, una prueba de algo que tienes: una llave de seguridad o passkey, o un código de una aplicación de autenticación. AWS ya la exige para el usuario raíz, y conviene activarla en toda identidad que entre en la consola.',
      en: 'Signing in with something you have on top of the password: a security key or passkey, or a code from an authenticator app. AWS now requires it for the root user, and every identity that uses the console should have it.',
    },
    related: ['iam-user', 'access-key', 'root-user'],
  },
  {
    id: 'root-user',
    term: { es: 'usuario raíz', en: 'root user' },
    definition: {
      es: 'Identidad que aparece al abrir una cuenta de AWS, ligada al correo y la contraseña del registro, con poder total sobre la cuenta, incluido el de cerrarla. Como no se le pueden poner políticas de IAM que la recorten, se protege con MFA, nunca se le crean claves de acceso y se usa solo para las contadas tareas que la necesitan.',
      en: 'The identity created when an AWS account is opened, tied to the sign-up email and password, with full power over the account, including the power to close it. Since no IAM policy can be attached to cut it down, you protect it with MFA, never give it access keys, and use it only for the handful of tasks that need it.',
    },
    related: ['mfa', 'access-key', 'identity-center', 'iam-user'],
  },
  {
    id: 'identity-center',
    term: { es: 'IAM Identity Center', en: 'IAM Identity Center' },
    definition: {
      es: 'Servicio de AWS para que las personas entren con un único inicio de sesión en una o varias cuentas, sin crear un usuario de IAM en cada una. Los usuarios vienen de su directorio propio o de un proveedor externo (Microsoft Entra ID, Okta, Google Workspace…), y cada asignación de un conjunto de permisos en una cuenta les da credenciales temporales, también para la CLI con `aws configure sso`. Antes se llamaba AWS Single Sign-On, y en español se usa el nombre en inglés.',
      en: 'The AWS service that lets people sign in once and reach one or several accounts, with no IAM user to create in each. Users come from its own directory or from an external provider (Microsoft Entra ID, Okta, Google Workspace…), and each permission set assigned in an account gives them temporary credentials, for the CLI too with `aws configure sso`. It used to be called AWS Single Sign-On.',
    },
    related: ['iam-user', 'sts', 'iam-role', 'root-user'],
  },
  {
    id: 'sts',
    term: { es: 'STS (AWS Security Token Service)', en: 'STS (AWS Security Token Service)' },
    definition: {
      es: 'Servicio que fabrica credenciales temporales: un identificador de clave que empieza por `ASIA`, una clave secreta y un token de sesión, válidos desde unos minutos hasta unas horas. Trabaja por detrás cada vez que alguien asume un rol de IAM (`sts:AssumeRole`), entra por IAM Identity Center o recibe las credenciales del rol de su instancia. Para saber con qué identidad estás firmando, ejecuta `aws sts get-caller-identity`.',
      en: 'The service that issues temporary credentials: a key ID starting with `ASIA`, a secret key and a session token, valid from a few minutes to a few hours. It works behind the scenes whenever someone assumes an IAM role (`sts:AssumeRole`), signs in through IAM Identity Center or receives the credentials of an instance\'s role. To find out which identity you are signing as, run `aws sts get-caller-identity`.',
    },
    related: ['iam-role', 'trust-policy', 'access-key', 'imds'],
  },
  {
    id: 'resource-based-policy',
    term: { es: 'política basada en recursos', en: 'resource-based policy' },
    definition: {
      es: 'Política que va pegada al recurso (un bucket, una clave de KMS, una cola SQS, una función Lambda, un secreto…) y no a una identidad, por lo que incluye un campo `Principal` con los destinatarios del permiso. Es el camino habitual para abrir un recurso a otra cuenta o a un servicio de AWS sin pasar por un rol; la política de confianza de un rol también pertenece a este tipo.',
      en: 'A policy attached to the resource itself (a bucket, a KMS key, an SQS queue, a Lambda function, a secret…) rather than to an identity, which is why it carries a `Principal` field naming who gets the permission. It is the usual way to open a resource to another account or to an AWS service without going through a role; a role\'s trust policy is also of this kind.',
    },
    related: ['policy', 'principal', 'bucket-policy', 'key-policy', 'trust-policy'],
  },

  // --- EC2 ------------------------------------------------------------------------------------
  {
    id: 'ec2-instance',
    term: { es: 'instancia EC2', en: 'EC2 instance' },
    definition: {
      es: 'Servidor virtual que alquilas a Amazon EC2 y pagas por segundo o por hora mientras está en marcha. Se crea a partir de una AMI, con un tipo de instancia que fija su CPU y memoria, dentro de una subred de una VPC.',
      en: 'A virtual server rented from Amazon EC2 and billed by the second or hour while it runs. It is launched from an AMI, with an instance type that sets its CPU and memory, inside a subnet of a VPC.',
    },
    related: ['ami', 'instance-type', 'key-pair', 'security-group', 'ebs-volume', 'iaas'],
  },
  {
    id: 'ami',
    term: { es: 'AMI (imagen de máquina de Amazon)', en: 'AMI (Amazon Machine Image)' },
    definition: {
      es: 'Plantilla desde la que arranca una instancia EC2: incluye el sistema operativo, el software preinstalado y la configuración de los discos. Cada AMI pertenece a una región y tiene un id como `ami-0abc…`; puedes usar las públicas (Amazon Linux 2023, Ubuntu…) o crear las tuyas.',
      en: 'The template an EC2 instance boots from: it holds the operating system, preinstalled software and disk layout. Each AMI belongs to one Region and has an ID like `ami-0abc…`; you can use public ones (Amazon Linux 2023, Ubuntu…) or build your own.',
    },
    related: ['ec2-instance', 'instance-type', 'snapshot', 'region'],
  },
  {
    id: 'instance-type',
    term: { es: 'tipo de instancia', en: 'instance type' },
    definition: {
      es: 'Tamaño y perfil de hardware de una instancia EC2: vCPU, memoria, red y a veces disco o GPU. El nombre se lee por partes: en `t4g.micro`, «t» es la familia, «4» la generación, «g» indica procesador Graviton (ARM) y «micro» el tamaño.',
      en: 'The hardware size and profile of an EC2 instance: vCPUs, memory, networking and sometimes local disk or GPUs. The name reads in parts: in `t4g.micro`, "t" is the family, "4" the generation, "g" means a Graviton (Arm) processor and "micro" the size.',
    },
    related: ['ec2-instance', 'ami'],
  },
  {
    id: 'key-pair',
    term: { es: 'par de claves', en: 'key pair' },
    definition: {
      es: 'Clave pública que AWS instala en la instancia al arrancar y clave privada (un archivo `.pem`) que solo guardas tú, para entrar por SSH en Linux o descifrar la contraseña inicial de Windows. Si pierdes la privada, AWS no puede recuperarla; EC2 Instance Connect y Session Manager permiten entrar sin ella.',
      en: 'A public key that AWS places on the instance at launch and a private key (a `.pem` file) only you keep, used to SSH into Linux or decrypt the initial Windows password. If you lose the private key AWS cannot recover it; EC2 Instance Connect and Session Manager let you in without one.',
    },
    related: ['ec2-instance', 'security-group'],
  },
  {
    id: 'user-data',
    term: { es: 'user data (datos de usuario)', en: 'user data' },
    definition: {
      es: 'Script o configuración que pasas a una instancia EC2 al lanzarla y que, en Linux, cloud-init ejecuta como root en el primer arranque, por ejemplo para instalar paquetes. En español se suele decir «user data» aunque la consola lo traduce como «datos de usuario». No pongas secretos ahí: puede leerlo quien tenga permiso para consultar los atributos de la instancia y cualquier programa que corra dentro de ella.',
      en: 'A script or configuration you pass to an EC2 instance at launch, which cloud-init runs as root on first boot on Linux, for example to install packages. Do not put secrets there: anyone allowed to read the instance\'s attributes, and any program running on it, can read it.',
    },
    related: ['ec2-instance', 'ami'],
  },
  {
    id: 'imds',
    term: { es: 'IMDS (servicio de metadatos de instancia)', en: 'IMDS (Instance Metadata Service)' },
    definition: {
      es: 'Servicio local que cada instancia EC2 puede consultar en `169.254.169.254` para conocer datos sobre sí misma (su ID, su zona, su user data) y, sobre todo, las credenciales temporales del rol que tiene asignado. Con IMDSv2, la versión que debes exigir, antes de preguntar hay que pedir un token de sesión con `PUT`; eso frustra los ataques SSRF que engañan a una aplicación web para que lea esas credenciales.',
      en: 'A local service each EC2 instance can query at `169.254.169.254` to learn about itself (its ID, its zone, its user data) and, above all, to get the temporary credentials of the role it has been given. With IMDSv2, the version you should require, a session token must first be requested with `PUT`; that defeats SSRF attacks that trick a web application into reading those credentials.',
    },
    related: ['instance-profile', 'iam-role', 'user-data', 'sts'],
  },
  {
    id: 'ebs-volume',
    term: { es: 'volumen EBS', en: 'EBS volume' },
    definition: {
      es: 'Disco en red de Amazon Elastic Block Store que se conecta a una instancia EC2 de su misma zona de disponibilidad y guarda los datos aunque la instancia se detenga. Se cobra por GB reservado cada mes, lo uses o no, y `gp3` es el tipo de uso general que se elige casi siempre. Por defecto el volumen raíz desaparece al terminar la instancia, pero los que conectas después de lanzarla se quedan (y siguen costando).',
      en: 'A network disk from Amazon Elastic Block Store that attaches to an EC2 instance in its own Availability Zone and keeps its data even while the instance is stopped. You pay for every GB reserved each month, used or not, and `gp3` is the general purpose type picked almost every time. By default the root volume goes away when the instance is terminated, but volumes you attach after launch stay behind (and keep costing).',
    },
    related: ['snapshot', 'ec2-instance', 'availability-zone', 'ami'],
  },
  {
    id: 'snapshot',
    term: { es: 'snapshot (instantánea de EBS)', en: 'snapshot (EBS snapshot)' },
    definition: {
      es: 'Copia puntual de un volumen EBS que AWS conserva por ti de forma incremental: tras la primera, cada snapshot solo guarda los bloques que cambiaron. Con ella puedes restaurar datos, crear un volumen nuevo en cualquier zona de la región, llevar la copia a otra región o registrar una AMI. La consola en español la llama «instantánea», pero en el trabajo diario casi todos dicen «snapshot».',
      en: 'A point-in-time copy of an EBS volume that AWS keeps for you incrementally: after the first one, each snapshot only stores the blocks that changed. With it you can restore data, create a new volume in any zone of the Region, carry the copy to another Region or register an AMI.',
    },
    related: ['ebs-volume', 'ami', 'region'],
  },
  {
    id: 'elastic-ip',
    term: { es: 'IP elástica (Elastic IP)', en: 'Elastic IP address' },
    definition: {
      es: 'Dirección IPv4 pública y estable que reservas para tu cuenta en una región y asocias a una instancia o a una interfaz de red; al contrario que la IP pública automática, no cambia si detienes y vuelves a arrancar la instancia, y puedes pasarla a otra máquina. Como toda IPv4 pública, se paga por hora aunque no esté asociada a nada, así que libera las que no uses.',
      en: 'A stable public IPv4 address you reserve for your account in a Region and associate with an instance or a network interface; unlike the automatic public IP, it does not change when you stop and start the instance, and you can move it to another machine. Like every public IPv4 address it is billed by the hour, even when it is not associated with anything, so release the ones you do not use.',
    },
    related: ['ec2-instance', 'internet-gateway', 'nat-gateway'],
  },

  // --- Networking -----------------------------------------------------------------------------
  {
    id: 'security-group',
    term: { es: 'grupo de seguridad', en: 'security group' },
    definition: {
      es: 'Firewall virtual asociado a la interfaz de red de una instancia (u otro recurso, como una base de datos RDS). Solo tiene reglas que permiten: uno recién creado bloquea toda entrada y deja salir todo. Es con estado: si una conexión entra, su respuesta sale sin regla adicional.',
      en: 'A virtual firewall attached to the network interface of an instance (or another resource such as an RDS database). It only has allow rules: a new one blocks all inbound traffic and allows all outbound. It is stateful: if a connection is let in, its reply goes out with no extra rule.',
    },
    related: ['network-acl', 'stateful-stateless', 'ec2-instance', 'vpc'],
  },
  {
    id: 'network-acl',
    term: { es: 'ACL de red', en: 'network ACL' },
    definition: {
      es: 'Lista de reglas numeradas que filtra el tráfico que entra y sale de una subred completa. Admite reglas de permitir y de denegar, se evalúa en orden y es sin estado, así que hay que permitir también el tráfico de respuesta (los puertos efímeros). La ACL por defecto de una VPC lo deja pasar todo; una nueva lo bloquea todo hasta que le añades reglas.',
      en: 'A list of numbered rules that filters traffic in and out of a whole subnet. It supports both allow and deny rules, is evaluated in order and is stateless, so return traffic (the ephemeral ports) must be allowed too. A VPC\'s default ACL lets everything through; a new one blocks everything until you add rules.',
    },
    related: ['security-group', 'stateful-stateless', 'subnet'],
  },
  {
    id: 'stateful-stateless',
    term: { es: 'con estado / sin estado (stateful / stateless)', en: 'stateful / stateless' },
    definition: {
      es: 'Un filtro con estado recuerda las conexiones abiertas y deja pasar sus respuestas automáticamente (los grupos de seguridad); uno sin estado juzga cada paquete por separado, así que la ida y la vuelta necesitan reglas propias (las ACL de red). Con aplicaciones se habla igual: una sin estado no guarda nada de una petición a la siguiente. En español se usan mucho los términos ingleses.',
      en: 'A stateful filter remembers open connections and lets their replies through automatically (security groups); a stateless one judges each packet on its own, so both directions need their own rules (network ACLs). The same words describe applications: a stateless one keeps nothing between one request and the next.',
    },
    related: ['security-group', 'network-acl', 'serverless'],
  },
  {
    id: 'vpc',
    term: { es: 'VPC (nube privada virtual)', en: 'VPC (Virtual Private Cloud)' },
    definition: {
      es: 'Red privada y aislada que defines dentro de una región de AWS, con tu propio rango de direcciones IP, subredes, tablas de rutas y puertas de enlace. Cada región trae una VPC por defecto lista para usar, pero en proyectos reales se suele crear una propia.',
      en: 'A private, isolated network you define inside an AWS Region, with your own IP address range, subnets, route tables and gateways. Every Region comes with a ready-to-use default VPC, but real projects usually create their own.',
    },
    related: ['subnet', 'cidr', 'route-table', 'internet-gateway', 'vpc-peering', 'flow-logs'],
  },
  {
    id: 'subnet',
    term: { es: 'subred', en: 'subnet' },
    definition: {
      es: 'Porción del rango de direcciones de una VPC que vive en una sola zona de disponibilidad. Se llama pública si su tabla de rutas envía el tráfico de internet a una puerta de enlace de internet, y privada si no. AWS reserva cinco direcciones de cada subred.',
      en: 'A slice of a VPC\'s address range that lives in a single Availability Zone. It is called public if its route table sends internet traffic to an internet gateway, private otherwise. AWS reserves five addresses in every subnet.',
    },
    related: ['vpc', 'cidr', 'route-table', 'availability-zone'],
  },
  {
    id: 'cidr',
    term: { es: 'CIDR (bloque CIDR)', en: 'CIDR (CIDR block)' },
    definition: {
      es: 'Notación para escribir un rango de direcciones IP: una dirección y, tras la barra, cuántos bits fijos tiene el prefijo. `10.0.0.0/16` abarca 65 536 direcciones y `10.0.1.0/24`, 256; cuanto mayor el número, más pequeño el rango.',
      en: 'A notation for an IP address range: an address followed, after the slash, by how many leading bits are fixed. `10.0.0.0/16` covers 65,536 addresses and `10.0.1.0/24` covers 256; the bigger the number, the smaller the range.',
    },
    related: ['vpc', 'subnet', 'route-table'],
  },
  {
    id: 'route-table',
    term: { es: 'tabla de rutas', en: 'route table' },
    definition: {
      es: 'Conjunto de reglas que decide adónde va el tráfico que sale de una subred: cada ruta une un destino (un bloque CIDR) con un objetivo (una puerta de enlace, un endpoint, otra VPC…). Siempre incluye la ruta local para la propia VPC, y cada subred usa exactamente una tabla.',
      en: 'A set of rules deciding where traffic leaving a subnet goes: each route pairs a destination (a CIDR block) with a target (a gateway, an endpoint, another VPC…). It always includes the local route for the VPC itself, and each subnet uses exactly one table.',
    },
    related: ['subnet', 'cidr', 'internet-gateway', 'nat-gateway'],
  },
  {
    id: 'internet-gateway',
    term: { es: 'puerta de enlace de internet', en: 'internet gateway' },
    definition: {
      es: 'Componente que conecta una VPC con internet en ambos sentidos; en la consola y en los foros se le llama a menudo «internet gateway» o IGW. Para que una instancia salga por ella hacen falta tres cosas: que esté adjunta a la VPC, una ruta `0.0.0.0/0` hacia ella en la tabla de la subred y una IP pública en la instancia (AWS cobra por hora cada dirección IPv4 pública).',
      en: 'The component that connects a VPC to the internet in both directions. An instance needs three things to use it: the gateway attached to the VPC, a `0.0.0.0/0` route to it in the subnet\'s table, and a public IP on the instance (AWS charges by the hour for every public IPv4 address).',
    },
    related: ['vpc', 'route-table', 'nat-gateway', 'subnet'],
  },
  {
    id: 'nat-gateway',
    term: { es: 'puerta de enlace NAT', en: 'NAT gateway' },
    definition: {
      es: 'Servicio gestionado que deja a las instancias de una subred privada iniciar conexiones hacia internet (para descargar actualizaciones, por ejemplo) sin que nadie de fuera pueda iniciarlas hacia ellas. Se cobra por hora y por gigabyte procesado, así que es una sorpresa habitual en la factura.',
      en: 'A managed service that lets instances in a private subnet open connections to the internet (to fetch updates, say) while nobody outside can open connections to them. It is billed per hour and per gigabyte processed, which makes it a common surprise on the bill.',
    },
    related: ['internet-gateway', 'route-table', 'subnet', 'vpc-endpoint'],
  },
  {
    id: 'vpc-endpoint',
    term: { es: 'endpoint de VPC (punto de conexión de VPC)', en: 'VPC endpoint' },
    definition: {
      es: 'Forma de llegar a un servicio de AWS desde una VPC sin pasar por internet ni por una puerta de enlace NAT. Los de tipo gateway (solo S3 y DynamoDB) son gratuitos y se añaden a la tabla de rutas; los de tipo interface (PrivateLink) crean una interfaz de red con IP privada y cobran por hora. La documentación en español los llama «puntos de conexión de VPC».',
      en: 'A way to reach an AWS service from a VPC without going through the internet or a NAT gateway. Gateway endpoints (S3 and DynamoDB only) are free and live in the route table; interface endpoints (PrivateLink) create a network interface with a private IP and are billed by the hour.',
    },
    related: ['endpoint', 'nat-gateway', 'route-table', 'vpc'],
  },
  {
    id: 'vpc-peering',
    term: { es: 'peering de VPC (interconexión de VPC)', en: 'VPC peering' },
    definition: {
      es: 'Enlace privado entre dos VPC, sean de la misma cuenta o no y de la misma región o no, por el que sus recursos se hablan con direcciones privadas sin salir a internet. Los bloques CIDR de ambas no pueden coincidir, las dos necesitan rutas hacia la otra y no es transitivo: estar unida a una VPC que a su vez está unida a una tercera no da acceso a esta. En español se dice «peering», aunque la documentación de AWS usa «interconexión».',
      en: 'A private link between two VPCs, in the same account or not and the same Region or not, over which their resources talk with private addresses without going out to the internet. Their CIDR blocks must not overlap, both sides need routes to the other, and it is not transitive: being joined to a VPC that is itself joined to a third one gives no access to that third one.',
    },
    related: ['vpc', 'transit-gateway', 'route-table', 'cidr'],
  },
  {
    id: 'transit-gateway',
    term: { es: 'Transit Gateway (puerta de enlace de tránsito)', en: 'Transit Gateway' },
    definition: {
      es: 'Nodo central de red, regional y gestionado por AWS, al que se conectan muchas VPC, conexiones VPN y enlaces de Direct Connect para comunicarse entre sí sin tejer una malla de peerings; sus tablas de rutas deciden qué red llega a cuál. Se paga por cada conexión (attachment) y hora, más cada GB que pasa por él. Casi siempre se dice «Transit Gateway»; la documentación en español lo traduce como «puerta de enlace de tránsito».',
      en: 'A central, Regional network hub managed by AWS, to which many VPCs, VPN connections and Direct Connect links attach so they can reach each other without weaving a mesh of peerings; its route tables decide which network gets to which. You pay per attachment per hour, plus every GB that passes through it.',
    },
    related: ['vpc-peering', 'vpc', 'route-table'],
  },
  {
    id: 'flow-logs',
    term: { es: 'Flow Logs (registros de flujo de VPC)', en: 'VPC Flow Logs' },
    definition: {
      es: 'Función de Amazon VPC que anota, para una VPC, una subred o una interfaz de red, un resumen de cada flujo de tráfico IP: origen, destino, puertos, protocolo, bytes y si fue aceptado (`ACCEPT`) o rechazado (`REJECT`). No guarda el contenido de los paquetes; los registros van a CloudWatch Logs, S3 o Amazon Data Firehose y sirven para averiguar qué regla cortó una conexión o detectar tráfico raro. En español se suele decir «Flow Logs».',
      en: 'An Amazon VPC feature that writes down, for a VPC, a subnet or a network interface, a summary of each IP traffic flow: source, destination, ports, protocol, bytes and whether it was accepted (`ACCEPT`) or rejected (`REJECT`). It does not keep packet contents; the records go to CloudWatch Logs, S3 or Amazon Data Firehose and help find out which rule cut a connection or spot odd traffic.',
    },
    related: ['vpc', 'security-group', 'network-acl', 'log-group'],
  },

  // --- S3 -------------------------------------------------------------------------------------
  {
    id: 'bucket',
    term: { es: 'bucket', en: 'bucket' },
    definition: {
      es: 'Contenedor de Amazon S3 donde se guardan objetos; en español casi siempre se dice «bucket» (a veces traducido como «cubo»). Se crea en una región y, por defecto, su nombre debe ser único en todo AWS, no solo en tu cuenta (también puedes crearlo en el espacio de nombres propio de tu cuenta, con un sufijo obligatorio). Además de los de uso general hay buckets de directorio, de tablas y de vectores para usos especiales.',
      en: 'The Amazon S3 container that holds objects. It is created in a Region and, by default, its name must be unique across all of AWS, not just your account (you can also create it in your account\'s own namespace, with a required suffix). Besides general purpose buckets there are directory, table and vector buckets for special uses.',
    },
    related: ['object', 'prefix', 'bucket-policy', 'storage-class'],
  },
  {
    id: 'object',
    term: { es: 'objeto', en: 'object' },
    definition: {
      es: 'Lo que guardas en S3: los datos de un archivo más sus metadatos, identificados por una clave (key) única dentro del bucket, como `raw/2024/viajes.csv`. Un objeto puede ocupar hasta 50 TB y no se modifica por partes: se reemplaza entero.',
      en: 'What you store in S3: a file\'s data plus its metadata, identified by a key unique within the bucket, such as `raw/2024/trips.csv`. An object can be up to 50 TB and is not edited in place: it is replaced whole.',
    },
    related: ['bucket', 'prefix', 'versioning', 'multipart-upload'],
  },
  {
    id: 'prefix',
    term: { es: 'prefijo', en: 'prefix' },
    definition: {
      es: 'Comienzo de la clave de un objeto, como `raw/2024/`. S3 no tiene carpetas de verdad: la consola muestra los prefijos como si lo fueran. Los prefijos sirven para listar, dar permisos o aplicar reglas de ciclo de vida a una parte del bucket.',
      en: 'The start of an object\'s key, such as `raw/2024/`. S3 has no real folders: the console shows prefixes as if they were. Prefixes let you list, grant permissions on, or apply lifecycle rules to part of a bucket.',
    },
    related: ['object', 'bucket', 'lifecycle-rule'],
  },
  {
    id: 'bucket-policy',
    term: { es: 'política de bucket', en: 'bucket policy' },
    definition: {
      es: 'Política basada en recursos adjunta a un bucket de S3: dice qué entidades principales pueden hacer qué con él y sus objetos, por ejemplo exigir HTTPS o dar lectura a otra cuenta. Aun así, el bloqueo de acceso público (activado por defecto) impide que una política abra el bucket a todo internet por descuido.',
      en: 'A resource-based policy attached to an S3 bucket: it states which principals may do what with the bucket and its objects, for example requiring HTTPS or granting another account read access. Block Public Access (on by default) still stops a policy from opening the bucket to the whole internet by mistake.',
    },
    related: ['policy', 'principal', 'bucket', 'tls'],
  },
  {
    id: 'versioning',
    term: { es: 'versionado (control de versiones)', en: 'versioning' },
    definition: {
      es: 'Opción de un bucket que conserva cada versión anterior de un objeto al sobrescribirlo o borrarlo (el borrado solo añade un «marcador de eliminación»). Protege de errores humanos, pero cada versión ocupa y se paga. Una vez activado, solo se puede suspender, no desactivar.',
      en: 'A bucket setting that keeps every previous version of an object when it is overwritten or deleted (a delete only adds a "delete marker"). It protects against human error, but every version takes space and costs money. Once enabled it can be suspended, never turned off.',
    },
    related: ['object', 'lifecycle-rule', 'replication'],
  },
  {
    id: 'storage-class',
    term: { es: 'clase de almacenamiento', en: 'storage class' },
    definition: {
      es: 'Nivel de almacenamiento de cada objeto en S3, que equilibra precio por GB, costo de lectura y rapidez de acceso: S3 Standard para datos de uso frecuente, Standard-IA para acceso ocasional, las clases Glacier para archivo, e Intelligent-Tiering para que S3 mueva los objetos según su uso.',
      en: 'The storage tier of each S3 object, trading price per GB against retrieval cost and access speed: S3 Standard for frequently used data, Standard-IA for occasional access, the Glacier classes for archives, and Intelligent-Tiering to let S3 move objects based on use.',
    },
    related: ['lifecycle-rule', 'object', 'bucket'],
  },
  {
    id: 'lifecycle-rule',
    term: { es: 'regla de ciclo de vida', en: 'lifecycle rule' },
    definition: {
      es: 'Regla de un bucket que actúa sola con el paso del tiempo: mueve objetos a una clase de almacenamiento más barata o los borra tras cierto número de días. Puede limitarse a un prefijo o a unas etiquetas, y también limpia versiones antiguas y cargas multiparte sin terminar.',
      en: 'A bucket rule that acts on its own as time passes: it moves objects to a cheaper storage class or deletes them after a number of days. It can be limited to a prefix or tags, and it also cleans up old versions and unfinished multipart uploads.',
    },
    related: ['storage-class', 'prefix', 'versioning', 'multipart-upload'],
  },
  {
    id: 'multipart-upload',
    term: { es: 'carga multiparte', en: 'multipart upload' },
    definition: {
      es: 'Subida de un objeto grande en partes independientes que pueden enviarse en paralelo y reintentarse una a una; al final S3 las une. Es obligatoria por encima de 5 GB y recomendable desde unos 100 MB; la AWS CLI la usa sola. Las cargas que nunca se completan siguen ocupando espacio hasta que se abortan.',
      en: 'Uploading a large object in independent parts that can be sent in parallel and retried one by one; S3 joins them at the end. It is required above 5 GB and advisable from about 100 MB; the AWS CLI uses it automatically. Uploads that are never completed keep taking space until aborted.',
    },
    related: ['object', 'lifecycle-rule'],
  },
  {
    id: 'replication',
    term: { es: 'replicación', en: 'replication' },
    definition: {
      es: 'Copia automática y asíncrona de los objetos de un bucket a otro, en la misma región o en otra. Exige el versionado activado en ambos buckets y un rol de IAM; por defecto solo copia los objetos nuevos, no los que ya existían.',
      en: 'Automatic, asynchronous copying of a bucket\'s objects to another bucket, in the same Region or a different one. It requires versioning on both buckets and an IAM role; by default it only copies new objects, not the ones already there.',
    },
    related: ['versioning', 'bucket', 'region'],
  },
  {
    id: 'event-notification',
    term: { es: 'notificación de eventos', en: 'event notification' },
    definition: {
      es: 'Aviso que S3 envía cuando ocurre algo en un bucket, como la creación o el borrado de un objeto, hacia una función Lambda, una cola SQS, un tema SNS o Amazon EventBridge. Es la forma habitual de arrancar un procesamiento en cuanto llega un archivo.',
      en: 'A message S3 sends when something happens in a bucket, such as an object being created or deleted, to a Lambda function, an SQS queue, an SNS topic or Amazon EventBridge. It is the usual way to start processing as soon as a file arrives.',
    },
    related: ['trigger', 'lambda-function', 'bucket'],
  },
  {
    id: 'server-side-encryption',
    term: { es: 'cifrado del lado del servidor (SSE)', en: 'server-side encryption (SSE)' },
    definition: {
      es: 'Cifrado que S3 aplica a tus objetos al guardarlos y deshace al leerlos, sin que tu código haga nada. Desde 2023 todo objeto nuevo se cifra por defecto con claves que gestiona S3 (SSE-S3); con SSE-KMS usas una clave de KMS y controlas y auditas quién la usa.',
      en: 'Encryption that S3 applies to your objects when storing them and removes when reading them, with no work from your code. Since 2023 every new object is encrypted by default with keys S3 manages (SSE-S3); with SSE-KMS you use a KMS key and control and audit who uses it.',
    },
    related: ['kms-key', 'tls', 'bucket'],
  },
  {
    id: 'kms-key',
    term: { es: 'clave de KMS', en: 'KMS key' },
    definition: {
      es: 'Clave de cifrado que vive en AWS Key Management Service y nunca sale de él sin cifrar; los servicios le piden que cifre o descifre datos por ti. Las hay administradas por AWS (como `aws/s3`) y administradas por el cliente, que cuestan una cuota mensual y te dejan decidir quién puede usarlas. Antes se llamaban CMK.',
      en: 'An encryption key that lives in AWS Key Management Service and never leaves it unencrypted; services ask KMS to encrypt or decrypt data for you. There are AWS managed keys (such as `aws/s3`) and customer managed keys, which carry a monthly fee and let you decide who may use them. They used to be called CMKs.',
    },
    related: ['key-policy', 'server-side-encryption', 'envelope-encryption', 'secret'],
  },
  {
    id: 'key-policy',
    term: { es: 'política de claves', en: 'key policy' },
    definition: {
      es: 'Política basada en recursos de una clave de KMS; toda clave tiene exactamente una. A diferencia de otros recursos, las políticas de IAM solo sirven si la política de claves lo permite, así que es lo primero que hay que revisar ante un `AccessDenied` con KMS.',
      en: 'The resource-based policy of a KMS key; every key has exactly one. Unlike other resources, IAM policies only work if the key policy allows it, so it is the first place to look when KMS returns `AccessDenied`.',
    },
    related: ['kms-key', 'policy'],
  },
  {
    id: 'envelope-encryption',
    term: { es: 'cifrado de sobre (envelope encryption)', en: 'envelope encryption' },
    definition: {
      es: 'Técnica de cifrado en dos niveles: los datos se cifran con una clave de datos creada para ellos, y esa clave se cifra a su vez con una clave de KMS, de modo que junto a los datos solo queda la versión cifrada de la clave de datos. Así los archivos grandes nunca tienen que viajar a KMS (su operación `Encrypt` admite como mucho 4 KB), y descifrar consiste en pedirle a KMS que abra la clave de datos. S3 con SSE-KMS, EBS y Secrets Manager lo aplican por dentro, empezando por una llamada como `GenerateDataKey`, y mucha gente lo llama por su nombre inglés.',
      en: 'Two-level encryption: the data is encrypted with a data key made for it, and that key is in turn encrypted with a KMS key, so only the encrypted copy of the data key is stored beside the data. Large files therefore never have to travel to KMS (its `Encrypt` operation takes 4 KB at most), and decrypting means asking KMS to open the data key. S3 with SSE-KMS, EBS and Secrets Manager all do this internally, starting with a call such as `GenerateDataKey`.',
    },
    related: ['kms-key', 'server-side-encryption', 'key-policy'],
  },
  {
    id: 'secret',
    term: { es: 'secreto (AWS Secrets Manager)', en: 'secret (AWS Secrets Manager)' },
    definition: {
      es: 'Dato confidencial, como el usuario y la contraseña de una base de datos o una clave de API, que AWS Secrets Manager guarda cifrado con una clave de KMS y entrega solo a quien tenga permiso `secretsmanager:GetSecretValue`. Tu código lo pide al ejecutarse en vez de llevarlo escrito, y el servicio puede rotarlo solo; RDS incluso crea y rota el de su usuario maestro. Cada secreto tiene un costo mensual, además de un pequeño cargo por llamadas a la API.',
      en: 'A confidential value, such as a database user and password or an API key, that AWS Secrets Manager stores encrypted with a KMS key and hands only to whoever has `secretsmanager:GetSecretValue` permission. Your code asks for it at run time instead of carrying it written in, and the service can rotate it by itself; RDS even creates and rotates the one for its master user. Each secret has a monthly cost, plus a small charge for API calls.',
    },
    related: ['kms-key', 'envelope-encryption', 'resource-based-policy', 'iam-role'],
  },
  {
    id: 'tls',
    term: { es: 'TLS (seguridad de la capa de transporte)', en: 'TLS (Transport Layer Security)' },
    definition: {
      es: 'Protocolo que cifra los datos mientras viajan por la red; es la «S» de HTTPS y sustituye al antiguo SSL. Los endpoints de AWS exigen como mínimo TLS 1.2, y en una política de bucket puedes rechazar cualquier petición sin TLS con la condición `aws:SecureTransport`.',
      en: 'The protocol that encrypts data while it travels across the network; it is the "S" in HTTPS and replaces the old SSL. AWS endpoints require at least TLS 1.2, and a bucket policy can reject any request without TLS using the `aws:SecureTransport` condition.',
    },
    related: ['server-side-encryption', 'bucket-policy', 'endpoint'],
  },

  // --- Serverless and compute -----------------------------------------------------------------
  {
    id: 'serverless',
    term: { es: 'serverless (sin servidor)', en: 'serverless' },
    definition: {
      es: 'Forma de usar la nube en la que no gestionas servidores: el servicio escala solo y pagas por lo que usas, no por máquinas encendidas. Los servidores existen, pero son problema de AWS. Lambda, S3, DynamoDB, Athena y Fargate son serverless; en español se dice casi siempre «serverless».',
      en: 'A way of using the cloud where you manage no servers: the service scales by itself and you pay for use, not for machines left running. The servers exist, but they are AWS\'s problem. Lambda, S3, DynamoDB, Athena and Fargate are serverless.',
    },
    related: ['lambda-function', 'paas', 'container'],
  },
  {
    id: 'lambda-function',
    term: { es: 'función Lambda', en: 'Lambda function' },
    definition: {
      es: 'Código que AWS Lambda ejecuta cuando llega un evento, sin servidores que administrar. Eliges runtime y memoria (de 128 MB a 10 GB, con CPU proporcional); cada invocación dura como máximo 15 minutos y se paga por peticiones y por tiempo de ejecución.',
      en: 'Code that AWS Lambda runs when an event arrives, with no servers to manage. You choose a runtime and memory (128 MB to 10 GB, with CPU in proportion); each invocation lasts at most 15 minutes and you pay per request and per execution time.',
    },
    related: ['serverless', 'runtime', 'trigger', 'concurrency'],
  },
  {
    id: 'runtime',
    term: { es: 'runtime (entorno de ejecución)', en: 'runtime' },
    definition: {
      es: 'Entorno de lenguaje en el que corre una función Lambda, como `python3.13` o `nodejs22.x`; AWS lo mantiene y lo retira cuando esa versión del lenguaje deja de tener soporte. Para Go, Rust u otros lenguajes compilados se usa un runtime solo de sistema operativo (`provided.al2023`). La consola en español dice «tiempo de ejecución», pero lo habitual es decir «runtime».',
      en: 'The language environment a Lambda function runs in, such as `python3.13` or `nodejs22.x`; AWS maintains it and retires it once that language version loses support. Go, Rust and other compiled languages use an OS-only runtime (`provided.al2023`).',
    },
    related: ['lambda-function'],
  },
  {
    id: 'trigger',
    term: { es: 'trigger (desencadenador)', en: 'trigger' },
    definition: {
      es: 'Lo que hace que una función Lambda se ejecute: un archivo nuevo en S3, una petición HTTP por API Gateway, una regla o programación de EventBridge, mensajes en una cola SQS… La consola en español lo llama «desencadenador», aunque casi todo el mundo dice «trigger».',
      en: 'What makes a Lambda function run: a new file in S3, an HTTP request through API Gateway, an EventBridge rule or schedule, messages in an SQS queue, and so on.',
    },
    related: ['lambda-function', 'event-notification'],
  },
  {
    id: 'concurrency',
    term: { es: 'concurrencia', en: 'concurrency' },
    definition: {
      es: 'Número de peticiones que una función Lambda atiende a la vez; cada una ocupa su propio entorno de ejecución. Hay un límite por cuenta y región (1000 por defecto, que se puede ampliar); la concurrencia reservada aparta una parte para una función y la aprovisionada mantiene entornos ya iniciados para evitar arranques en frío (cold starts).',
      en: 'The number of requests a Lambda function is serving at the same moment; each one uses its own execution environment. There is a per-account, per-Region limit (1,000 by default, and it can be raised); reserved concurrency sets part aside for one function, and provisioned concurrency keeps environments warm to avoid cold starts.',
    },
    related: ['lambda-function', 'serverless', 'cold-start', 'throttling'],
  },
  {
    id: 'cold-start',
    term: { es: 'arranque en frío (cold start)', en: 'cold start' },
    definition: {
      es: 'Demora extra que sufre una invocación de Lambda cuando no hay ningún entorno de ejecución libre y hay que preparar uno: descargar el código, arrancar el runtime y correr el código de inicialización de tu función. Va de menos de cien milisegundos a varios segundos según el lenguaje, el tamaño del paquete y lo que hagas al iniciar, y desde agosto de 2025 esa fase también se factura. La concurrencia aprovisionada y SnapStart lo reducen; en español se oye tanto «arranque en frío» como «cold start».',
      en: 'The extra delay a Lambda invocation suffers when no execution environment is free and a new one must be prepared: download the code, start the runtime and run your function\'s initialization code. It ranges from under a hundred milliseconds to several seconds depending on language, package size and what you do at startup, and since August 2025 that phase is billed too. Provisioned concurrency and SnapStart reduce it.',
    },
    related: ['lambda-function', 'concurrency', 'runtime'],
  },
  {
    id: 'throttling',
    term: { es: 'throttling (limitación)', en: 'throttling' },
    definition: {
      es: 'Rechazo temporal de peticiones por parte de un servicio de AWS cuando llegan más de las que permiten tu cuota o la capacidad contratada, con errores como `ThrottlingException`, `TooManyRequestsException` o un HTTP 429. No indica una avería: se supera reintentando con espera exponencial (los SDK ya lo hacen), repartiendo mejor la carga o pidiendo más cuota. En español se suele decir «throttling», aunque también se habla de «limitación».',
      en: 'The temporary refusal of requests by an AWS service when more arrive than your quota or provisioned capacity allows, with errors such as `ThrottlingException`, `TooManyRequestsException` or an HTTP 429. It does not mean something is broken: you get past it by retrying with exponential backoff (the SDKs already do), spreading the load better or asking for a higher quota.',
    },
    related: ['concurrency', 'lambda-function', 'metric'],
  },
  {
    id: 'container',
    term: { es: 'contenedor', en: 'container' },
    definition: {
      es: 'Paquete ligero que reúne una aplicación con todo lo que necesita y se ejecuta aislado compartiendo el núcleo del sistema anfitrión. En AWS las imágenes se guardan en Amazon ECR y se ejecutan con Amazon ECS o EKS, sobre EC2 o sobre Fargate (sin servidores); Lambda también acepta imágenes de contenedor.',
      en: 'A lightweight package bundling an application with everything it needs, running isolated while sharing the host\'s kernel. On AWS, images are stored in Amazon ECR and run with Amazon ECS or EKS, on EC2 or on Fargate (serverless); Lambda also accepts container images.',
    },
    related: ['serverless', 'ec2-instance', 'lambda-function'],
  },

  // --- Data and analytics ---------------------------------------------------------------------
  {
    id: 'data-lake',
    term: { es: 'data lake (lago de datos)', en: 'data lake' },
    definition: {
      es: 'Almacén central donde se guardan datos de cualquier tipo y volumen, muchas veces tal como llegan, para analizarlos después; en AWS suele ser S3 más un catálogo de datos que describe las tablas. Se organiza por zonas (datos crudos, limpios, listos para consultar). En español se dice «data lake» más que «lago de datos».',
      en: 'A central store that holds data of any kind and volume, often as it arrives, to be analyzed later; on AWS it is usually S3 plus a data catalog describing the tables. It is organized in zones (raw, cleaned, ready to query).',
    },
    related: ['bucket', 'data-catalog', 'etl', 'crawler'],
  },
  {
    id: 'etl',
    term: { es: 'ETL (extracción, transformación y carga)', en: 'ETL (extract, transform, load)' },
    definition: {
      es: 'Proceso que lee datos de una fuente, los limpia o cambia de forma (por ejemplo de CSV a Parquet) y los escribe en su destino. En AWS se hace con trabajos de AWS Glue, funciones Lambda para volúmenes pequeños o Amazon EMR. Si los datos se cargan antes de transformarlos se habla de ELT.',
      en: 'A process that reads data from a source, cleans or reshapes it (for example from CSV to Parquet) and writes it to its destination. On AWS it is done with AWS Glue jobs, Lambda functions for small volumes, or Amazon EMR. Loading before transforming is called ELT.',
    },
    related: ['data-lake', 'pipeline', 'data-catalog'],
  },
  {
    id: 'data-catalog',
    term: { es: 'catálogo de datos', en: 'data catalog' },
    definition: {
      es: 'Inventario de metadatos: qué tablas hay, con qué columnas y tipos, en qué ubicación de S3 y con qué particiones. No guarda los datos en sí. El AWS Glue Data Catalog es el que usan Athena, EMR y Redshift para consultar un data lake.',
      en: 'An inventory of metadata: which tables exist, with which columns and types, at which S3 location and with which partitions. It does not hold the data itself. The AWS Glue Data Catalog is the one Athena, EMR and Redshift use to query a data lake.',
    },
    related: ['crawler', 'data-lake', 'etl'],
  },
  {
    id: 'crawler',
    term: { es: 'crawler (rastreador)', en: 'crawler' },
    definition: {
      es: 'Proceso de AWS Glue que recorre un almacén de datos, como un prefijo de S3, deduce el esquema y las particiones, y crea o actualiza las tablas del catálogo de datos. Puede ejecutarse a demanda o programado, y cobra por el tiempo de cómputo que usa. En español se dice casi siempre «crawler».',
      en: 'An AWS Glue process that walks through a data store, such as an S3 prefix, infers the schema and partitions, and creates or updates tables in the data catalog. It can run on demand or on a schedule, and is billed for the compute time it uses.',
    },
    related: ['data-catalog', 'data-lake', 'prefix'],
  },

  // --- Monitoring -----------------------------------------------------------------------------
  {
    id: 'metric',
    term: { es: 'métrica', en: 'metric' },
    definition: {
      es: 'Serie de valores numéricos ordenados en el tiempo que Amazon CloudWatch recoge, como `CPUUtilization` de una instancia o `Errors` de una función Lambda. Se identifica por un espacio de nombres (`AWS/EC2`), un nombre y unas dimensiones; muchos servicios publican las suyas gratis y tú puedes publicar métricas propias.',
      en: 'A time-ordered series of numeric values collected by Amazon CloudWatch, such as an instance\'s `CPUUtilization` or a Lambda function\'s `Errors`. It is identified by a namespace (`AWS/EC2`), a name and dimensions; many services publish theirs for free and you can publish custom metrics.',
    },
    related: ['alarm', 'log-group'],
  },
  {
    id: 'alarm',
    term: { es: 'alarma', en: 'alarm' },
    definition: {
      es: 'Monitor de CloudWatch que compara una métrica con un umbral y pasa a estado `ALARM` cuando lo cruza durante el tiempo indicado (los otros estados son `OK` e `INSUFFICIENT_DATA`). Al cambiar de estado puede avisar por SNS, escalar un grupo de Auto Scaling o detener una instancia.',
      en: 'A CloudWatch monitor that compares a metric with a threshold and goes into `ALARM` when it stays past it for the period you set (the other states are `OK` and `INSUFFICIENT_DATA`). On a state change it can notify through SNS, scale an Auto Scaling group or stop an instance.',
    },
    related: ['metric', 'free-tier'],
  },
  {
    id: 'log-group',
    term: { es: 'grupo de registros (log group)', en: 'log group' },
    definition: {
      es: 'Contenedor de CloudWatch Logs que agrupa los flujos de registro (log streams) de una misma fuente y comparte retención, permisos y cifrado; por ejemplo, una función Lambda escribe por defecto en `/aws/lambda/<nombre>`. Por defecto los registros no caducan nunca, así que conviene fijar una retención. Muchos hispanohablantes dicen simplemente «log group».',
      en: 'A CloudWatch Logs container that gathers the log streams of one source and shares retention, permissions and encryption; a Lambda function, for example, writes to `/aws/lambda/<name>` by default. Logs never expire by default, so setting a retention period is wise.',
    },
    related: ['metric', 'lambda-function'],
  },
  {
    id: 'cloudtrail',
    term: { es: 'CloudTrail', en: 'CloudTrail' },
    definition: {
      es: 'Servicio que lleva el registro de las llamadas a la API de tu cuenta, hechas desde la consola, la CLI, un SDK u otro servicio: quién actuó, qué pidió, cuándo, desde qué IP y con qué resultado. Sin configurar nada, su historial de eventos muestra 90 días de eventos de administración gratis; para guardarlos más tiempo o capturar eventos de datos, como las lecturas de objetos de S3, creas un trail que los deja en un bucket.',
      en: 'The service that keeps a record of the API calls made in your account, whether from the console, the CLI, an SDK or another service: who acted, what they asked for, when, from which IP and with what result. With no setup, its event history shows 90 days of management events for free; to keep them longer or to capture data events, such as S3 object reads, you create a trail that delivers them to a bucket.',
    },
    related: ['log-group', 'root-user', 'principal', 'bucket'],
  },

  // --- General --------------------------------------------------------------------------------
  {
    id: 'pipeline',
    term: { es: 'pipeline (canalización)', en: 'pipeline' },
    definition: {
      es: 'Cadena de pasos automáticos en la que la salida de uno es la entrada del siguiente: en datos, ingerir, transformar, catalogar y consultar; en software, compilar, probar y desplegar (por ejemplo con AWS CodePipeline). Se suele decir «el pipeline»; la documentación de AWS lo traduce como «canalización».',
      en: 'A chain of automated steps where each one\'s output feeds the next: for data, ingest, transform, catalog and query; for software, build, test and deploy (for example with AWS CodePipeline).',
    },
    related: ['etl', 'data-lake'],
  },
  {
    id: 'free-tier',
    term: { es: 'capa gratuita', en: 'Free Tier' },
    definition: {
      es: 'Uso sin costo que ofrece AWS. Las cuentas creadas desde julio de 2025 reciben créditos promocionales y pueden elegir un plan gratuito de hasta seis meses; además, algunos servicios tienen una cuota siempre gratuita, como un millón de peticiones al mes en Lambda. Las condiciones cambian: revísalas en la página oficial y crea una alerta de presupuesto.',
      en: 'The no-cost usage AWS offers. Accounts created since July 2025 receive promotional credits and can choose a free plan lasting up to six months; on top of that, some services have an always-free allowance, such as one million Lambda requests a month. Terms change: check the official page and set up a budget alert.',
    },
    related: ['alarm', 'nat-gateway'],
  },
  {
    id: 'endpoint',
    term: { es: 'endpoint (punto de conexión)', en: 'endpoint' },
    definition: {
      es: 'Dirección de red (normalmente una URL o un nombre DNS) donde se llega a un servicio o recurso: el endpoint regional de S3, el de una base de datos RDS o uno de SageMaker AI que sirve un modelo. En español se dice «endpoint»; la documentación de AWS lo traduce como «punto de conexión». Para el acceso privado desde una VPC, consulta la entrada «endpoint de VPC».',
      en: 'A network address (usually a URL or DNS name) where a service or resource is reached: S3\'s regional endpoint, an RDS database\'s endpoint or a SageMaker AI endpoint serving a model. For private access from inside a VPC, see the "VPC endpoint" entry.',
    },
    related: ['vpc-endpoint', 'region', 'tls'],
  },
];

/** The entry with this id, if any. */
export function glossaryEntry(id: string): GlossaryTerm | undefined {
  return glossary.find((entry) => entry.id === id);
}

/** The glossary in the order a reader of `lang` expects: alphabetical by the term in that language. */
export function glossaryInOrder(lang: Lang): GlossaryTerm[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return [...glossary].sort((a, b) => collator.compare(a.term[lang], b.term[lang]));
}

/** A piece of a definition: plain prose, or a literal (command, identifier, value) shown as code. */
export interface DefinitionPart {
  text: string;
  code: boolean;
}

/** Splits a definition on its `backtick` spans, which the glossary page renders as <code>. */
export function definitionParts(definition: string): DefinitionPart[] {
  return definition
    .split('`')
    .map((text, i) => ({ text, code: i % 2 === 1 }))
    .filter((part) => part.text !== '');
}
