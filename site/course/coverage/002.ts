import type { CoverageEntry } from '../coverage-types.ts';

/** Guide 002, "Básicos": cloud service models, compute services, EC2 and Lambda (section 1, fundamentals). */
export const entries: CoverageEntry[] = [
  { guide: '002', heading: 'Básicos', page: 'fundamentals/service-models', section: null },
  {
    guide: '002',
    heading: 'Servicios',
    page: 'fundamentals/service-models',
    section: { es: 'Modelos de servicio y de implementación', en: 'Service and deployment models' },
  },
  {
    guide: '002',
    heading: 'Infraestructura como servicio (IaaS)',
    page: 'fundamentals/service-models',
    section: { es: 'Infraestructura como servicio (IaaS)', en: 'Infrastructure as a service (IaaS)' },
  },
  {
    guide: '002',
    heading: 'Plattform as a Service (PaaS)',
    page: 'fundamentals/service-models',
    section: { es: 'Plataforma como servicio (PaaS)', en: 'Platform as a service (PaaS)' },
  },
  {
    guide: '002',
    heading: 'Software as a Service (SaaS)',
    page: 'fundamentals/service-models',
    section: { es: 'Software como servicio (SaaS)', en: 'Software as a service (SaaS)' },
  },
  {
    guide: '002',
    heading: 'Servicios de Informática',
    page: 'fundamentals/compute-services',
    section: null,
    note: {
      es: 'La guía describe ECS como un registro de contenedores; la lección lo corrige: ECS ejecuta contenedores y el registro es ECR.',
      en: 'The guide calls ECS a container registry; the lesson corrects it: ECS runs containers and the registry is ECR.',
    },
  },
  {
    guide: '002',
    heading: 'EC2',
    page: 'fundamentals/security-groups',
    section: null,
    note: {
      es: 'Bajo este título la guía habla del grupo de seguridad de la instancia; EC2 en sí se presenta en Servicios de cómputo.',
      en: 'Under this title the guide talks about the instance’s security group; EC2 itself is introduced in Compute services.',
    },
  },
  {
    guide: '002',
    heading: 'Conectarse a EC2 por MobaXterm',
    page: 'fundamentals/connect-to-instance',
    section: { es: 'Conéctate con OpenSSH', en: 'Connect with OpenSSH' },
    note: {
      es: 'MobaXterm se sustituye por OpenSSH y EC2 Instance Connect; el mantenimiento (actualizaciones, instantáneas, AMI) está en la misma página.',
      en: 'MobaXterm is replaced by OpenSSH and EC2 Instance Connect; maintenance (updates, snapshots, AMIs) is on the same page.',
    },
  },
  {
    guide: '002',
    heading: 'Implementando un proyecto en EC2',
    page: 'fundamentals/flask-on-ec2',
    section: null,
    note: {
      es: 'En lugar del repositorio de terceros de la guía se despliega una aplicación Flask propia, y el puerto 5000 se abre solo a tu IP, no a cualquier lugar.',
      en: 'Instead of the guide’s third-party repository, you deploy a Flask app of your own, and port 5000 is opened to your IP only, not to anywhere.',
    },
  },
  {
    guide: '002',
    heading: 'Lambdas Y Serverless',
    page: 'fundamentals/lambda-serverless',
    section: null,
    note: {
      es: 'Actualizado: lista de entornos de ejecución actual y el límite de 1000 ejecuciones simultáneas explicado como cuota ampliable.',
      en: 'Updated: the current runtime list, and the 1,000 concurrent executions limit explained as an adjustable quota.',
    },
  },
  {
    guide: '002',
    heading: 'Para crear un lambda ha',
    omitted: {
      es: 'Frase truncada en la guía, sin contenido; la creación de una función se enseña en la sección «Crea tu primera función» de Lambda y serverless.',
      en: 'A sentence cut short in the guide, with no content; creating a function is taught in the "Create your first function" section of Lambda and serverless.',
    },
  },
];
