import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import type { FlowLogInfo } from '../../../checker/services/ec2/types.ts';
import { withVpc } from '../network.ts';

const DESTINATIONS = ['cloud-watch-logs', 's3'];
/** Rejected traffic is what answers "why does it not connect?"; ACCEPT alone leaves it out. */
const TRAFFIC = ['ALL', 'REJECT'];

const recording = (f: FlowLogInfo) => f.status === 'ACTIVE' && f.deliveryStatus !== 'FAILED' && DESTINATIONS.includes(f.destinationType) && TRAFFIC.includes(f.trafficType);

const describeFlowLog = (f: FlowLogInfo) =>
  `${f.id} (${f.resourceId}, ${f.trafficType}, ${f.destinationType} ${f.destination}, ${f.status}${f.deliveryStatus ? `/${f.deliveryStatus}` : ''})`;

export default defineCheck({
  id: 'vpc_flow_logs_enabled',
  cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::<flow-logs-bucket>',
  points: 1,
  needs: ['vpc_exists'],
  title: { es: 'La VPC registra su tráfico con Flow Logs', en: 'The VPC records its traffic with flow logs' },
  hint: {
    es: 'Crea un flow log sobre la VPC (o uno por cada subred) con tipo de tráfico ALL (o REJECT) y destino CloudWatch Logs o un bucket de S3. Si usas CloudWatch Logs, el rol que indiques debe poder escribir en el grupo de registros; si no, la entrega aparece como FAILED.',
    en: 'Create a flow log on the VPC (or one per subnet) with traffic type ALL (or REJECT) and CloudWatch Logs or an S3 bucket as destination. With CloudWatch Logs, the role you give must be able to write to the log group; otherwise delivery shows as FAILED.',
  },
  run: (ctx) =>
    withVpc(ctx, async (vpc) => {
      const subnets = await ctx.ec2.subnets(vpc.id);
      const flowLogs = await ctx.ec2.flowLogs([vpc.id, ...subnets.map((s) => s.id)]);
      const good = flowLogs.filter(recording);
      const evidence = { resource: vpc.id, expected: { resource: `${vpc.id} or every subnet`, trafficType: TRAFFIC, destinationType: DESTINATIONS }, flowLogs: flowLogs.map(describeFlowLog) };
      const onVpc = good.find((f) => f.resourceId === vpc.id);
      if (onVpc) {
        return pass({ es: `La VPC ${vpc.name} tiene el flow log ${onVpc.id} hacia ${onVpc.destination}.`, en: `VPC ${vpc.name} has flow log ${onVpc.id} to ${onVpc.destination}.` }, evidence);
      }
      const uncovered = subnets.filter((s) => !good.some((f) => f.resourceId === s.id));
      if (subnets.length && !uncovered.length) {
        return pass({ es: `Cada subred de la VPC ${vpc.name} tiene su flow log.`, en: `Every subnet of VPC ${vpc.name} has its flow log.` }, evidence);
      }
      if (!flowLogs.length) {
        return fail({ es: `La VPC ${vpc.name} no tiene flow logs.`, en: `VPC ${vpc.name} has no flow logs.` }, evidence);
      }
      const list = flowLogs.filter((f) => !recording(f)).map(describeFlowLog).join('; ');
      const detail = list
        ? { es: `Estos flow logs no cuentan (tráfico, destino o estado): ${list}.`, en: `These flow logs do not count (traffic, destination or state): ${list}.` }
        : { es: `Faltan flow logs en las subredes ${uncovered.map((s) => s.id).join(', ')}.`, en: `Subnets ${uncovered.map((s) => s.id).join(', ')} have no flow log.` };
      return fail({ es: `La VPC ${vpc.name} no registra su tráfico. ${detail.es}`, en: `VPC ${vpc.name} does not record its traffic. ${detail.en}` }, evidence);
    }),
});
