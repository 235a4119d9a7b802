import { spawn, type ChildProcess } from 'node:child_process';

interface Message {
  jsonrpc: '2.0';
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  message: string;
  source?: string;
}

/**
 * A language client over stdio, as an editor is one: Content-Length framed JSON-RPC, requests
 * with ids, and answers to what the server asks of the client (its settings, registrations).
 */
export class LspClient {
  private readonly server: ChildProcess;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (message: Message) => void>();
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly waiters: (() => void)[] = [];
  readonly stderr: string[] = [];

  constructor(
    command: string,
    args: readonly string[],
    /** What the client answers to workspace/configuration, section by section. */
    private readonly configuration: (section: string) => unknown,
  ) {
    this.server = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.server.stdout!.on('data', (chunk: Buffer) => this.receive(chunk));
    this.server.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString('utf8')));
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (message) => (message.error ? reject(new Error(JSON.stringify(message.error))) : resolve(message.result as T)));
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The latest diagnostics published for each of the URIs, once every one has some and the server has been quiet for `quietMs`. */
  async diagnosticsFor(uris: readonly string[], quietMs = 400, timeoutMs = 15_000): Promise<Map<string, Diagnostic[]>> {
    const deadline = Date.now() + timeoutMs;
    let seen = -1;
    for (;;) {
      const count = this.published;
      if (uris.every((uri) => this.diagnostics.has(uri)) && count === seen) break;
      seen = uris.every((uri) => this.diagnostics.has(uri)) ? count : -1;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uris.filter((u) => !this.diagnostics.has(u)).join(', ')}; server said: ${this.stderr.join('')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, quietMs);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return new Map(uris.map((uri) => [uri, this.diagnostics.get(uri)!]));
  }

  private published = 0;

  async shutdown(): Promise<void> {
    await this.request('shutdown', null).catch(() => undefined);
    this.notify('exit', null);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.server.kill();
        resolve();
      }, 2_000);
      this.server.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.server.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.server.stdin!.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.handle(message);
    }
  }

  private handle(message: Message): void {
    if (message.id !== undefined && message.method === undefined) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    } else if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: Diagnostic[] };
      this.diagnostics.set(uri, diagnostics);
      this.published++;
      this.waiters.splice(0).forEach((wake) => wake());
    } else if (message.id !== undefined) {
      // A request from the server: its settings, or something an editor just acknowledges.
      const result =
        message.method === 'workspace/configuration'
          ? (message.params as { items: { section: string }[] }).items.map((item) => this.configuration(item.section) ?? null)
          : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
    }
  }
}
