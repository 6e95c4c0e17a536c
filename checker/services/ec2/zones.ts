import { DescribeAvailabilityZonesCommand, type EC2Client } from '@aws-sdk/client-ec2';

/**
 * What CloudFormation's `Fn::GetAZs` answers for the client's region: the zones open to the
 * account, in name order. Local zones and Wavelength zones are not among them.
 */
export async function regionZones(client: EC2Client): Promise<string[]> {
  const out = await client.send(new DescribeAvailabilityZonesCommand({
    Filters: [{ Name: 'zone-type', Values: ['availability-zone'] }, { Name: 'state', Values: ['available'] }],
  }));
  return (out.AvailabilityZones ?? []).map((z) => z.ZoneName ?? '').filter(Boolean).sort();
}
