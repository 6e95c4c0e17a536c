/** One `# @step <id>` section of a lab's steps.sh, without its marker line. */
export interface ScriptSection {
  id: string;
  code: string;
}

const MARKER = /^#\s*@step\b(.*)$/;
const STEP_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Splits a steps script at its `# @step <id>` lines. Text before the first marker (shebang,
 * `set -euo pipefail`) is the preamble and is dropped: it is plumbing, not a lesson step.
 * Throws on a malformed or repeated marker, naming the file and line, so the build stops.
 */
export function splitSteps(script: string, file: string): ScriptSection[] {
  const sections: { id: string; lines: string[] }[] = [];
  script.split(/\r?\n/).forEach((line, index) => {
    const marker = MARKER.exec(line);
    if (!marker) {
      sections.at(-1)?.lines.push(line);
      return;
    }
    const id = marker[1]!.trim();
    if (!STEP_ID.test(id)) throw new Error(`${file}:${index + 1}: '# @step' needs one kebab-case id, got '${id}'.`);
    if (sections.some((s) => s.id === id)) throw new Error(`${file}:${index + 1}: step '${id}' appears twice.`);
    sections.push({ id, lines: [] });
  });
  return sections.map(({ id, lines }) => ({ id, code: lines.join('\n').replace(/^(\s*\n)+/, '').trimEnd() }));
}
