import { webcrypto } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export type LocalCertificate = { key: string; cert: string; caFile: string };

const ALGORITHM = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" } as const;
const DAY_MS = 24 * 3600 * 1000;

/** @peculiar/x509, loaded only when HTTPS is asked for (it needs the reflect-metadata polyfill first). */
async function loadX509() {
  await import("reflect-metadata");
  const x509 = await import("@peculiar/x509");
  x509.cryptoProvider.set(webcrypto as Crypto);
  return x509;
}

/**
 * The local Okta's HTTPS certificate, created on first use under `<dataDir>/tls/`: a local
 * certificate authority (`ca.pem`, the file to trust, e.g. with NODE_EXTRA_CA_CERTS) and a
 * certificate it signed for localhost and 127.0.0.1. The CA's private key is not kept, so it
 * can sign nothing else; delete the folder to start over (and trust the new ca.pem).
 */
export async function loadOrCreateCertificate(dataDir: string): Promise<LocalCertificate> {
  const dir = path.join(dataDir, "tls");
  const files = { caFile: path.join(dir, "ca.pem"), cert: path.join(dir, "localhost.pem"), key: path.join(dir, "localhost-key.pem") };
  if (existsSync(files.caFile) && existsSync(files.cert) && existsSync(files.key)) {
    return { caFile: files.caFile, cert: await readFile(files.cert, "utf8"), key: await readFile(files.key, "utf8") };
  }
  const x509 = await loadX509();
  const pemKey = async (key: CryptoKey) => x509.PemConverter.encode(await webcrypto.subtle.exportKey("pkcs8", key), "PRIVATE KEY");
  const now = Date.now();
  const caKeys = (await webcrypto.subtle.generateKey(ALGORITHM, true, ["sign", "verify"])) as CryptoKeyPair;
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: Date.now().toString(16),
    name: "CN=Patient Claims local Okta CA",
    notBefore: new Date(now - DAY_MS),
    notAfter: new Date(now + 10 * 365 * DAY_MS),
    keys: caKeys,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  const serverKeys = (await webcrypto.subtle.generateKey(ALGORITHM, true, ["sign", "verify"])) as CryptoKeyPair;
  const server = await x509.X509CertificateGenerator.create({
    serialNumber: (Date.now() + 1).toString(16),
    subject: "CN=localhost",
    issuer: ca.subject,
    // Browsers accept at most 398 days for a server certificate.
    notBefore: new Date(now - DAY_MS),
    notAfter: new Date(now + 397 * DAY_MS),
    signingKey: caKeys.privateKey,
    publicKey: serverKeys.publicKey,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([
        { type: "dns", value: "localhost" },
        { type: "ip", value: "127.0.0.1" },
      ]),
      await x509.AuthorityKeyIdentifierExtension.create(ca),
    ],
  });
  await mkdir(dir, { recursive: true });
  await writeFile(files.caFile, ca.toString("pem"));
  await writeFile(files.cert, server.toString("pem"));
  await writeFile(files.key, await pemKey(serverKeys.privateKey), { mode: 0o600 });
  return { caFile: files.caFile, cert: server.toString("pem"), key: await readFile(files.key, "utf8") };
}
