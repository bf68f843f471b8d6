// cytoscape.js (the npm package pinned in package.json, installed by `npm ci` here) loads the
// Cytoscape export of the samples' graph.json headless with no dropped element: as many nodes and
// edges as graph.json, every edge between the right nodes, states as compound parents.
//
//   node check_cytoscape.js ACTORGRAPH GRAPH.json WORKDIR      (run by ctest)
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

let cytoscape;
try {
  cytoscape = require('cytoscape');
} catch (e) {
  console.error('FAILED: cytoscape.js is missing: scripts/test runs `npm ci` in tests/consumers (' + e.message + ')');
  process.exit(1);
}

function fail(message) {
  console.error('FAILED: ' + message);
  process.exit(1);
}
function equal(actual, expected, what) {
  if (actual !== expected) fail(`${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

if (process.argv.length !== 5) fail('usage: node check_cytoscape.js ACTORGRAPH GRAPH.json WORKDIR');
const [binary, graphPath, work] = process.argv.slice(2);
fs.mkdirSync(work, { recursive: true });
const out = path.join(work, 'graph.cyjs');
execFileSync(binary, ['export', graphPath, '--to', 'cytoscape', '-o', out, '--quiet'], { stdio: 'inherit' });

const graph = JSON.parse(fs.readFileSync(graphPath, 'utf8'));
const exported = JSON.parse(fs.readFileSync(out, 'utf8'));
// cytoscape.js warns on the console (and drops the element) for a duplicate id or a missing end.
const warnings = [];
console.warn = (...a) => warnings.push(a.join(' '));
const cy = cytoscape({ headless: true, elements: exported.elements });

equal(cy.nodes().length, graph.nodes.length, 'nodes');
equal(cy.edges().length, graph.edges.length, 'edges (none dropped)');
equal(warnings.length, 0, 'cytoscape.js warnings: ' + warnings.join('; '));
let loops = 0;
for (const e of graph.edges) {
  const edge = cy.getElementById('e:' + e.id);
  if (edge.empty()) fail(`edge ${e.id} is missing`);
  equal(edge.source().data('graph_id'), e.source, `source of ${e.id}`);
  equal(edge.target().data('graph_id'), e.target, `target of ${e.id}`);
  equal(JSON.stringify(edge.data('provenance')),
        JSON.stringify(e.evidence.map(({ document, sentence, start, end }) => ({ document, sentence, start, end }))),
        `provenance of ${e.id}`);
  if (e.source === e.target) ++loops;
}
if (loops === 0) fail('the samples\' graph has no statement loop to check');
const states = new Set(graph.nodes.filter((n) => n.type === 'state').map((n) => n.id));
const expectedChildren = graph.nodes.filter(
  (n) => (n.type === 'organization' || n.type === 'military_base') && n.country && states.has(n.country));
if (expectedChildren.length === 0) fail('no organisation or base of a state in the samples\' graph');
for (const n of expectedChildren) {
  const parent = cy.getElementById('n:' + n.id).parent();
  equal(parent.length, 1, `parent of ${n.id}`);
  equal(parent.data('graph_id'), n.country, `parent of ${n.id}`);
}
console.log(`cytoscape.js ${cytoscape.version || ''} loaded the export: ${cy.nodes().length} nodes, ` +
            `${cy.edges().length} edges (${loops} loops) as in graph.json; ` +
            `${cy.nodes(':parent').length} states as compound parents of ${expectedChildren.length} nodes`);
