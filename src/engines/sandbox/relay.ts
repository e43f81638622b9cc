import net from 'node:net';
import path from 'node:path';

/**
 * The host end of a relayed port: a Unix socket server whose connections are piped to
 * 127.0.0.1:<port>. The socket file is the sandbox's only way to that port.
 */
export interface PortRelay {
  readonly socketPath: string;
  close(): Promise<void>;
}

export async function startPortRelay(dir: string, port: number): Promise<PortRelay> {
  const socketPath = path.join(dir, `${port}.sock`);
  const open = new Set<net.Socket>();
  const server = net.createServer((inner) => {
    const outer = net.connect(port, '127.0.0.1');
    open.add(inner).add(outer);
    inner.pipe(outer).pipe(inner);
    const end = (): void => {
      inner.destroy();
      outer.destroy();
      open.delete(inner);
      open.delete(outer);
    };
    for (const s of [inner, outer]) {
      s.on('error', end);
      s.on('close', end);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  server.unref();
  return {
    socketPath,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of open) s.destroy();
        server.close(() => resolve());
      }),
  };
}
