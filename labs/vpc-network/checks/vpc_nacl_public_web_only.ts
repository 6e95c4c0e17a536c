import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import type { Lang, Localized } from '../../../checker/core/i18n.ts';
import type { NetworkAclInfo } from '../../../checker/services/ec2/types.ts';
import { closedTcpPorts, EPHEMERAL, extraTraffic, WEB_PORTS } from '../nacl.ts';
import { networkLayout, withVpc } from '../network.ts';

const EPHEMERAL_TEXT = `${EPHEMERAL.from}-${EPHEMERAL.to}`;

/** What is wrong with one ACL guarding public subnets; empty when nothing is. */
function problemsOf(acl: NetworkAclInfo): Localized[] {
  const closedIn = [...WEB_PORTS.flatMap((p) => closedTcpPorts(acl.entries, false, p, p)), ...closedTcpPorts(acl.entries, false, EPHEMERAL.from, EPHEMERAL.to)];
  const closedOut = closedTcpPorts(acl.entries, true, EPHEMERAL.from, EPHEMERAL.to);
  return [
    ...extraTraffic(acl.entries),
    ...(closedIn.length
      ? [{ es: `no se permite la entrada de TCP ${closedIn.join(', ')} desde 0.0.0.0/0`, en: `inbound TCP ${closedIn.join(', ')} is not allowed from 0.0.0.0/0` }]
      : []),
    ...(closedOut.length
      ? [{
        es: `no se permite la salida de TCP ${closedOut.join(', ')} hacia 0.0.0.0/0 (las respuestas a los clientes web)`,
        en: `outbound TCP ${closedOut.join(', ')} (replies to web clients) is not allowed to 0.0.0.0/0`,
      }]
      : []),
  ];
}

/** `acl-1 (default): problem; problem | acl-2: …` in one language. */
function problemsText(judged: { acl: NetworkAclInfo; problems: Localized[] }[], lang: Lang): string {
  const marker = lang === 'es' ? ' (predeterminada)' : ' (default)';
  return judged.map(({ acl, problems }) => `${acl.id}${acl.isDefault ? marker : ''}: ${problems.map((p) => p[lang]).join('; ')}`).join(' | ');
}

export default defineCheck({
  id: 'vpc_nacl_public_web_only',
  cli: 'aws ec2 create-network-acl-entry --network-acl-id <nacl-id> --ingress --rule-number 100 --protocol tcp --port-range From=443,To=443 --cidr-block 0.0.0.0/0 --rule-action allow',
  relies: ['ec2.network-acl-association'],
  points: 1,
  needs: ['vpc_exists', 'vpc_public_subnets_two_azs'],
  title: {
    es: 'La NACL de las subredes públicas deja entrar la web y las respuestas, y nada más',
    en: 'The public subnets’ network ACL lets in web traffic and replies, nothing else',
  },
  hint: {
    es: `Asocia a las subredes públicas una NACL propia (la predeterminada lo permite todo) cuyas reglas de entrada permitan TCP 80, 443 y ${EPHEMERAL_TEXT} desde 0.0.0.0/0, y ninguna otra cosa (ni SSH, ni UDP, ni ICMP, ni reglas IPv6 abiertas); las reglas de denegación para rangos concretos, antes que las de permitir, valen. Como la NACL no tiene estado, la salida debe permitir TCP ${EPHEMERAL_TEXT} hacia 0.0.0.0/0 para las respuestas a los clientes.`,
    en: `Associate the public subnets with a network ACL of their own (the default one allows everything) whose inbound rules allow TCP 80, 443 and ${EPHEMERAL_TEXT} from 0.0.0.0/0 and nothing else (no SSH, no UDP, no ICMP, no open IPv6 rules); deny rules for particular ranges, before the allow rules, are fine. Since the ACL is stateless, outbound must allow TCP ${EPHEMERAL_TEXT} to 0.0.0.0/0 for the replies to clients.`,
  },
  run: (ctx) =>
    withVpc(ctx, async (vpc) => {
      const [layout, acls] = await Promise.all([networkLayout(ctx, vpc), ctx.ec2.networkAcls(vpc.id)]);
      const publicSubnets = layout.subnets.filter((s) => s.role === 'public');
      const guarding = [...new Set(publicSubnets.map((s) => acls.find((a) => a.subnetIds.includes(s.id)) ?? acls.find((a) => a.isDefault)))]
        .filter((a): a is NetworkAclInfo => a !== undefined);
      const judged = guarding.map((acl) => ({ acl, problems: problemsOf(acl) }));
      const evidence = {
        resource: vpc.id,
        publicSubnets: publicSubnets.map((s) => ({ id: s.id, networkAcl: acls.find((a) => a.subnetIds.includes(s.id))?.id })),
        // The findings themselves are in the message, in the reader's language; the evidence keeps the rules judged.
        networkAcls: judged.map(({ acl, problems }) => ({ id: acl.id, isDefault: acl.isDefault, compliant: problems.length === 0, entries: acl.entries })),
      };
      const bad = judged.filter((j) => j.problems.length);
      if (bad.length) {
        return fail(
          { es: `La NACL de las subredes públicas no es la pedida: ${problemsText(bad, 'es')}.`, en: `The public subnets' network ACL is not the one asked for: ${problemsText(bad, 'en')}.` },
          evidence,
        );
      }
      const ids = guarding.map((a) => a.id).join(', ');
      return pass(
        { es: `La NACL ${ids} de las subredes públicas solo deja entrar TCP 80, 443 y ${EPHEMERAL_TEXT}.`, en: `Network ACL ${ids} of the public subnets lets in only TCP 80, 443 and ${EPHEMERAL_TEXT}.` },
        evidence,
      );
    }),
});
