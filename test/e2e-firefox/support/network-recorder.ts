/**
 * An HTTP proxy on 127.0.0.1 that forwards nothing: it notes every request sent to it and refuses
 * it. Firefox started with `proxyPort` sends it every request for a host other than this machine
 * (plain HTTP as a proxied request, HTTPS as a CONNECT), from any page, the background page or
 * Firefox itself, so what it notes is everything that would have left the machine.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface NetworkRecorder {
  port: number;
  /** "GET http://host/path" or "CONNECT host:443", in the order seen. */
  seen: string[];
  close(): Promise<void>;
}

export async function startNetworkRecorder(): Promise<NetworkRecorder> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502, { 'content-type': 'text/plain', connection: 'close' });
    res.end('blocked by the test: nothing leaves the machine');
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\nconnection: close\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
