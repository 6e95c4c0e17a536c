import type { Lang } from '../../../checker/core/i18n.ts';

const es = {
  title: 'Redimensionar fotos con S3 y Lambda, y cómo se crea un bucle',
  description:
    'Subir una foto a input/ dispara un evento ObjectCreated con filtro de prefijo input/, y Lambda guarda la versión reducida en output/, que no coincide con el filtro. Marcado como configuración incorrecta: si Lambda escribe de nuevo en input/, o si no hay filtro de prefijo, cada resultado dispara otro evento y Lambda se ejecuta sin fin, con su costo.',
  upload: { title: 'Subes foto.jpg', detail: 'a input/' },
  bucket: 'Bucket de Amazon S3',
  input: { title: 'input/', detail: 'fotos originales' },
  event: { title: 'Evento de S3', detail: 'ObjectCreated, filtro de prefijo input/' },
  lambda: { title: 'AWS Lambda', detail: 'reduce la foto' },
  output: { title: 'output/', detail: 'foto.jpg reducida' },
  good: '✔ Correcto: escribe en output/',
  goodWhy: 'output/ no coincide con el filtro: no hay evento nuevo',
  bad: '✖ Incorrecto: escribe otra vez en input/',
  loop: {
    title: '✖ Bucle sin fin',
    detail: 'cada resultado en input/ (o sin filtro de prefijo) es otro ObjectCreated: Lambda vuelve a ejecutarse, una y otra vez, y el costo crece',
  },
  legendGood: 'línea continua: configuración correcta',
  legendBad: 'línea discontinua: configuración incorrecta (bucle)',
  steps: [
    'Paso 1: subes una foto, foto.jpg, al prefijo input/ de un bucket de Amazon S3.',
    'Paso 2: S3 emite un evento ObjectCreated. La notificación tiene un filtro de prefijo input/, y la foto nueva coincide con él.',
    'Paso 3: el evento invoca una función de AWS Lambda, que reduce la foto.',
    'Paso 4, configuración correcta (línea continua, ✔): Lambda guarda la foto reducida en el prefijo output/. output/ no coincide con el filtro input/, así que no se dispara ningún evento nuevo y el flujo termina.',
    'Configuración incorrecta (línea discontinua, ✖): Lambda guarda el resultado otra vez en input/, o la notificación no tiene filtro de prefijo.',
    'Entonces cada objeto que escribe Lambda es un nuevo evento ObjectCreated, que vuelve a invocar a Lambda, que escribe otro objeto…: un bucle sin fin que no para de costar dinero.',
  ],
};

export const text: Record<Lang, typeof es> = {
  es,
  en: {
    title: 'Resizing photos with S3 and Lambda, and how a loop happens',
    description:
      'Uploading a photo to input/ fires an ObjectCreated event with prefix filter input/, and Lambda saves the smaller version to output/, which does not match the filter. Marked as the wrong setup: if Lambda writes back into input/, or there is no prefix filter, every result fires another event and Lambda runs without end, at a cost.',
    upload: { title: 'You upload photo.jpg', detail: 'to input/' },
    bucket: 'Amazon S3 bucket',
    input: { title: 'input/', detail: 'original photos' },
    event: { title: 'S3 event', detail: 'ObjectCreated, prefix filter input/' },
    lambda: { title: 'AWS Lambda', detail: 'resizes the photo' },
    output: { title: 'output/', detail: 'smaller photo.jpg' },
    good: '✔ Right: writes to output/',
    goodWhy: 'output/ does not match the filter: no new event',
    bad: '✖ Wrong: writes back into input/',
    loop: {
      title: '✖ Endless loop',
      detail: 'each result in input/ (or no prefix filter) is another ObjectCreated: Lambda runs again, and again, and the cost keeps growing',
    },
    legendGood: 'solid line: right setup',
    legendBad: 'dashed line: wrong setup (loop)',
    steps: [
      'Step 1: you upload a photo, photo.jpg, to the input/ prefix of an Amazon S3 bucket.',
      'Step 2: S3 emits an ObjectCreated event. The notification has the prefix filter input/, and the new photo matches it.',
      'Step 3: the event invokes an AWS Lambda function, which resizes the photo.',
      'Step 4, right setup (solid line, ✔): Lambda saves the smaller photo to the output/ prefix. output/ does not match the input/ filter, so no new event fires and the flow ends.',
      'Wrong setup (dashed line, ✖): Lambda saves the result back into input/, or the notification has no prefix filter.',
      'Then every object Lambda writes is a new ObjectCreated event, which invokes Lambda again, which writes another object…: an endless loop that keeps costing money.',
    ],
  },
};
