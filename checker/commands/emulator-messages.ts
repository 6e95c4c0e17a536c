import type { Lang } from '../core/i18n.ts';
import type { RestoreReport, SaveReport } from '../emulator/moto.ts';

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** What `nubelab emulator` says about the learner's saved work (saved on stop, restored on start). */
export const STATE_TEXT = {
  es: {
    restore: (r: RestoreReport): string =>
      r.outcome === 'restored'
        ? `Se ha recuperado tu trabajo guardado (${size(r.bytes)}, ${r.seconds} s).`
        : r.outcome === 'discarded'
          ? `Tu trabajo guardado no se pudo recuperar (${r.reason === 'incompatible' ? 'es de otra versión del emulador' : 'el archivo no se puede leer'}); el emulador arranca vacío. El archivo queda aparte en ${r.moved_to}.`
          : 'No hay trabajo guardado: el emulador arranca vacío.',
    saved: (s: SaveReport) => `Tu trabajo se ha guardado en ${s.file} (${size(s.bytes)}, ${s.seconds} s); vuelve al arrancar el emulador.`,
    saveFailed: (detail: string) =>
      `No se pudo guardar tu trabajo (${detail}); el emulador sigue en marcha para no perderlo. Para detenerlo sin guardar: npx nubelab emulator stop --no-save`,
    notSaved: 'Detenido sin guardar (--no-save): el próximo arranque recupera el último trabajo guardado, si lo hay.',
    reset: (endpoint: string) => `Emulador en ${endpoint} vaciado y su trabajo guardado borrado. Esta es la única orden que borra tu trabajo.`,
    resetOffline: (file: string) => `El emulador no está en marcha; se ha borrado el trabajo guardado (${file}), así que arrancará vacío.`,
  },
  en: {
    restore: (r: RestoreReport): string =>
      r.outcome === 'restored'
        ? `Your saved work was restored (${size(r.bytes)}, ${r.seconds} s).`
        : r.outcome === 'discarded'
          ? `Your saved work could not be restored (${r.reason === 'incompatible' ? 'it comes from another emulator version' : 'the file cannot be read'}); the emulator starts empty. The file was set aside as ${r.moved_to}.`
          : 'No saved work: the emulator starts empty.',
    saved: (s: SaveReport) => `Your work was saved to ${s.file} (${size(s.bytes)}, ${s.seconds} s); it comes back when the emulator starts.`,
    saveFailed: (detail: string) =>
      `Your work could not be saved (${detail}); the emulator keeps running so it is not lost. To stop it without saving: npx nubelab emulator stop --no-save`,
    notSaved: 'Stopped without saving (--no-save): the next start restores the last saved work, if any.',
    reset: (endpoint: string) => `Emulator at ${endpoint} emptied and its saved work deleted. This is the only command that deletes your work.`,
    resetOffline: (file: string) => `The emulator is not running; its saved work (${file}) was deleted, so it will start empty.`,
  },
} satisfies Record<Lang, unknown>;

/** What `nubelab emulator … --engine localstack|ministack` says (moto keeps the messages above). */
export const ENGINE_TEXT = {
  es: {
    installing: (label: string, version: string, dir: string) =>
      `Instalando ${label} ${version} en ${dir} (solo la primera vez; tarda uno o dos minutos)…`,
    starting: (label: string, port: number) => `Arrancando ${label} en el puerto ${port}…`,
    ready: (label: string, endpoint: string, version: string) => `${label} listo en ${endpoint} (${version}). Su estado no se guarda al detenerlo.`,
    noPython: (label: string, version: string, python: string) =>
      `${label} ${version} necesita Python ${python} y no hay ninguno en el PATH ni en pyenv; instálalo (por ejemplo: pyenv install ${python}) y vuelve a probar.`,
    installFailed: (label: string, detail: string) => `No se pudo instalar ${label} desde PyPI: ${detail}`,
    stopped: (port: number) => `Motor del puerto ${port} detenido (su estado se descarta).`,
    reset: (label: string, endpoint: string) => `${label} en ${endpoint} vaciado.`,
    resetNotOurs: (kind: string, port: number) =>
      `${kind} en el puerto ${port} no lo arrancó NubeLab y no tiene orden de vaciado; reinícialo tú o usa otra cuenta con --account.`,
    otherEngine: (wanted: string, found: string) => `Has pedido ${wanted}, pero en ese puerto ya responde ${found}; se usará ${found}.`,
  },
  en: {
    installing: (label: string, version: string, dir: string) =>
      `Installing ${label} ${version} into ${dir} (first time only; it takes a minute or two)…`,
    starting: (label: string, port: number) => `Starting ${label} on port ${port}…`,
    ready: (label: string, endpoint: string, version: string) => `${label} ready at ${endpoint} (${version}). Its state is not saved when it stops.`,
    noPython: (label: string, version: string, python: string) =>
      `${label} ${version} needs Python ${python} and there is none on PATH or in pyenv; install it (for example: pyenv install ${python}) and try again.`,
    installFailed: (label: string, detail: string) => `${label} could not be installed from PyPI: ${detail}`,
    stopped: (port: number) => `Engine on port ${port} stopped (its state is discarded).`,
    reset: (label: string, endpoint: string) => `${label} at ${endpoint} emptied.`,
    resetNotOurs: (kind: string, port: number) =>
      `${kind} on port ${port} was not started by NubeLab and has no reset command; restart it yourself or use another account with --account.`,
    otherEngine: (wanted: string, found: string) => `You asked for ${wanted}, but ${found} already answers on that port; using ${found}.`,
  },
} satisfies Record<Lang, unknown>;
