// Lays out the meeting network off the page's main thread: a force-directed layout (cose) of a
// few hundred nodes takes long enough to freeze the page, so it runs here, and the page draws the
// positions it gets back.
import cytoscape from 'cytoscape';

export interface LayoutRequest {
  nodes: { id: string; size: number }[];
  edges: { id: string; source: string; target: string }[];
}

export type LayoutReply = Record<string, { x: number; y: number }>;

self.onmessage = (ev: MessageEvent<LayoutRequest>) => {
  const { nodes, edges } = ev.data;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [...nodes.map((n) => ({ data: n })), ...edges.map((e) => ({ data: e }))],
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
  });
  cy.layout({ name: 'cose', animate: false, randomize: true, numIter: 500, nodeRepulsion: () => 9000, idealEdgeLength: () => 80, padding: 20 } as cytoscape.LayoutOptions).run();
  const out: LayoutReply = {};
  cy.nodes().forEach((n) => {
    out[n.id()] = { ...n.position() };
  });
  cy.destroy();
  (self as unknown as Worker).postMessage(out);
};
