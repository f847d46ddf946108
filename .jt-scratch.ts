import { runIngest } from './ingest/run-ingest.ts';
import { HashEmbeddings } from './ingest/hash-embedder.ts';
import { readerFor } from './ingest/readers/index.ts';
const t0 = performance.now();
const s = await runIngest({ seedsDir: process.argv[2], dataDir: process.argv[3], embeddings: new HashEmbeddings(), readerFor, log: (line) => { if (/\[(1|100|250|500|750|900|1000)\/|ingested,/.test(line)) console.log(((performance.now()-t0)/1000).toFixed(1), line, Math.round(process.memoryUsage().heapUsed/1e6), 'MB heap', Math.round(process.memoryUsage().rss/1e6), 'MB rss'); } });
