// The graph view: Cytoscape.js (served from the jar) with its built-in force layout, 'cose'.
/* global cytoscape */

/** How each kind of node is drawn. Recommendations and actions take their colour from their state. */
export const KINDS = {
  Inspection: { shape: 'round-rectangle', colour: '#1d3d6b', label: 'Inspection' },
  ActionPlan: { shape: 'rectangle', colour: '#5a6f8c', label: 'Action plan' },
  Revision: { shape: 'barrel', colour: '#8a9bb3', label: 'Plan revision' },
  Recommendation: { shape: 'ellipse', colour: '#00703c', label: 'Recommendation' },
  Action: { shape: 'diamond', colour: '#6f777b', label: 'Action' },
  Owner: { shape: 'triangle', colour: '#6f4aa6', label: 'Owner' },
  Programme: { shape: 'hexagon', colour: '#00838f', label: 'Programme' },
  Entity: { shape: 'tag', colour: '#b58b00', label: 'Policy, system, organisation or topic' },
  Finding: { shape: 'star', colour: '#d4351c', label: 'Finding' },
  Statistic: { shape: 'vee', colour: '#b1b4b6', label: 'Statistic' },
  ExternalDocument: { shape: 'rhomboid', colour: '#8b5a2b', label: 'External document' },
};

export const AGREEMENT_COLOURS = { AGREED: '#00703c', PARTLY_AGREED: '#f47738', NOT_AGREED: '#d4351c' };
export const STATUS_COLOURS = { COMPLETED: '#00703c', ONGOING: '#1d70b8', SCHEDULED: '#6f4aa6', UNSPECIFIED: '#b1b4b6' };
export const OVERDUE_BORDER = '#d4351c';

function colour(node) {
  if (node.kind === 'Recommendation' && AGREEMENT_COLOURS[node.agreement]) {
    return AGREEMENT_COLOURS[node.agreement];
  }
  if (node.kind === 'Action' && STATUS_COLOURS[node.status]) {
    return STATUS_COLOURS[node.status];
  }
  return (KINDS[node.kind] || KINDS.Entity).colour;
}

function short(text, n) {
  return text.length > n ? text.slice(0, n - 1) + '…' : text;
}

