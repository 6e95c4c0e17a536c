/**
 * Reads an instance's user data the way a reviewer would: is it a script cloud-init runs (a shell
 * script or #cloud-config), does it install Flask, does the app listen on port 5000 of every
 * interface, and is it started so that it outlives the boot script (a systemd unit, or a
 * background process)? Each signal is a pattern over the text, so any usual spelling passes.
 */

export type UserDataForm = 'shell script' | 'cloud-config' | 'unrecognised';

export interface UserDataSignals {
  form: UserDataForm;
  installsFlask: boolean;
  listensOnAllInterfacesPort5000: boolean;
  startedInBackground: boolean;
}

const INSTALLS_FLASK = [
  // pip install flask, pip3 install --upgrade Flask==3.1, python3 -m pip install flask gunicorn
  /\bpip3?\s+install\b[^\n]*\bflask\b/i,
  // dnf/yum/apt install python3-flask
  /\b(dnf|yum|apt|apt-get)\s+install\b[^\n]*\bpython3?-flask\b/i,
  // cloud-config packages: list item
  /^\s*-\s*python3?-flask\s*$/im,
];

const ALL_INTERFACES = [/host\s*=\s*["']?0\.0\.0\.0/i, /--host[=\s]+0\.0\.0\.0/, /-h\s+0\.0\.0\.0/, /0\.0\.0\.0:5000\b/, /FLASK_RUN_HOST=["']?0\.0\.0\.0/];
const PORT_5000 = [/port\s*=\s*["']?5000\b/i, /--port[=\s]+5000\b/, /-p\s+5000\b/, /:5000\b/, /FLASK_RUN_PORT=["']?5000\b/];

const SYSTEMD_UNIT = /\[Service\][\s\S]*ExecStart\s*=/;
const SYSTEMD_START = /systemctl\s+(enable\s+--now|start|restart)\s+\S+/;
// nohup python3 app.py &, flask run … &, gunicorn … & (or --daemon)
const BACKGROUND = [/^\s*nohup\s[^\n]*&\s*$/m, /^[^#\n]*\b(python3?|flask|gunicorn)\b[^\n]*&\s*$/m, /\bgunicorn\b[^\n]*(--daemon|-D)\b/];

export function formOf(text: string): UserDataForm {
  const first = text.trimStart().split('\n', 1)[0]!.trim();
  if (first === '#cloud-config') return 'cloud-config';
  if (/^#!\s*\/(usr\/)?bin\/(env\s+)?(ba|da)?sh\b/.test(first)) return 'shell script';
  return 'unrecognised';
}

export function readUserData(text: string): UserDataSignals {
  const any = (patterns: readonly RegExp[]) => patterns.some((p) => p.test(text));
  return {
    form: formOf(text),
    installsFlask: any(INSTALLS_FLASK),
    listensOnAllInterfacesPort5000: any(ALL_INTERFACES) && any(PORT_5000),
    startedInBackground: (SYSTEMD_UNIT.test(text) && SYSTEMD_START.test(text)) || any(BACKGROUND),
  };
}

/** The signals missing, in the learner's language. */
export function missingSignals(s: UserDataSignals): { es: string[]; en: string[] } {
  const es: string[] = [];
  const en: string[] = [];
  if (s.form === 'unrecognised') { es.push('no empieza por #!/bin/bash ni #cloud-config'); en.push('it starts with neither #!/bin/bash nor #cloud-config'); }
  if (!s.installsFlask) { es.push('no instala Flask'); en.push('it does not install Flask'); }
  if (!s.listensOnAllInterfacesPort5000) { es.push('la app no escucha en 0.0.0.0:5000'); en.push('the app does not listen on 0.0.0.0:5000'); }
  if (!s.startedInBackground) { es.push('no la arranca como servicio ni en segundo plano'); en.push('it does not start it as a service or in the background'); }
  return { es, en };
}
