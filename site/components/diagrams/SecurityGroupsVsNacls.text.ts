import type { Lang } from '../../../checker/core/i18n.ts';

const es = {
  title: 'Grupo de seguridad y ACL de red: una petición y su respuesta',
  description:
    'Una petición de internet a una instancia EC2 cruza la puerta de enlace de internet, la ACL de red de la subred (regla de entrada) y el grupo de seguridad de la instancia (regla de entrada). La respuesta sale por el grupo de seguridad sin regla, porque es con estado, pero la ACL de red, sin estado, necesita una regla de salida para los puertos efímeros 1024–65535.',
  internet: { title: 'Internet', detail: 'un cliente se conecta al puerto 443' },
  igw: { title: 'Puerta de enlace de internet' },
  vpc: 'VPC',
  subnet: 'Subred',
  nacl: 'ACL de red',
  naclIn: { title: 'Entrada', detail: '100 ✔ TCP 443\n* ✖ todo lo demás' },
  naclOut: { title: 'Salida', detail: '100 ✔ TCP 1024–65535\n* ✖ todo lo demás' },
  sg: 'Grupo de seguridad',
  sgIn: { title: 'Entrada', detail: '✔ TCP 443 desde cualquier lugar' },
  sgOut: { title: 'Respuesta', detail: '✔ sale sola, sin regla' },
  instance: { title: 'Instancia EC2', detail: 'su interfaz de red (ENI)' },
  request: 'petición',
  reply: 'respuesta',
  naclNote: {
    title: 'ACL de red',
    detail: 'sin estado · reglas numeradas de permitir y denegar · revisa entrada y salida por separado: la respuesta necesita su regla de salida',
  },
  sgNote: {
    title: 'Grupo de seguridad',
    detail: 'con estado · solo reglas de permitir · la respuesta a una petición permitida sale sola',
  },
  steps: [
    'Dentro de una VPC hay una subred, y en la subred una instancia EC2. La VPC se conecta a internet por una puerta de enlace de internet.',
    'La ACL de red está en el límite de la subred. No tiene estado: sus reglas van numeradas, pueden permitir o denegar, y se aplican por separado a la entrada y a la salida.',
    'El grupo de seguridad rodea la interfaz de red (ENI) de la instancia. Tiene estado: solo tiene reglas de permitir, y la respuesta a una conexión permitida sale sin necesitar regla.',
    'Petición, paso 1: un cliente de internet se conecta al puerto TCP 443 y la petición entra por la puerta de enlace de internet.',
    'Petición, paso 2: la ACL de red revisa sus reglas de entrada; la regla 100 permite TCP 443 (✔). La regla final * deniega todo lo demás (✖).',
    'Petición, paso 3: el grupo de seguridad revisa sus reglas de entrada; una permite TCP 443 desde cualquier lugar (✔).',
    'Petición, paso 4: la petición llega a la instancia EC2.',
    'Respuesta, paso 1: la instancia responde; el grupo de seguridad deja salir la respuesta automáticamente, sin regla de salida (✔), porque recuerda la conexión.',
    'Respuesta, paso 2: la ACL de red revisa sus reglas de salida, porque no recuerda nada; la regla 100 permite TCP 1024–65535, los puertos efímeros del cliente (✔). Sin esa regla, la respuesta se descartaría.',
    'Respuesta, paso 3: la respuesta sale por la puerta de enlace de internet y llega al cliente.',
  ],
};

export const text: Record<Lang, typeof es> = {
  es,
  en: {
    title: 'Security group and network ACL: a request and its reply',
    description:
      "A request from the internet to an EC2 instance crosses the internet gateway, the subnet's network ACL (inbound rule) and the instance's security group (inbound rule). The reply leaves through the security group with no rule, because it is stateful, but the stateless network ACL needs an outbound rule for the ephemeral ports 1024–65535.",
    internet: { title: 'Internet', detail: 'a client connects to port 443' },
    igw: { title: 'Internet gateway' },
    vpc: 'VPC',
    subnet: 'Subnet',
    nacl: 'Network ACL',
    naclIn: { title: 'Inbound', detail: '100 ✔ TCP 443\n* ✖ everything else' },
    naclOut: { title: 'Outbound', detail: '100 ✔ TCP 1024–65535\n* ✖ everything else' },
    sg: 'Security group',
    sgIn: { title: 'Inbound', detail: '✔ TCP 443 from anywhere' },
    sgOut: { title: 'Reply', detail: '✔ goes out on its own, no rule' },
    instance: { title: 'EC2 instance', detail: 'its network interface (ENI)' },
    request: 'request',
    reply: 'reply',
    naclNote: {
      title: 'Network ACL',
      detail: 'stateless · numbered allow and deny rules · checks inbound and outbound separately: the reply needs its own outbound rule',
    },
    sgNote: {
      title: 'Security group',
      detail: 'stateful · allow rules only · the reply to an allowed request goes out on its own',
    },
    steps: [
      'Inside a VPC there is a subnet, and in the subnet an EC2 instance. The VPC reaches the internet through an internet gateway.',
      'The network ACL sits at the subnet boundary. It is stateless: its rules are numbered, can allow or deny, and apply separately to inbound and outbound traffic.',
      "The security group surrounds the instance's network interface (ENI). It is stateful: it only has allow rules, and the reply to an allowed connection goes out without needing a rule.",
      'Request, step 1: a client on the internet connects to TCP port 443 and the request comes in through the internet gateway.',
      'Request, step 2: the network ACL checks its inbound rules; rule 100 allows TCP 443 (✔). The final rule * denies everything else (✖).',
      'Request, step 3: the security group checks its inbound rules; one allows TCP 443 from anywhere (✔).',
      'Request, step 4: the request reaches the EC2 instance.',
      'Reply, step 1: the instance answers; the security group lets the reply out automatically, with no outbound rule (✔), because it remembers the connection.',
      "Reply, step 2: the network ACL checks its outbound rules, because it remembers nothing; rule 100 allows TCP 1024–65535, the client's ephemeral ports (✔). Without that rule the reply would be dropped.",
      'Reply, step 3: the reply leaves through the internet gateway and reaches the client.',
    ],
  },
};
