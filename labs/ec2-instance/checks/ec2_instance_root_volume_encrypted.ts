import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { withInstance } from '../instance.ts';

export default defineCheck({
  id: 'ec2_instance_root_volume_encrypted',
  cli: 'aws ec2 enable-ebs-encryption-by-default && aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro',
  relies: ['ec2.root-volume-encryption'],
  points: 1,
  needs: ['ec2_instance_running'],
  title: { es: 'El disco raíz de la instancia está cifrado', en: "The instance's root volume is encrypted" },
  hint: {
    es: 'Al lanzar, en Configure storage → Advanced, marca Encrypted (con la clave aws/ebs basta), o activa el cifrado por defecto de EBS en la región (EC2 → Settings → EBS encryption). Un volumen existente no se cifra: lanza la instancia de nuevo.',
    en: 'At launch, under Configure storage → Advanced, tick Encrypted (the aws/ebs key is enough), or turn on EBS encryption by default for the region (EC2 → Settings → EBS encryption). An existing volume cannot be encrypted in place: launch the instance again.',
  },
  run: (ctx) =>
    withInstance(ctx, async (instance) => {
      const root = instance.blockDevices.find((b) => b.deviceName === instance.rootDeviceName);
      const [volume] = root ? await ctx.ec2.volumes([root.volumeId]) : [];
      const evidence = { resource: instance.id, rootDeviceName: instance.rootDeviceName ?? null, volumeId: root?.volumeId ?? null, encrypted: volume?.encrypted ?? null, kmsKeyId: volume?.kmsKeyId ?? null };
      if (!volume) {
        return fail({ es: `No se encuentra el volumen raíz (${instance.rootDeviceName ?? 'sin nombre'}) de la instancia ${instance.name}.`, en: `The root volume (${instance.rootDeviceName ?? 'unnamed'}) of instance ${instance.name} cannot be found.` }, evidence);
      }
      if (!volume.encrypted) {
        return fail({ es: `El volumen raíz ${volume.id} de la instancia ${instance.name} no está cifrado.`, en: `The root volume ${volume.id} of instance ${instance.name} is not encrypted.` }, evidence);
      }
      return pass({ es: `El volumen raíz ${volume.id} de la instancia ${instance.name} está cifrado.`, en: `The root volume ${volume.id} of instance ${instance.name} is encrypted.` }, evidence);
    }),
});
