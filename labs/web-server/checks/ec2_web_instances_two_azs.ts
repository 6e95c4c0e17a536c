import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { findWebInstances, label, noWebInstances, runningOnly, WEB_INSTANCE } from '../web.ts';

export default defineCheck({
  id: 'ec2_web_instances_two_azs',
  cli: 'aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro --subnet-id <subnet-in-another-az> --security-group-ids <sg-id> --tag-specifications "ResourceType=instance,Tags=[{Key=Name,Value=nubelab-web-2}]"',
  relies: ['ec2.instance-placement'],
  points: 1,
  title: { es: 'Dos servidores web en marcha, en dos zonas de disponibilidad', en: 'Two web servers running, in two Availability Zones' },
  hint: {
    es: `Lanza al menos dos instancias con la etiqueta Name=${WEB_INSTANCE}-1 y ${WEB_INSTANCE}-2 (vale cualquier nombre que empiece por ${WEB_INSTANCE}) y elige para cada una una subred de una zona distinta (por ejemplo us-east-1a y us-east-1b): si una zona cae, la otra sigue sirviendo. Espera a que estén «Running».`,
    en: `Launch at least two instances tagged Name=${WEB_INSTANCE}-1 and ${WEB_INSTANCE}-2 (any name starting with ${WEB_INSTANCE} works) and give each a subnet in a different zone (for example us-east-1a and us-east-1b): if one zone fails, the other keeps serving. Wait until they are "Running".`,
  },
  run: async (ctx) => {
    const all = await findWebInstances(ctx);
    const running = runningOnly(all);
    if (!running.length) return noWebInstances(ctx, all);
    const zones = [...new Set(running.map((i) => i.availabilityZone ?? '?'))].sort();
    const evidence = { resources: running.map((i) => i.id), placement: running.map((i) => `${label(i)}: ${i.availabilityZone ?? '?'}`), zones, notRunning: all.filter((i) => i.state !== 'running').map((i) => `${label(i)}: ${i.state}`) };
    if (running.length < 2) {
      return fail({ es: `Solo hay un servidor web en marcha (${label(running[0]!)}); la lección pide dos.`, en: `Only one web server is running (${label(running[0]!)}); the lesson asks for two.` }, evidence);
    }
    if (zones.length < 2) {
      return fail({ es: `Los ${running.length} servidores web están todos en ${zones[0]}: si esa zona falla, la web cae.`, en: `All ${running.length} web servers are in ${zones[0]}: if that zone fails, the site goes down.` }, evidence);
    }
    return pass({ es: `${running.length} servidores web en marcha repartidos en ${zones.join(', ')}.`, en: `${running.length} web servers running across ${zones.join(', ')}.` }, evidence);
  },
});
