import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { loadOrCreateCertificate } from "../tls/local-certificate";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Listens first (port 0 picks a free port, and the issuer needs the port), answering 503 until
 * `serve` installs the real handler. HTTPS uses the certificate from `<dataDir>/tls`.
 */
export async function listen({ port, host, https, dataDir }: { port: number; host: string; https: boolean; dataDir: string }) {
  let handle: Handler = (_req, res) => res.writeHead(503).end();
  const tls = https ? await loadOrCreateCertificate(dataDir) : undefined;
  const dispatch: Handler = (req, res) => handle(req, res);
  const server = tls ? createHttpsServer({ key: tls.key, cert: tls.cert }, dispatch) : createServer(dispatch);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return {
    origin: `${tls ? "https" : "http"}://localhost:${(server.address() as AddressInfo).port}`,
    caFile: tls?.caFile,
    serve: (handler: Handler) => void (handle = handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
