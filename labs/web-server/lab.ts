import { defineLab } from '../../checker/core/define.ts';
import { IAM_ROLE_MAX_LEARNER } from '../../infra/lib/iam-role-stack.ts';
import ec2WebInstancesGroupProfile from './checks/ec2_web_instances_group_profile.ts';
import ec2WebInstancesTwoAzs from './checks/ec2_web_instances_two_azs.ts';
import ec2WebSgPorts from './checks/ec2_web_sg_ports.ts';
import ec2WebUserDataFlask from './checks/ec2_web_user_data_flask.ts';
import { gradedWebTier } from './web.ts';

export default defineLab({
  id: 'web-server',
  title: { es: 'El servidor web Flask en dos zonas', en: 'The Flask web server in two zones' },
  summary: {
    es: 'Publica la app Flask de la tarifa de taxi en dos instancias de zonas distintas, arrancada por los datos de usuario como servicio en el puerto 5000, detrás de un grupo de seguridad web sin SSH público.',
    en: 'Publish the taxi-fare Flask app on two instances in different zones, started by the user data as a service on port 5000, behind a web security group with no public SSH.',
  },
  lessons: ['fundamentals/flask-on-ec2', 'architecture/launch-instance', 'architecture/ami-and-placement', 'fundamentals/security-groups'],
  requires: ['iam-role'],
  // The reference uses the iam-role lab's profile, de-s3access-<learner>: that name sets the limit.
  maxLearnerLength: IAM_ROLE_MAX_LEARNER,
  graded: gradedWebTier,
  checks: [ec2WebSgPorts, ec2WebInstancesTwoAzs, ec2WebInstancesGroupProfile, ec2WebUserDataFlask],
  cliSteps: [
    {
      id: 'variables',
      title: { es: 'Prepara las variables', en: 'Set up the variables' },
      description: {
        es: 'La VPC por defecto y una subred por defecto en cada una de dos zonas de disponibilidad.',
        en: 'The default VPC and one default subnet in each of two Availability Zones.',
      },
    },
    {
      id: 'security-group',
      title: { es: 'Crea el grupo de seguridad web', en: 'Create the web security group' },
      description: {
        es: 'HTTP y HTTPS desde cualquier sitio y el puerto 5000 de Flask; ninguna regla de SSH.',
        en: 'HTTP and HTTPS from anywhere and Flask port 5000; no SSH rule.',
      },
    },
    {
      id: 'launch',
      title: { es: 'Lanza los dos servidores', en: 'Launch the two servers' },
      description: {
        es: 'Una instancia por zona, con el perfil de-s3access, IMDSv2 y el script user-data.sh, que instala Flask y deja la app como servicio systemd.',
        en: 'One instance per zone, with the de-s3access profile, IMDSv2 and the user-data.sh script, which installs Flask and leaves the app as a systemd service.',
      },
    },
    {
      id: 'verify',
      title: { es: 'Comprueba el resultado', en: 'Check the result' },
      description: {
        es: 'La zona, el estado y el perfil de cada servidor, y el principio de los datos de usuario leídos de vuelta.',
        en: "Each server's zone, state and profile, and the start of the user data read back.",
      },
    },
  ],
});
