/**
 * How the learner started the CLI, so the commands a message suggests can be pasted as they are:
 * through npm (`npx nubelab …`, `npm run nubelab`, `npm start`) the `nubelab` executable is not on
 * PATH, so messages say `npx nubelab`; a global install or a direct `node bin/nubelab.mjs` gets
 * plain `nubelab`.
 */
export function invocationName(env: NodeJS.ProcessEnv): string {
  // npm and npx set these for every process they start.
  if (env.npm_execpath || env.npm_config_user_agent) return 'npx nubelab';
  // A shell sets `_` to the program it ran: npx itself when it spawned us without the npm variables.
  if (/(^|\/)(npx|npm)$/.test(env._ ?? '')) return 'npx nubelab';
  return 'nubelab';
}
