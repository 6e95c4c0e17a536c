import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { missingSignals, readUserData } from '../user-data.ts';
import { FLASK_PORT, findWebInstances, label, runningOnly } from '../web.ts';

export default defineCheck({
  id: 'ec2_web_user_data_flask',
  cli: 'aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro --user-data file://labs/web-server/user-data.sh',
  points: 1,
  needs: ['ec2_web_instances_two_azs'],
  title: { es: `Los datos de usuario instalan la app Flask y la dejan sirviendo en el puerto ${FLASK_PORT}`, en: `The user data installs the Flask app and leaves it serving on port ${FLASK_PORT}` },
  hint: {
    es: `El comprobador lee los datos de usuario de cada servidor web y busca cuatro señales: que sea un script (#!/bin/bash) o #cloud-config; que instale Flask (pip install flask, dnf install python3-flask o la lista packages:); que la app escuche en 0.0.0.0 y el puerto ${FLASK_PORT} (app.run(host="0.0.0.0", port=${FLASK_PORT}) o flask run --host 0.0.0.0 --port ${FLASK_PORT}); y que la arranque como servicio systemd (unidad con [Service] y systemctl enable --now) o en segundo plano (nohup … &). Los datos de usuario se cambian con la instancia detenida: Actions → Instance settings → Edit user data.`,
    en: `The checker reads each web server's user data and looks for four signals: that it is a script (#!/bin/bash) or #cloud-config; that it installs Flask (pip install flask, dnf install python3-flask or the packages: list); that the app listens on 0.0.0.0 and port ${FLASK_PORT} (app.run(host="0.0.0.0", port=${FLASK_PORT}) or flask run --host 0.0.0.0 --port ${FLASK_PORT}); and that it starts it as a systemd service (a unit with [Service] and systemctl enable --now) or in the background (nohup … &). User data is changed with the instance stopped: Actions → Instance settings → Edit user data.`,
  },
  run: async (ctx) => {
    const running = runningOnly(await findWebInstances(ctx));
    const read = await Promise.all(running.map(async (i) => ({ instance: i, text: await ctx.ec2.userData(i.id) })));
    const judged = read.map(({ instance, text }) => ({ instance, text, signals: text === undefined ? undefined : readUserData(text) }));
    const evidence = {
      resources: running.map((i) => i.id),
      userData: judged.map(({ instance, text, signals }) => ({ instance: label(instance), bytes: text?.length ?? 0, ...(signals ?? { form: 'none' }) })),
    };
    const problems = { es: [] as string[], en: [] as string[] };
    for (const { instance, signals } of judged) {
      if (!signals) { problems.es.push(`${label(instance)} no tiene datos de usuario`); problems.en.push(`${label(instance)} has no user data`); continue; }
      const missing = missingSignals(signals);
      if (missing.en.length) { problems.es.push(`${label(instance)}: ${missing.es.join(', ')}`); problems.en.push(`${label(instance)}: ${missing.en.join(', ')}`); }
    }
    if (problems.en.length) return fail({ es: `${problems.es.join('; ')}.`, en: `${problems.en.join('; ')}.` }, evidence);
    return pass({ es: `Los datos de usuario de los ${running.length} servidores instalan Flask y lo dejan sirviendo en 0.0.0.0:${FLASK_PORT}.`, en: `The user data of all ${running.length} servers installs Flask and leaves it serving on 0.0.0.0:${FLASK_PORT}.` }, evidence);
  },
});
