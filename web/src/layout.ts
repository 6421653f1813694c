// Positions for the meeting network: a force-directed layout (Fruchterman–Reingold style) written
// for this graph's size — at most a few hundred nodes, as the API caps the network. Every pair of
// nodes pushes apart, every meeting link pulls its two ends together, and a weak pull towards the
// centre keeps separate groups in view. Nodes start on a spiral in the API's order (most mentioned
// first), so the same network is drawn the same way on every visit. 150 nodes take about 25 ms
// of CPU (90 ms the first time, compiling included), where cytoscape's cose layout took 450 ms:
// no worker is needed.

export interface LayoutNode {
  id: string;
  /** Drawn diameter in pixels: big nodes keep more room around them. */
  size: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

export type Positions = Record<string, { x: number; y: number }>;

/** Ideal length of a link, in pixels (the drawing is scaled to fit its box afterwards). */
const LINK = 70;
/** The pull towards the centre, per pixel away from it: strong enough that the groups of a
 * sparse network stay close together instead of drifting to the edges of a mostly empty box. */
const CENTRE = 1.5;

export function layout(nodes: LayoutNode[], edges: LayoutEdge[]): Positions {
  const n = nodes.length;
  const index = new Map(nodes.map((v, i) => [v.id, i]));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const r = nodes.map((v) => v.size / 2);
  for (let i = 0; i < n; i++) {
    // A golden-angle spiral: evenly spread, and the same every time.
    const rad = LINK * 0.6 * Math.sqrt(i + 0.5);
    x[i] = rad * Math.cos(i * 2.399963);
    y[i] = rad * Math.sin(i * 2.399963);
  }
  const links: [number, number][] = [];
  for (const e of edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a !== undefined && b !== undefined && a !== b) links.push([a, b]);
  }
  const rounds = n > 400 ? 120 : 300;
  const start = LINK * Math.sqrt(n) * 0.3;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let round = 0; round < rounds; round++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const ex = x[i] - x[j];
        const ey = y[i] - y[j];
        const d2 = Math.max(ex * ex + ey * ey, 1);
        // Push apart by k²/d, with k grown by the two nodes' radii so big nodes do not overlap.
        const k = LINK + r[i] + r[j];
        const f = (k * k) / d2;
        dx[i] += ex * f;
        dy[i] += ey * f;
        dx[j] -= ex * f;
        dy[j] -= ey * f;
      }
    }
    for (const [a, b] of links) {
      const ex = x[a] - x[b];
      const ey = y[a] - y[b];
      // Pull together by d²/k (times the unit vector: ex·d/k).
      const f = Math.sqrt(ex * ex + ey * ey) / (LINK + r[a] + r[b]);
      dx[a] -= ex * f;
      dy[a] -= ey * f;
      dx[b] += ex * f;
      dy[b] += ey * f;
    }
    // Each node moves along its net force, by no more than the temperature, which cools linearly.
    const t = start * (1 - round / rounds) + 1;
    for (let i = 0; i < n; i++) {
      const gx = dx[i] - x[i] * CENTRE;
      const gy = dy[i] - y[i] * CENTRE;
      const len = Math.hypot(gx, gy);
      if (len > 0) {
        const step = Math.min(len, t) / len;
        x[i] += gx * step;
        y[i] += gy * step;
      }
    }
  }
  const out: Positions = {};
  nodes.forEach((v, i) => (out[v.id] = { x: x[i], y: y[i] }));
  return out;
}
