import { defineService } from '../service.ts';
import { createIamReader } from './reader.ts';
import { IAM_HANDLERS } from './handlers.ts';

/** IAM: roles, users, groups and the policies in effect for them; the account's password policy. */
export const iam = defineService({
  name: 'iam',
  readOperations: {
    'IAM:ListRoles': 'iam:ListRoles',
    'IAM:ListRoleTags': 'iam:ListRoleTags',
    'IAM:ListRolePolicies': 'iam:ListRolePolicies',
    'IAM:GetRolePolicy': 'iam:GetRolePolicy',
    'IAM:ListAttachedRolePolicies': 'iam:ListAttachedRolePolicies',
    'IAM:GetPolicy': 'iam:GetPolicy',
    'IAM:GetPolicyVersion': 'iam:GetPolicyVersion',
    'IAM:ListInstanceProfilesForRole': 'iam:ListInstanceProfilesForRole',
    'IAM:ListUsers': 'iam:ListUsers',
    'IAM:ListUserTags': 'iam:ListUserTags',
    'IAM:ListGroups': 'iam:ListGroups',
    'IAM:GetGroup': 'iam:GetGroup',
    'IAM:ListUserPolicies': 'iam:ListUserPolicies',
    'IAM:GetUserPolicy': 'iam:GetUserPolicy',
    'IAM:ListAttachedUserPolicies': 'iam:ListAttachedUserPolicies',
    'IAM:ListGroupsForUser': 'iam:ListGroupsForUser',
    'IAM:ListGroupPolicies': 'iam:ListGroupPolicies',
    'IAM:GetGroupPolicy': 'iam:GetGroupPolicy',
    'IAM:ListAttachedGroupPolicies': 'iam:ListAttachedGroupPolicies',
    'IAM:GetLoginProfile': 'iam:GetLoginProfile',
    'IAM:ListMFADevices': 'iam:ListMFADevices',
    'IAM:ListAccessKeys': 'iam:ListAccessKeys',
    'IAM:GetAccountPasswordPolicy': 'iam:GetAccountPasswordPolicy',
  },
  reader: createIamReader,
  handlers: IAM_HANDLERS,
});

export type { IamReader } from './types.ts';
