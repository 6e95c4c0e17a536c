/** Arrow styles shared by Diagram.astro (which defines one arrowhead marker per tone) and Arrow.astro. */
export const TONES = ['plain', 'accent', 'danger', 'safe'] as const;
export type Tone = (typeof TONES)[number];

export function markerId(diagramId: string, tone: Tone): string {
  return `${diagramId}-head-${tone}`;
}

export type Point = readonly [number, number];

/** An SVG path through the points, with straight segments. */
export function polyline(points: readonly Point[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join(' ');
}
