import { defineLab } from '../../checker/core/define.ts';
import { IAM_ROLE_MAX_LEARNER } from '../../infra/lib/iam-role-stack.ts';
import ec2InstanceAmiAl2023 from './checks/ec2_instance_ami_al2023.ts';
import ec2InstanceImdsv2Required from './checks/ec2_instance_imdsv2_required.ts';
import ec2InstanceProfileRole from './checks/ec2_instance_profile_role.ts';
import ec2InstanceRootVolumeEncrypted from './checks/ec2_instance_root_volume_encrypted.ts';
import ec2InstanceRunning from './checks/ec2_instance_running.ts';
import ec2InstanceSshRestricted from './checks/ec2_instance_ssh_restricted.ts';
import ec2InstanceTypeFreeTier from './checks/ec2_instance_type_free_tier.ts';
import { gradedInstance } from './instance.ts';

export default defineLab({
  id: 'ec2-instance',
  title: { es: 'La instancia data-engineer', en: 'The data-engineer instance' },
  summary: {
    es: 'Lanza la estación de trabajo del proyecto: Amazon Linux 2023 en una t3.micro, con el rol de-s3access, IMDSv2 obligatorio, el disco cifrado y SSH abierto solo a EC2 Instance Connect.',
    en: "Launch the project's workstation: Amazon Linux 2023 on a t3.micro, with the de-s3access role, IMDSv2 required, an encrypted disk and SSH open only to EC2 Instance Connect.",
  },
  lessons: ['taxi-project/ec2-instance', 'aws-notes/ec2'],
  requires: ['iam-role'],
  // The reference uses the iam-role lab's profile, de-s3access-<learner>: that name sets the limit.
  maxLearnerLength: IAM_ROLE_MAX_LEARNER,
  graded: gradedInstance,
  checks: [
    ec2InstanceRunning,
    ec2InstanceTypeFreeTier,
    ec2InstanceAmiAl2023,
    ec2InstanceProfileRole,
    ec2InstanceImdsv2Required,
    ec2InstanceRootVolumeEncrypted,
    ec2InstanceSshRestricted,
  ],
  cliSteps: [
    {
      id: 'variables',
      title: { es: 'Prepara las variables', en: 'Set up the variables' },
      description: {
        es: 'La VPC por defecto de la región y la lista de prefijos desde la que se conecta EC2 Instance Connect.',
        en: "The region's default VPC and the prefix list EC2 Instance Connect connects from.",
      },
    },
    {
      id: 'security-group',
      title: { es: 'Crea el grupo de seguridad', en: 'Create the security group' },
      description: {
        es: 'Una sola regla de entrada: SSH desde la lista de prefijos de EC2 Instance Connect, nunca desde 0.0.0.0/0.',
        en: 'A single inbound rule: SSH from the EC2 Instance Connect prefix list, never from 0.0.0.0/0.',
      },
    },
    {
      id: 'launch',
      title: { es: 'Lanza la instancia', en: 'Launch the instance' },
      description: {
        es: 'EC2 lee la AMI actual de Amazon Linux 2023 del parámetro público de SSM; la instancia nace con el perfil de-s3access, IMDSv2 obligatorio y el disco raíz cifrado.',
        en: 'EC2 reads the current Amazon Linux 2023 AMI from the public SSM parameter; the instance is born with the de-s3access profile, IMDSv2 required and an encrypted root disk.',
      },
    },
    {
      id: 'verify',
      title: { es: 'Comprueba el resultado', en: 'Check the result' },
      description: {
        es: 'El estado, el tipo, la AMI, el perfil y las opciones de metadatos de la instancia, y el cifrado de su disco.',
        en: "The instance's state, type, AMI, profile and metadata options, and its disk's encryption.",
      },
    },
  ],
});
