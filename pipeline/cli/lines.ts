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
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    const ok = output.write(JSON.stringify(fn(line)) + '\n');
    n++;
    if (!ok) await once(output, 'drain');
  }
  return n;
}
