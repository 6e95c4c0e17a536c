import { defineCheck, pass } from '../../../checker/core/define.ts';
import { plural } from '../../../checker/core/plural.ts';
import { findVpc, noVpc, VPC_NAME } from '../network.ts';

export default defineCheck({
  id: 'vpc_exists',
  cli: 'aws ec2 create-tags --resources <vpc-id> --tags Key=Name,Value=nubelab-vpc',
  points: 1,
  title: { es: `Existe la VPC ${VPC_NAME} en la región del laboratorio`, en: `The ${VPC_NAME} VPC exists in the lab region` },
  hint: {
    es: `El comprobador busca la VPC por su etiqueta Name: ponle Name=${VPC_NAME} (si compartes la cuenta, ${VPC_NAME}-tu-nombre también vale). En la consola es el campo «Name tag»; en la CLI, --tag-specifications.`,
    en: `The checker finds the VPC by its Name tag: set Name=${VPC_NAME} (if you share the account, ${VPC_NAME}-your-name works too). In the console it is the "Name tag" field; in the CLI, --tag-specifications.`,
  },
  run: async (ctx) => {
    const { graded, seen } = await findVpc(ctx);
    if (!graded) return noVpc(ctx, seen);
    const others = graded.others.length
      ? { es: ` ${plural('es', graded.others.length, { one: 'VPC más tiene', other: 'VPC más tienen' })} ese nombre; se califica ${graded.id}.`, en: ` ${plural('en', graded.others.length, { one: 'more VPC has', other: 'more VPCs have' })} that name; ${graded.id} is graded.` }
      : { es: '', en: '' };
    return pass(
      { es: `La VPC ${graded.name} (${graded.id}) existe.${others.es}`, en: `VPC ${graded.name} (${graded.id}) exists.${others.en}` },
      { resource: graded.id, name: graded.name, cidrBlock: graded.cidrBlock, otherMatchingVpcs: graded.others },
    );
  },
});
