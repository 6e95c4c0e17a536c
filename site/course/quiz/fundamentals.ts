import type { QuizDefinition } from '../quiz-types.ts';

/** Review of section 1: service models, picking a compute service, and one security group question. */
export const fundamentalsQuiz: QuizDefinition = {
  id: 'fundamentals',
  title: { es: 'Repaso de fundamentos de la nube', en: 'Cloud fundamentals review' },
  questions: [
    {
      id: 'model-of-ec2',
      prompt: {
        es: 'Lanzas una instancia EC2, eliges el sistema operativo, lo parcheas e instalas tu propio software. ¿Qué modelo de servicio estás usando?',
        en: 'You launch an EC2 instance, choose the operating system, patch it and install your own software. Which service model are you using?',
      },
      options: [
        {
          id: 'paas',
          text: { es: 'Plataforma como servicio (PaaS)', en: 'Platform as a service (PaaS)' },
          correct: false,
          feedback: {
            es: 'En PaaS el proveedor gestiona el sistema operativo y el entorno de ejecución, y aquí los administras tú.',
            en: 'In PaaS the provider runs the operating system and the runtime, and here you are the one managing them.',
          },
        },
        {
          id: 'saas',
          text: { es: 'Software como servicio (SaaS)', en: 'Software as a service (SaaS)' },
          correct: false,
          feedback: {
            es: 'Con SaaS recibes una aplicación terminada y no ves servidores ni sistemas operativos.',
            en: 'With SaaS you get a finished application and never see servers or operating systems.',
          },
        },
        {
          id: 'iaas',
          text: { es: 'Infraestructura como servicio (IaaS)', en: 'Infrastructure as a service (IaaS)' },
          correct: true,
          feedback: {
            es: 'AWS pone el hardware y la virtualización; desde el sistema operativo hacia arriba, todo es tuyo.',
            en: 'AWS provides the hardware and virtualization; from the operating system up, everything is yours.',
          },
        },
        {
          id: 'on-premises',
          text: { es: 'Centro de datos propio (local)', en: 'Your own data center (on-premises)' },
          correct: false,
          feedback: {
            es: 'La instancia corre en el hardware de AWS; tú no compras ni mantienes máquinas físicas.',
            en: 'The instance runs on AWS hardware; you do not buy or maintain physical machines.',
          },
        },
      ],
    },
    {
      id: 'model-of-beanstalk',
      prompt: {
        es: 'Subes el código de tu aplicación Python a AWS Elastic Beanstalk y el servicio crea las instancias, el balanceador y el escalado por ti. ¿Qué modelo es?',
        en: 'You upload your Python application code to AWS Elastic Beanstalk and the service creates the instances, the load balancer and the scaling for you. Which model is this?',
      },
      options: [
        {
          id: 'iaas',
          text: { es: 'IaaS', en: 'IaaS' },
          correct: false,
          feedback: {
            es: 'Por debajo hay instancias EC2, pero tú no las administras: entregas código y la plataforma hace el resto.',
            en: 'There are EC2 instances underneath, but you do not manage them: you hand over code and the platform does the rest.',
          },
        },
        {
          id: 'paas',
          text: { es: 'PaaS', en: 'PaaS' },
          correct: true,
          feedback: {
            es: 'La plataforma se ocupa del sistema operativo, el entorno de Python y el escalado; tú aportas el código.',
            en: 'The platform takes care of the operating system, the Python runtime and scaling; you bring the code.',
          },
        },
        {
          id: 'saas',
          text: { es: 'SaaS', en: 'SaaS' },
          correct: false,
          feedback: {
            es: 'La aplicación es tuya y la escribiste tú; en SaaS usarías una aplicación ya hecha por el proveedor.',
            en: 'The application is yours and you wrote it; with SaaS you would use an application the provider already built.',
          },
        },
      ],
    },
    {
      id: 'model-of-quick-sight',
      prompt: {
        es: 'El equipo de ventas abre paneles de Amazon Quick Sight en el navegador. Nadie instala ni mantiene nada; solo se gestionan usuarios y datos. ¿Qué modelo es?',
        en: 'The sales team opens Amazon Quick Sight dashboards in the browser. Nobody installs or maintains anything; only users and data are managed. Which model is this?',
      },
      options: [
        {
          id: 'paas',
          text: { es: 'PaaS', en: 'PaaS' },
          correct: false,
          feedback: {
            es: 'En PaaS desplegarías tu propio código; aquí no hay código que escribir ni desplegar.',
            en: 'With PaaS you would deploy your own code; here there is no code to write or deploy.',
          },
        },
        {
          id: 'iaas',
          text: { es: 'IaaS', en: 'IaaS' },
          correct: false,
          feedback: {
            es: 'En IaaS administrarías máquinas y sistemas operativos, y este equipo no ve ninguno.',
            en: 'With IaaS you would manage machines and operating systems, and this team never sees any.',
          },
        },
        {
          id: 'saas',
          text: { es: 'SaaS', en: 'SaaS' },
          correct: true,
          feedback: {
            es: 'Es una aplicación terminada que AWS ejecuta y mantiene; al cliente le quedan los usuarios, permisos y datos.',
            en: 'It is a finished application that AWS runs and maintains; the customer keeps users, permissions and data.',
          },
        },
      ],
    },
    {
      id: 'shared-responsibility-data',
      prompt: {
        es: 'Según el modelo de responsabilidad compartida, ¿qué sigue siendo responsabilidad tuya en los tres modelos (IaaS, PaaS y SaaS)?',
        en: 'Under the shared responsibility model, what remains your responsibility in all three models (IaaS, PaaS and SaaS)?',
      },
      options: [
        {
          id: 'guest-os-patches',
          text: { es: 'Parchear el sistema operativo', en: 'Patching the operating system' },
          correct: false,
          feedback: {
            es: 'Solo en IaaS parcheas tú el sistema operativo; en PaaS y SaaS lo hace AWS.',
            en: 'Only in IaaS do you patch the operating system; in PaaS and SaaS AWS does it.',
          },
        },
        {
          id: 'data-and-access',
          text: { es: 'Tus datos y quién puede acceder a ellos', en: 'Your data and who can access it' },
          correct: true,
          feedback: {
            es: 'Ningún modelo traslada al proveedor la decisión de quién ve tus datos ni cómo los configuras.',
            en: 'No model hands the provider the decision of who sees your data or how you configure it.',
          },
        },
        {
          id: 'physical-security',
          text: { es: 'La seguridad física de los centros de datos', en: 'Physical security of the data centers' },
          correct: false,
          feedback: {
            es: 'Es la seguridad «de» la nube, y siempre corre a cargo de AWS.',
            en: 'That is security "of" the cloud, and it is always AWS\'s job.',
          },
        },
        {
          id: 'runtime-updates',
          text: { es: 'Actualizar el entorno de ejecución (Python, Java…)', en: 'Updating the runtime (Python, Java…)' },
          correct: false,
          feedback: {
            es: 'En Lambda o Elastic Beanstalk AWS parchea el entorno de ejecución, y en SaaS ni siquiera lo ves.',
            en: 'In Lambda or Elastic Beanstalk AWS patches the runtime, and in SaaS you do not even see it.',
          },
        },
      ],
    },
    {
      id: 'compute-for-upload-event',
      prompt: {
        es: 'Cada vez que alguien sube un CSV a un bucket de S3 quieres validarlo; tarda unos segundos y llegan pocos archivos al día, a horas imprevisibles. ¿Qué servicio encaja mejor?',
        en: 'Every time someone uploads a CSV to an S3 bucket you want to validate it; it takes a few seconds and only a few files arrive per day, at unpredictable times. Which service fits best?',
      },
      options: [
        {
          id: 'lambda',
          text: { es: 'AWS Lambda', en: 'AWS Lambda' },
          correct: true,
          feedback: {
            es: 'Es trabajo corto, disparado por un evento de S3, y entre archivo y archivo no pagas nada.',
            en: 'It is short work triggered by an S3 event, and between files you pay nothing.',
          },
        },
        {
          id: 'ec2',
          text: { es: 'Una instancia EC2 encendida todo el día', en: 'An EC2 instance running all day' },
          correct: false,
          feedback: {
            es: 'Funcionaría, pero pagarías la instancia las 24 horas para unos segundos de trabajo, y además tendrías que mantenerla.',
            en: 'It would work, but you would pay for the instance around the clock for a few seconds of work, and you would have to maintain it.',
          },
        },
        {
          id: 'lightsail',
          text: { es: 'Un servidor de Lightsail', en: 'A Lightsail server' },
          correct: false,
          feedback: {
            es: 'El plan mensual se paga igual aunque no lleguen archivos, y no reacciona solo a eventos de S3.',
            en: 'The monthly plan is paid even if no files arrive, and it does not react to S3 events by itself.',
          },
        },
      ],
    },
    {
      id: 'compute-for-container-api',
      prompt: {
        es: 'Tu equipo tiene una API empaquetada como imagen de contenedor que debe atender peticiones todo el día, y no quiere administrar servidores. ¿Qué eliges?',
        en: 'Your team has an API packaged as a container image that must serve requests all day, and it does not want to manage servers. What do you choose?',
      },
      options: [
        {
          id: 'ecr-only',
          text: { es: 'Amazon ECR', en: 'Amazon ECR' },
          correct: false,
          feedback: {
            es: 'ECR es el registro donde se guarda la imagen, pero no la ejecuta; necesitas ECS (o EKS) para eso.',
            en: 'ECR is the registry where the image is stored, but it does not run it; you need ECS (or EKS) for that.',
          },
        },
        {
          id: 'ec2-docker',
          text: { es: 'Instancias EC2 con Docker instalado a mano', en: 'EC2 instances with Docker installed by hand' },
          correct: false,
          feedback: {
            es: 'Es posible, pero contradice el requisito: tendrías que parchear, vigilar y escalar esas instancias tú mismo.',
            en: 'It is possible, but it goes against the requirement: you would have to patch, watch and scale those instances yourself.',
          },
        },
        {
          id: 'lambda-long',
          text: { es: 'Una sola función Lambda que se queda escuchando', en: 'A single Lambda function that stays listening' },
          correct: false,
          feedback: {
            es: 'Una invocación de Lambda dura como máximo 15 minutos y no puede quedarse escuchando un puerto.',
            en: 'A Lambda invocation lasts at most 15 minutes and cannot sit listening on a port.',
          },
        },
        {
          id: 'ecs-fargate',
          text: { es: 'Amazon ECS con AWS Fargate', en: 'Amazon ECS with AWS Fargate' },
          correct: true,
          feedback: {
            es: 'ECS mantiene las tareas en marcha detrás de un balanceador y Fargate pone la capacidad sin que veas instancias.',
            en: 'ECS keeps the tasks running behind a load balancer and Fargate supplies the capacity without you seeing any instances.',
          },
        },
      ],
    },
    {
      id: 'compute-for-small-blog',
      prompt: {
        es: 'Quieres publicar un blog de WordPress pequeño, con un precio mensual fijo y la menor configuración posible. ¿Qué servicio encaja mejor?',
        en: 'You want to publish a small WordPress blog, at a fixed monthly price and with as little setup as possible. Which service fits best?',
      },
      options: [
        {
          id: 'lightsail',
          text: { es: 'Amazon Lightsail', en: 'Amazon Lightsail' },
          correct: true,
          feedback: {
            es: 'Lightsail ofrece planes de precio fijo y una imagen de WordPress lista para arrancar.',
            en: 'Lightsail offers fixed-price plans and a WordPress image ready to start.',
          },
        },
        {
          id: 'ec2',
          text: { es: 'Amazon EC2', en: 'Amazon EC2' },
          correct: false,
          feedback: {
            es: 'Podrías, pero te tocaría configurar red, discos e IP por separado, y pagarías por uso en lugar de un precio cerrado.',
            en: 'You could, but you would set up network, disks and IP separately, and pay per use instead of a flat price.',
          },
        },
        {
          id: 'lambda',
          text: { es: 'AWS Lambda', en: 'AWS Lambda' },
          correct: false,
          feedback: {
            es: 'WordPress es una aplicación web completa pensada para un servidor, no una función corta disparada por eventos.',
            en: 'WordPress is a full web application built for a server, not a short event-driven function.',
          },
        },
      ],
    },
    {
      id: 'security-group-ssh-source',
      prompt: {
        es: 'Necesitas entrar por SSH a tu instancia desde tu laptop. ¿Qué regla de entrada del grupo de seguridad es la más adecuada?',
        en: 'You need to SSH into your instance from your laptop. Which security group inbound rule is the most appropriate?',
      },
      options: [
        {
          id: 'ssh-from-anywhere',
          text: { es: 'TCP 22 desde 0.0.0.0/0', en: 'TCP 22 from 0.0.0.0/0' },
          correct: false,
          feedback: {
            es: 'Expone el puerto a todo internet, y los escáneres empezarán a probarlo en minutos.',
            en: 'It exposes the port to the whole internet, and scanners will start probing it within minutes.',
          },
        },
        {
          id: 'all-traffic-from-anywhere',
          text: { es: 'Todo el tráfico desde 0.0.0.0/0', en: 'All traffic from 0.0.0.0/0' },
          correct: false,
          feedback: {
            es: 'Abre todos los puertos a todo el mundo: es justo lo contrario del mínimo privilegio.',
            en: 'It opens every port to everyone: the exact opposite of least privilege.',
          },
        },
        {
          id: 'outbound-22',
          text: { es: 'Una regla de salida en el puerto 22', en: 'An outbound rule on port 22' },
          correct: false,
          feedback: {
            es: 'Las reglas de salida controlan las conexiones que inicia la instancia; para entrar tú hace falta una regla de entrada.',
            en: 'Outbound rules control connections the instance starts; for you to get in you need an inbound rule.',
          },
        },
        {
          id: 'ssh-from-my-ip',
          text: { es: 'TCP 22 desde tu IP con /32', en: 'TCP 22 from your IP with /32' },
          correct: true,
          feedback: {
            es: 'Solo tu dirección puede llegar al puerto, y la respuesta sale sola porque el grupo de seguridad tiene estado.',
            en: 'Only your address can reach the port, and the reply gets out on its own because the security group is stateful.',
          },
        },
      ],
    },
  ],
};