const STYLE = [
  { selector: 'node', style: {
    'background-color': 'data(colour)', shape: 'data(shape)', label: 'data(short)', 'font-size': 9,
    'text-wrap': 'wrap', 'text-max-width': 110, 'text-valign': 'bottom', 'text-margin-y': 3, width: 22, height: 22,
    color: '#0b0c0c', 'text-background-color': '#ffffff', 'text-background-opacity': 0.7,
    'min-zoomed-font-size': 7,
  } },
  { selector: 'node.expanded, node:selected, node.on-path', style: { 'min-zoomed-font-size': 0, 'font-weight': 'bold' } },
  { selector: 'node[?overdue]', style: { 'border-width': 4, 'border-color': OVERDUE_BORDER } },
  { selector: 'node.expanded', style: { width: 30, height: 30 } },
  { selector: 'node:selected', style: { 'overlay-color': '#ffdd00', 'overlay-opacity': 0.45, 'overlay-padding': 6 } },
  { selector: 'edge', style: {
    width: 1.2, 'line-color': '#b1b4b6', 'target-arrow-color': '#b1b4b6', 'target-arrow-shape': 'triangle',
    'curve-style': 'bezier', 'arrow-scale': 0.7,
  } },
  { selector: 'edge.on-path', style: { 'line-color': '#f47738', 'target-arrow-color': '#f47738', width: 4 } },
  { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#f47738' } },
];

/** Up to this many nodes, a drawing from scratch is the force layout; beyond, hubs on a grid with rings. */
const FORCE_LIMIT = 200;

export function createCanvas(container, onTap) {
  const cy = cytoscape({ container, style: STYLE, elements: [], minZoom: 0.1, maxZoom: 3 });
  cy.on('tap', 'node', (event) => onTap(event.target.id()));
  // for tools that drive the page: the Cytoscape instance behind the canvas
  container.cytoscape = cy;

  /** The force layout over everything: on a first drawing, when most nodes are new, or when asked. */
  function layoutAll() {
    cy.layout({ name: 'cose', animate: false, randomize: false, fit: true, padding: 30,
      numIter: cy.nodes().length > 200 ? 300 : 1000, nodeRepulsion: () => 20000, idealEdgeLength: () => 90,
      nodeOverlap: 20, componentSpacing: 60 }).run();
    if (cy.zoom() > 1.4) {
      // a few nodes: readable, not blown up to fill the canvas
      cy.zoom(1.4);
      cy.center();
    }
  }

  /**
   * New nodes go on rings around the node they were expanded from (or the middle of the view), leaving the
   * rest where the user has seen it: an expansion costs its own nodes, not a layout of the whole graph.
   */
  function ringAround(added) {
    const groups = new Map();
    added.forEach((n) => {
      const key = n.data('near') || '';
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(n);
    });
    const extent = cy.extent();
    for (const [near, group] of groups) {
      const centre = near && cy.getElementById(near).nonempty() ? cy.getElementById(near).position()
        : { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
      const perRing = 24;
      group.forEach((n, i) => {
        const ring = Math.floor(i / perRing);
        const onRing = Math.min(perRing, group.length - ring * perRing);
        const angle = (2 * Math.PI * (i % perRing)) / onRing + ring * 0.3;
        const radius = 90 + ring * 55;
        n.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
      });
    }
    cy.fit(cy.elements(), 30);
  }

  return {
    /** Makes the canvas show exactly these nodes and edges; lays out again when something was added. */
    show(nodes, edges, { expanded, selected, path }) {
      const wanted = new Set(nodes.map((n) => n.id));
      const empty = cy.nodes().empty();
      const added = [];
      cy.batch(() => {
        cy.nodes().filter((n) => !wanted.has(n.id())).remove();
        for (const node of nodes) {
          const data = { ...node, colour: colour(node), shape: (KINDS[node.kind] || KINDS.Entity).shape,
            short: short(node.name, 40) };
          const existing = cy.getElementById(node.id);
          if (existing.nonempty()) {
            existing.data(data);
            continue;
          }
          added.push(cy.add({ group: 'nodes', data }));
        }
        const edgeIds = new Set();
        for (const edge of edges) {
          const id = `${edge.source}|${edge.via}|${edge.target}`;
          edgeIds.add(id);
          if (cy.getElementById(id).empty() && wanted.has(edge.source) && wanted.has(edge.target)) {
            cy.add({ group: 'edges', data: { id, source: edge.source, target: edge.target, via: edge.via } });
          }
        }
        cy.edges().filter((e) => !edgeIds.has(e.id())).remove();
        cy.elements().removeClass('expanded on-path').unselect();
        for (const id of expanded) {
          cy.getElementById(id).addClass('expanded');
        }
        const onPath = new Set(path);
        cy.nodes().filter((n) => onPath.has(n.id())).addClass('on-path');
        cy.edges().filter((e) => onPath.has(e.source().id()) && onPath.has(e.target().id())
          && Math.abs(path.indexOf(e.source().id()) - path.indexOf(e.target().id())) === 1).addClass('on-path');
        if (selected) {
          cy.getElementById(selected).select();
        }
      });
      if ((empty || added.length > cy.nodes().length / 2) && cy.nodes().length <= FORCE_LIMIT) {
        layoutAll();
      } else if (empty || added.length > cy.nodes().length / 2) {
        // many nodes at once: the hubs (the nodes not drawn around another) on a grid, rings of neighbours
        // around them
        const hubs = cy.nodes().filter((n) => !n.data('near'));
        const side = 700 * Math.ceil(Math.sqrt(hubs.length));
        hubs.layout({ name: 'grid', fit: false, avoidOverlap: true, boundingBox: { x1: 0, y1: 0, w: side, h: side } }).run();
        ringAround(cy.nodes().filter((n) => n.data('near')));
      } else if (added.length) {
        ringAround(added);
      }
    },
    /** Lays the whole graph out again with the force layout. */
    layoutAll,
    size() {
      return cy.nodes().length;
    },
  };
}
