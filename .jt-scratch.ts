import hnswlib from 'hnswlib-node';
import { readdirSync, readFileSync } from 'node:fs';
const dir = '/tmp/bench/data-1000/index/chunk-vectors';
const files = readdirSync(dir).slice(0, Number(process.argv[2]));
const vecs: number[][] = [];
for (const f of files) { const b = readFileSync(`${dir}/${f}`); const a = new Float32Array(b.buffer, b.byteOffset, b.byteLength/4); for (let i=0;i<a.length;i+=256) vecs.push(Array.from(a.subarray(i,i+256))); }
for (const efc of process.argv.slice(3).map(Number)) {
  const idx = new hnswlib.HierarchicalNSW('cosine', 256); idx.initIndex({maxElements: vecs.length, m: 16, efConstruction: efc, randomSeed: 100});
  const t = process.cpuUsage(); const w = performance.now();
  vecs.forEach((v, i) => idx.addPoint(v, i));
  const u = process.cpuUsage(t);
  // recall check
  let hit = 0; idx.setEf(64); for (let q=0;q<200;q++){ const i = (q*577)%vecs.length; const r = idx.searchKnn(vecs[i], 1); if (r.neighbors[0]===i || r.distances[0] < 1e-6) hit++; }
  console.log('n', vecs.length, 'efc', efc, 'cpu s', ((u.user+u.system)/1e6).toFixed(1), 'wall', ((performance.now()-w)/1000).toFixed(1), 'self-recall', hit/200);
}
