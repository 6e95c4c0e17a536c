import type { Lang } from '../core/i18n.ts';

/** What the local API says, to the page (errors) and to the terminal that started it. */
const es = {
  listening: (url: string, target: string, origins: string) =>
    `API de NubeLab en ${url} (solo esta máquina). Comprueba contra: ${target}. Páginas admitidas: ${origins}.`,
  stopHint: 'Ctrl+C para pararla.',
  portRange: '0–65535 (0: cualquier puerto libre)',
  portInUse: (port: number) => `El puerto ${port} está ocupado. ¿Ya hay una API en marcha? Elige otro con --port.`,
  badOrigin: (origin: string) => `Origen no válido para --allow-origin: «${origin}» (ej.: http://localhost:4321).`,
  notFound: (path: string) => `No existe ${path}. Rutas: GET /api/labs, POST /api/check.`,
  methodNotAllowed: (method: string, path: string) => `${path} no admite ${method}.`,
  forbiddenOrigin: (origin: string) => `Esta API solo atiende a las páginas del curso en esta máquina; ${origin} no está entre ellas.`,
  forbiddenHost: (host: string) => `Esta API solo responde en la dirección local (127.0.0.1 o localhost), no en «${host}».`,
  notJson: 'El cuerpo debe ser JSON: {"lab": "<id>", "lang": "es"|"en"}.',
  tooLarge: 'El cuerpo es demasiado grande.',
  unknownOption: (names: string) => `Opción desconocida: ${names}. Solo se admiten "lab" y "lang"; el destino se elige al arrancar la API.`,
  noLab: 'Falta "lab": el id de un laboratorio.',
  unknownLab: (id: string, known: string) => `Laboratorio desconocido: «${id}». Disponibles: ${known}.`,
  badLang: (value: string) => `Idioma no válido: «${value}» (admitidos: es, en).`,
  unreachableEmulator: (endpoint: string) =>
    `No hay ningún emulador en ${endpoint}. Arráncalo con: npx nubelab emulator start (o npm start).`,
  unreachable: (endpoint: string) => `No se puede conectar con ${endpoint}.`,
  unexpected: (detail: string) => `Error inesperado al comprobar: ${detail}.`,
};

type ApiMessages = typeof es;

const en: ApiMessages = {
  listening: (url, target, origins) =>
    `NubeLab API at ${url} (this machine only). Checking against: ${target}. Pages allowed: ${origins}.`,
  stopHint: 'Ctrl+C to stop it.',
  portRange: '0–65535 (0: any free port)',
  portInUse: (port) => `Port ${port} is in use. Is an API already running? Choose another with --port.`,
  badOrigin: (origin) => `Not a valid --allow-origin: "${origin}" (e.g. http://localhost:4321).`,
  notFound: (path) => `There is no ${path}. Routes: GET /api/labs, POST /api/check.`,
  methodNotAllowed: (method, path) => `${path} does not accept ${method}.`,
  forbiddenOrigin: (origin) => `This API only serves the course's pages on this machine; ${origin} is not one of them.`,
  forbiddenHost: (host) => `This API only answers on the local address (127.0.0.1 or localhost), not on "${host}".`,
  notJson: 'The body must be JSON: {"lab": "<id>", "lang": "es"|"en"}.',
  tooLarge: 'The body is too large.',
  unknownOption: (names) => `Unknown option: ${names}. Only "lab" and "lang" are accepted; the target is chosen when the API starts.`,
  noLab: 'Missing "lab": a lab id.',
  unknownLab: (id, known) => `Unknown lab: "${id}". Available: ${known}.`,
  badLang: (value) => `Not a valid language: "${value}" (accepted: es, en).`,
  unreachableEmulator: (endpoint) => `No emulator is running at ${endpoint}. Start it with: npx nubelab emulator start (or npm start).`,
  unreachable: (endpoint) => `Cannot connect to ${endpoint}.`,
  unexpected: (detail) => `Unexpected error while checking: ${detail}.`,
};

export const API_MESSAGES: Record<Lang, ApiMessages> = { es, en };
