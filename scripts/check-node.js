// Every npm script must run on Node 24 (the `node` devDependency puts it first on PATH).
// If this fails, npm found another Node: run `npm ci` first.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`Carebook needs Node 24 or newer, but this is Node ${process.versions.node}. Run "npm ci" first: it brings Node 24.`);
  process.exit(1);
}
