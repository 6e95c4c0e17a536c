import { defineService } from '../service.ts';
import { EC2_HANDLERS } from './handlers.ts';
import { createEc2Reader } from './reader.ts';

/** EC2: the network (VPCs, subnets, route tables, internet gateways, network ACLs, flow logs) and instances with their images, volumes and security groups. */
export const ec2 = defineService({
  name: 'ec2',
  readOperations: {
    'EC2:DescribeVpcs': 'ec2:DescribeVpcs',
    'EC2:DescribeSubnets': 'ec2:DescribeSubnets',
    'EC2:DescribeRouteTables': 'ec2:DescribeRouteTables',
    'EC2:DescribeInternetGateways': 'ec2:DescribeInternetGateways',
    'EC2:DescribeNetworkAcls': 'ec2:DescribeNetworkAcls',
    'EC2:DescribeFlowLogs': 'ec2:DescribeFlowLogs',
    'EC2:DescribeInstances': 'ec2:DescribeInstances',
    'EC2:DescribeImages': 'ec2:DescribeImages',
    'EC2:DescribeVolumes': 'ec2:DescribeVolumes',
    'EC2:DescribeSecurityGroups': 'ec2:DescribeSecurityGroups',
    'EC2:DescribeInstanceAttribute': 'ec2:DescribeInstanceAttribute',
    'EC2:DescribeManagedPrefixLists': 'ec2:DescribeManagedPrefixLists',
  },
  reader: createEc2Reader,
  handlers: EC2_HANDLERS,
});

export type { Ec2Reader } from './types.ts';
