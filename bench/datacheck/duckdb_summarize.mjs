// Runs DuckDB's SUMMARIZE on a CSV file and prints the seconds it took.
// Usage: node duckdb_summarize.mjs FILE   (with @duckdb/node-api installed)
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2];
const instance = await DuckDBInstance.create(':memory:');
const con = await instance.connect();
const t0 = process.hrtime.bigint();
const reader = await con.runAndReadAll(`SUMMARIZE SELECT * FROM read_csv('${file.replaceAll("'", "''")}')`);
const rows = reader.getRowObjects();
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
if (process.env.SHOW) console.error(rows.map((r) => `${r.column_name} ${r.column_type}`).join('\n'));
console.log(secs.toFixed(3));
