import { EC2Client } from '@aws-sdk/client-ec2';
import { defineClient } from '../service.ts';

export const ec2Client = defineClient('EC2', (config) => new EC2Client(config));
