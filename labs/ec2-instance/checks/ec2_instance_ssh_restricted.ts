import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { describeFinding, instanceConnectListName, judgeIngress } from '../ingress.ts';
import { withInstance } from '../instance.ts';

export default defineCheck({
  id: 'ec2_instance_ssh_restricted',
  cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port 22 --cidr 0.0.0.0/0 && aws ec2 authorize-security-group-ingress --group-id <sg-id> --ip-permissions "IpProtocol=tcp,FromPort=22,ToPort=22,PrefixListIds=[{PrefixListId=<ec2-instance-connect-prefix-list-id>}]"',
  points: 1,
  needs: ['ec2_instance_running'],
  title: { es: 'SSH solo llega desde EC2 Instance Connect o una dirección, y nada está abierto a internet', en: 'SSH comes only from EC2 Instance Connect or one address, and nothing is open to the internet' },
  hint: {
    es: 'En los grupos de seguridad de la instancia, la regla de SSH (TCP 22) debe tener como origen la lista de prefijos com.amazonaws.<región>.ec2-instance-connect, una sola IP (/32 o /128) u otro grupo de seguridad (el de un EC2 Instance Connect Endpoint). Borra cualquier regla con origen 0.0.0.0/0 o ::/0, sea del puerto que sea, y cualquier SSH desde un rango más amplio.',
    en: "In the instance's security groups, the SSH rule (TCP 22) must have as source the prefix list com.amazonaws.<region>.ec2-instance-connect, a single IP (/32 or /128) or another security group (an EC2 Instance Connect Endpoint's). Delete any rule whose source is 0.0.0.0/0 or ::/0, whatever its port, and any SSH from a wider range.",
  },
  run: (ctx) =>
    withInstance(ctx, async (instance) => {
      const [groups, list] = await Promise.all([
        ctx.ec2.securityGroups(instance.securityGroupIds),
        ctx.ec2.managedPrefixList(instanceConnectListName(ctx.settings.region)),
      ]);
      const verdict = judgeIngress(groups, list?.id);
      const evidence = {
        resource: instance.id,
        securityGroups: groups.map((g) => `${g.name} (${g.id})`),
        instanceConnectPrefixList: list?.id ?? null,
        openToWorld: verdict.openToWorld.map(describeFinding),
        wideSsh: verdict.wideSsh.map(describeFinding),
        sshSources: verdict.sshSources,
      };
      const problems = [...verdict.openToWorld, ...verdict.wideSsh].map(describeFinding).join('; ');
      if (problems) {
        return fail({ es: `La instancia ${instance.name} queda demasiado expuesta: ${problems}.`, en: `Instance ${instance.name} is too exposed: ${problems}.` }, evidence);
      }
      if (!verdict.sshSources.length) {
        return pass({ es: `La instancia ${instance.name} no admite SSH ni tiene puertos abiertos a internet (entrarás con Session Manager).`, en: `Instance ${instance.name} allows no SSH and has no port open to the internet (you will get in with Session Manager).` }, evidence);
      }
      return pass({ es: `La instancia ${instance.name} solo admite SSH desde ${verdict.sshSources.join(', ')}.`, en: `Instance ${instance.name} allows SSH only from ${verdict.sshSources.join(', ')}.` }, evidence);
    }),
});
