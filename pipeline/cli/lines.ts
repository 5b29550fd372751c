/**
 * stdin lines → stdout JSON lines, one output line per input line (empty lines included) so
 * results can be pasted beside their inputs. Writes wait for the pipe to drain: scoring a large
 * file into `head` must not buffer everything in memory.
 */
import readline from 'node:readline';
import { once } from 'node:events';

export async function mapLines(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  fn: (line: string) => unknown,
): Promise<number> {
  return mapLineBatches(input, output, (lines) => lines.map((line) => fn(line)), 1);
}

/**
 * The same for a function that reads many lines at once (`turnlens sentiment`): lines are gathered
 * `size` at a time, so memory stays bounded by the batch, not the input.
 */
export async function mapLineBatches(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  fn: (lines: readonly string[]) => readonly unknown[],
  size: number,
): Promise<number> {
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let batch: string[] = [];
  const flush = async () => {
    const results = fn(batch);
    const ok = output.write(results.map((r) => JSON.stringify(r) + '\n').join(''));
    n += batch.length;
    batch = [];
    if (!ok) await once(output, 'drain');
  };
  for await (const line of rl) {
    batch.push(line);
    if (batch.length >= size) await flush();
  }
  if (batch.length > 0) await flush();
  return n;
}
