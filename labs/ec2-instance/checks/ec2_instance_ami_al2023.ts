import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { withInstance } from '../instance.ts';

/** Every Amazon Linux 2023 AMI that Amazon publishes is named `al2023-ami-<version>-kernel-<x>-<arch>` (the minimal ones `al2023-ami-minimal-…`). */
export const AL2023_PREFIX = 'al2023-ami-';

export default defineCheck({
  id: 'ec2_instance_ami_al2023',
  cli: 'aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro --tag-specifications "ResourceType=instance,Tags=[{Key=Name,Value=data-engineer}]"',
  points: 1,
  needs: ['ec2_instance_running'],
  title: { es: 'La instancia arranca de una AMI de Amazon Linux 2023', en: 'The instance boots from an Amazon Linux 2023 AMI' },
  hint: {
    es: `Lanza la instancia con Amazon Linux 2023. En la CLI, deja que EC2 lea la AMI actual del parámetro público /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 (--image-id resolve:ssm:…). El comprobador lee el nombre de la AMI, que empieza por ${AL2023_PREFIX}; el sistema de una instancia no se cambia: lanza otra.`,
    en: `Launch the instance with Amazon Linux 2023. In the CLI, let EC2 read the current AMI from the public parameter /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 (--image-id resolve:ssm:…). The checker reads the AMI's name, which starts with ${AL2023_PREFIX}; an instance's operating system cannot be changed: launch another one.`,
  },
  run: (ctx) =>
    withInstance(ctx, async (instance) => {
      const [image] = await ctx.ec2.images([instance.imageId]);
      const evidence = { resource: instance.id, imageId: instance.imageId, imageName: image?.name ?? null, expectedPrefix: AL2023_PREFIX };
      if (!image) {
        return fail({ es: `No se puede leer la AMI ${instance.imageId} de la instancia ${instance.name} (quizá ya no está registrada), así que no se sabe qué sistema tiene.`, en: `The AMI ${instance.imageId} of instance ${instance.name} cannot be read (it may be deregistered), so its operating system is unknown.` }, evidence);
      }
      if (!image.name.startsWith(AL2023_PREFIX)) {
        return fail({ es: `La instancia ${instance.name} arrancó de la AMI ${image.name} (${image.id}), que no es Amazon Linux 2023.`, en: `Instance ${instance.name} booted from AMI ${image.name} (${image.id}), which is not Amazon Linux 2023.` }, evidence);
      }
      return pass({ es: `La instancia ${instance.name} arrancó de ${image.name}.`, en: `Instance ${instance.name} booted from ${image.name}.` }, evidence);
    }),
});
