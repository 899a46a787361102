import * as assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { onMessages, send, sendOutput } from './protocol';

/** A socket that keeps what is written, and replays it to onMessages in chunks cut at `cuts`. */
class FakeSocket extends EventEmitter {
  written: Buffer[] = [];
  destroyed = false;
  write(data: string | Buffer): boolean {
    this.written.push(Buffer.from(data));
    return true;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

function replay(bytes: Buffer, cuts: number[]): { messages: unknown[]; destroyed: boolean } {
  const socket = new FakeSocket();
  const messages: unknown[] = [];
  onMessages(socket as unknown as Socket, (m) => messages.push(m));
  let at = 0;
  for (const cut of [...cuts, bytes.length]) {
    socket.emit('data', bytes.subarray(at, cut));
    at = cut;
  }
  return { messages, destroyed: socket.destroyed };
}

describe('daemon protocol', () => {
  // A report with Chinese text (multi-byte characters a chunk may cut) and a line end in it.
  const report = '[{"filePath":"a.txt","source":"聊城市人民政府\\n通知"}]\n';
  const sender = new FakeSocket();
  sendOutput(sender as unknown as Socket, 'stdout', report);
  sendOutput(sender as unknown as Socket, 'stderr', '警告\n');
  send(sender as unknown as Socket, { exit: 1 });
  const wire = Buffer.concat(sender.written);
  const expected = [{ stdout: Buffer.from(report) }, { stderr: Buffer.from('警告\n') }, { exit: 1 }];

  it('sends output as its bytes after a header line, not escaped into JSON', () => {
    const header = JSON.stringify({ output: 'stdout', bytes: Buffer.byteLength(report) }) + '\n';
    assert.equal(wire.subarray(0, header.length + Buffer.byteLength(report)).toString(), header + report);
  });

  it('delivers the same messages however the bytes are cut into chunks', () => {
    assert.deepEqual(replay(wire, []).messages, expected);
    for (let cut = 1; cut < wire.length; cut++) assert.deepEqual(replay(wire, [cut]).messages, expected, `cut at ${cut}`);
    assert.deepEqual(replay(wire, Array.from({ length: wire.length - 1 }, (_, i) => i + 1)).messages, expected, 'a byte at a time');
  });

  it('ends the connection on a line that is not JSON or a bad output header', () => {
    for (const bad of ['not json\n', '{"output":"stdout","bytes":-1}\n', '{"output":"elsewhere","bytes":2}\nab']) {
      const r = replay(Buffer.from(bad + '{"exit":0}\n'), []);
      assert.ok(r.destroyed, bad);
      assert.deepEqual(r.messages, [], bad);
    }
  });
});
