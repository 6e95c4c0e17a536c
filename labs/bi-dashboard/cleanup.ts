import { inLang, type LabCleanup } from '../shared/cleanup.ts';

export const cleanup: LabCleanup = {
  items: [
    {
      resource: 'taxi-fares (dashboard)',
      what: { es: 'El panel publicado', en: 'The published dashboard' },
      console: { es: 'Quick Sight → Dashboards → taxi-fares → ⋮ → Delete.', en: 'Quick Sight → Dashboards → taxi-fares → ⋮ → Delete.' },
    },
    {
      resource: 'taxi-fares (analysis)',
      what: { es: 'El análisis', en: 'The analysis' },
      console: { es: 'Quick Sight → Analyses → taxi-fares → ⋮ → Delete.', en: 'Quick Sight → Analyses → taxi-fares → ⋮ → Delete.' },
    },
    {
      resource: 'taxi-trips',
      what: { es: 'El conjunto de datos', en: 'The data set' },
      console: { es: 'Quick Sight → Datasets → taxi-trips → Delete dataset.', en: 'Quick Sight → Datasets → taxi-trips → Delete dataset.' },
      cost: { es: 'la capacidad SPICE, si lo importaste en vez de consultarlo directamente', en: 'SPICE capacity, if you imported it instead of querying it directly' },
    },
    {
      resource: 'taxis-athena',
      what: { es: 'La fuente de datos de Athena', en: 'The Athena data source' },
      console: { es: 'Quick Sight → Datasets → New dataset, busca taxis-athena en la lista de fuentes → ⋮ → Delete.', en: 'Quick Sight → Datasets → New dataset, find taxis-athena in the list of sources → ⋮ → Delete.' },
    },
    {
      resource: '<name>-viewer',
      what: { es: 'El usuario lector', en: 'The reader user' },
      console: { es: 'Quick Sight → tu perfil → Manage Quick Suite → Manage users → el usuario → Delete.', en: 'Quick Sight → your profile → Manage Quick Suite → Manage users → the user → Delete.' },
      cost: { es: 'una cuota mensual por usuario', en: 'a monthly fee per user' },
    },
    {
      resource: 'Quick Sight',
      what: { es: 'La suscripción, si solo la abriste para este laboratorio', en: 'The subscription, if you only opened it for this lab' },
      console: {
        es: 'Manage Quick Suite → Account settings → desactiva la protección contra borrado de la cuenta → Delete account.',
        en: 'Manage Quick Suite → Account settings → turn off the account\'s termination protection → Delete account.',
      },
      cost: { es: 'la suscripción cobra cada mes a cada usuario registrado, incluido tú como administrador', en: 'the subscription bills every registered user each month, you included as the administrator' },
    },
  ],
  cli: (lang) => {
    const say = inLang(lang);
    return `export AWS_DEFAULT_REGION=us-east-1
ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)
VIEWER=student-viewer          ${say('# cambia student por tu nombre si usaste otro', '# replace student with your name if you used another')}

aws quicksight delete-dashboard --aws-account-id "$ACCOUNT_ID" --dashboard-id taxi-fares
aws quicksight delete-analysis --aws-account-id "$ACCOUNT_ID" --analysis-id taxi-fares --force-delete-without-recovery
aws quicksight delete-data-set --aws-account-id "$ACCOUNT_ID" --data-set-id taxi-trips
aws quicksight delete-data-source --aws-account-id "$ACCOUNT_ID" --data-source-id taxis-athena
aws quicksight delete-user --aws-account-id "$ACCOUNT_ID" --namespace default --user-name "$VIEWER"

${say('# Solo si abriste la suscripción para este laboratorio: borra la cuenta de Quick Sight entera', '# Only if you opened the subscription for this lab: delete the whole Quick Sight account')}
aws quicksight update-account-settings --aws-account-id "$ACCOUNT_ID" \\
  --default-namespace default --no-termination-protection-enabled
aws quicksight delete-account-subscription --aws-account-id "$ACCOUNT_ID"`;
  },
  note: {
    es: 'Sin `--force-delete-without-recovery`, el análisis se queda 30 días en estado `DELETED` por si quieres recuperarlo. Borrar la suscripción elimina todos los usuarios y recursos de Quick Sight de la cuenta, no solo los de este laboratorio.',
    en: 'Without `--force-delete-without-recovery`, the analysis stays `DELETED` for 30 days in case you want it back. Deleting the subscription removes every Quick Sight user and resource in the account, not only this lab\'s.',
  },
};
