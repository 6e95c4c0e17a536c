import { clearProgress, fill, formatDate, labState, loadProgress, type LabState } from './progress-store.ts';

/** Fills the "My progress" tables from this browser's saved progress, and clears it on request. */

interface Strings {
  notStarted: string;
  inProgress: string;
  done: string;
  none: string;
  scoreValue: string;
  cleared: string;
}

export function setupMyProgress(root: HTMLElement) {
  const lang = root.dataset.lang ?? 'es';
  const s = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const stateWord: Record<LabState, string> = { not_started: s.notStarted, in_progress: s.inProgress, done: s.done };
  const cell = (row: HTMLElement, name: string) => row.querySelector<HTMLElement>(`[data-${name}]`)!;

  function render() {
    const progress = loadProgress();
    for (const row of root.querySelectorAll<HTMLElement>('[data-lab-row]')) {
      const saved = progress.labs[row.dataset.labRow!];
      const state = labState(saved);
      const stateCell = cell(row, 'state');
      stateCell.dataset.state = state;
      stateCell.textContent = stateWord[state];
      cell(row, 'score').textContent = saved ? fill(s.scoreValue, { score: saved.score, max: saved.max }) : s.none;
      cell(row, 'date').textContent = saved ? formatDate(saved.date, lang) : s.none;
    }
    for (const row of root.querySelectorAll<HTMLElement>('[data-quiz-row]')) {
      const saved = progress.quizzes[row.dataset.quizRow!];
      cell(row, 'score').textContent = saved ? fill(s.scoreValue, { score: saved.correct, max: saved.total }) : s.none;
      cell(row, 'date').textContent = saved ? formatDate(saved.date, lang) : s.none;
    }
  }

  const clear = root.querySelector<HTMLButtonElement>('[data-clear]')!;
  const dialog = root.querySelector<HTMLDialogElement>('[data-confirm]')!;
  const live = root.querySelector<HTMLElement>('[data-live]')!;
  clear.hidden = false;
  clear.addEventListener('click', () => {
    live.textContent = '';
    dialog.showModal();
  });
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'confirm') return;
    clearProgress();
    render();
    live.textContent = s.cleared;
  });
  render();
  // Another tab may check a lab or answer a quiz while this page is open.
  window.addEventListener('storage', render);
}
