import { defineCheck, pass } from '../../../checker/core/define.ts';
import { DATABASE_NAME, withDatabase } from '../catalog.ts';

export default defineCheck({
  id: 'glue_database_exists',
  cli: 'aws glue create-database --database-input \'{"Name":"taxis"}\'',
  points: 1,
  title: { es: `Existe la base de datos ${DATABASE_NAME} en el catálogo de Glue`, en: `The ${DATABASE_NAME} database exists in the Glue Data Catalog` },
  hint: {
    es: `Crea la base de datos ${DATABASE_NAME} (aws glue create-database, o Data Catalog → Databases → Add database). Si compartes la cuenta, ${DATABASE_NAME}_tu_nombre también vale; usa guiones bajos, que Athena no admite guiones sin comillas.`,
    en: `Create the ${DATABASE_NAME} database (aws glue create-database, or Data Catalog → Databases → Add database). If you share the account, ${DATABASE_NAME}_your_name works too; use underscores, since Athena does not take hyphens without quotes.`,
  },
  run: (ctx) =>
    withDatabase(ctx, async (db) =>
      pass(
        { es: `La base de datos ${db.name} existe.`, en: `Database ${db.name} exists.` },
        { resource: `arn:aws:glue:${ctx.settings.region}:${await ctx.account.id()}:database/${db.name}`, description: db.description ?? null, otherMatchingDatabases: db.others },
      )),
});
