import type { ClientCache } from '../service.ts';
import { ec2Client, ec2Sdk } from './client.ts';

/**
 * What CloudFormation's `Fn::GetAZs` answers for the client's region: the zones open to the
 * account, in name order. Local zones and Wavelength zones are not among them.
 */
export async function regionZones(clients: ClientCache): Promise<string[]> {
  const [{ DescribeAvailabilityZonesCommand }, factory] = await Promise.all([ec2Sdk(), ec2Client()]);
  const out = await clients.get(factory).send(new DescribeAvailabilityZonesCommand({
    Filters: [{ Name: 'zone-type', Values: ['availability-zone'] }, { Name: 'state', Values: ['available'] }],
  }));
  return (out.AvailabilityZones ?? []).map((z) => z.ZoneName ?? '').filter(Boolean).sort();
}
