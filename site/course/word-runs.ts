/** Lowercased words of a text, without punctuation or Markdown/JSX markup. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every run of `size` consecutive words, joined by single spaces. */
export function wordRuns(text: string, size: number): Set<string> {
  const w = words(text);
  const runs = new Set<string>();
  for (let i = 0; i + size <= w.length; i++) runs.add(w.slice(i, i + size).join(' '));
  return runs;
}

/** The runs of `text` that also occur in `known`, in order of appearance. */
export function sharedRuns(text: string, known: Set<string>, size: number): string[] {
  return [...wordRuns(text, size)].filter((run) => known.has(run));
}
