import { inLang, type LabCleanup } from '../shared/cleanup.ts';

export const cleanup: LabCleanup = {
  items: [
    {
      resource: 'taxi-trips',
      what: { es: 'La tabla, con su índice, sus elementos y sus copias de PITR', en: 'The table, with its index, its items and its PITR backups' },
      console: {
        es: 'DynamoDB → Tables → taxi-trips → Additional settings → Deletion protection → Turn off; después Actions → Delete table.',
        en: 'DynamoDB → Tables → taxi-trips → Additional settings → Deletion protection → Turn off; then Actions → Delete table.',
      },
      cost: { es: 'el almacenamiento de la tabla y del índice, y la copia continua de PITR, por GB y mes', en: 'the table\'s and index\'s storage, and PITR\'s continuous backup, per GB-month' },
    },
  ],
  cli: (lang) => {
    const say = inLang(lang);
    return `export AWS_DEFAULT_REGION=us-east-1
TABLE=taxi-trips   ${say('# añade tu sufijo si usaste otro nombre (taxi-trips-ana)', '# add your suffix if you used another name (taxi-trips-ana)')}

aws dynamodb update-table --table-name "$TABLE" --no-deletion-protection-enabled
aws dynamodb delete-table --table-name "$TABLE"`;
  },
  note: {
    es: 'Una tabla bajo demanda vacía no cobra por peticiones; lo que sigue facturando es lo guardado y la copia de PITR.',
    en: 'An empty on-demand table is not charged for requests; what keeps billing is what it stores and the PITR backup.',
  },
};
