/**
 * A fixed test port, or the one the environment names: two checkouts (or a busy port) on one
 * machine can run the same suite side by side. Loopback only, as everywhere in the tests.
 */
export function testPort(variable: string, fallback: number): number {
  const value = process.env[variable];
  if (value === undefined || value === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error(`${variable}: expected a port from 1024 to 65535`);
  return port;
}
