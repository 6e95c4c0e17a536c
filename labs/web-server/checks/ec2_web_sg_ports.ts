import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import type { PermissionInfo, SecurityGroupInfo } from '../../../checker/services/ec2/types.ts';
import { coversSsh, portsOf } from '../../ec2-instance/ingress.ts';
import { FLASK_PORT, findWebGroups, WEB_GROUP } from '../web.ts';

const WORLD = ['0.0.0.0/0', '::/0'];
const coversTcp = (p: PermissionInfo, port: number) =>
  p.protocol === '-1' || (p.protocol === '6' && (p.fromPort ?? 0) <= port && port <= (p.toPort ?? 65535));
const sourcesOf = (p: PermissionInfo) => [...p.ipv4Ranges, ...p.ipv6Ranges, ...p.prefixListIds, ...p.groupIds];

/** What the group lets in, port by port, as the lesson asks for it. */
function judgeGroup(group: SecurityGroupInfo) {
  const openToWorld = (port: number) => group.ingress.some((p) => coversTcp(p, port) && p.ipv4Ranges.includes('0.0.0.0/0'));
  return {
    http: openToWorld(80),
    https: openToWorld(443),
    flask: group.ingress.some((p) => coversTcp(p, FLASK_PORT) && sourcesOf(p).length > 0),
    worldSsh: group.ingress.filter((p) => coversSsh(p)).flatMap((p) => [...p.ipv4Ranges, ...p.ipv6Ranges].filter((c) => WORLD.includes(c)).map((c) => `${portsOf(p)} from ${c}`)),
  };
}

export default defineCheck({
  id: 'ec2_web_sg_ports',
  cli: 'aws ec2 authorize-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=tcp,FromPort=80,ToPort=80,IpRanges=[{CidrIp=0.0.0.0/0}] IpProtocol=tcp,FromPort=443,ToPort=443,IpRanges=[{CidrIp=0.0.0.0/0}] IpProtocol=tcp,FromPort=5000,ToPort=5000,IpRanges=[{CidrIp=0.0.0.0/0}]',
  points: 1,
  title: { es: `El grupo ${WEB_GROUP} abre HTTP, HTTPS y Flask, y no SSH a internet`, en: `The ${WEB_GROUP} group opens HTTP, HTTPS and Flask, and not SSH to the internet` },
  hint: {
    es: `Crea un grupo de seguridad llamado ${WEB_GROUP} (o ${WEB_GROUP}-tu-nombre) con reglas de entrada TCP 80 y TCP 443 desde 0.0.0.0/0 y TCP ${FLASK_PORT} para la app Flask. No añadas SSH (TCP 22) desde 0.0.0.0/0 ni ::/0: entra con EC2 Instance Connect o Session Manager.`,
    en: `Create a security group named ${WEB_GROUP} (or ${WEB_GROUP}-your-name) with inbound rules TCP 80 and TCP 443 from 0.0.0.0/0 and TCP ${FLASK_PORT} for the Flask app. Add no SSH (TCP 22) from 0.0.0.0/0 or ::/0: get in with EC2 Instance Connect or Session Manager.`,
  },
  run: async (ctx) => {
    const [group, ...others] = await findWebGroups(ctx);
    if (!group) {
      return fail(
        { es: `No hay ningún grupo de seguridad llamado ${WEB_GROUP} (ni ${WEB_GROUP}-…) en la región ${ctx.settings.region}.`, en: `There is no security group named ${WEB_GROUP} (nor ${WEB_GROUP}-…) in region ${ctx.settings.region}.` },
        { lookedFor: { name: WEB_GROUP, orPrefix: `${WEB_GROUP}-`, region: ctx.settings.region } },
      );
    }
    const verdict = judgeGroup(group);
    const evidence = {
      resource: group.id,
      name: group.name,
      inbound: group.ingress.map((p) => `${portsOf(p)} from ${sourcesOf(p).join(', ') || 'nowhere'}`),
      httpFromAnywhere: verdict.http,
      httpsFromAnywhere: verdict.https,
      flaskPortOpen: verdict.flask,
      sshFromInternet: verdict.worldSsh,
      otherWebGroups: others.map((g) => `${g.name} (${g.id})`),
    };
    const missing = { es: [] as string[], en: [] as string[] };
    if (!verdict.http) { missing.es.push('HTTP (80) desde 0.0.0.0/0'); missing.en.push('HTTP (80) from 0.0.0.0/0'); }
    if (!verdict.https) { missing.es.push('HTTPS (443) desde 0.0.0.0/0'); missing.en.push('HTTPS (443) from 0.0.0.0/0'); }
    if (!verdict.flask) { missing.es.push(`TCP ${FLASK_PORT}`); missing.en.push(`TCP ${FLASK_PORT}`); }
    if (verdict.worldSsh.length) {
      return fail({ es: `El grupo ${group.name} deja entrar SSH desde internet: ${verdict.worldSsh.join('; ')}.`, en: `Group ${group.name} lets SSH in from the internet: ${verdict.worldSsh.join('; ')}.` }, evidence);
    }
    if (missing.en.length) {
      return fail({ es: `Al grupo ${group.name} le falta: ${missing.es.join(', ')}.`, en: `Group ${group.name} is missing: ${missing.en.join(', ')}.` }, evidence);
    }
    return pass({ es: `El grupo ${group.name} abre 80 y 443 a todo internet y el puerto ${FLASK_PORT}, sin SSH público.`, en: `Group ${group.name} opens 80 and 443 to the whole internet and port ${FLASK_PORT}, with no public SSH.` }, evidence);
  },
});
