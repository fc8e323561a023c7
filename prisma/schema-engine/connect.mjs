// How the schema engine stand-in reaches PostgreSQL (or PGlite): pg pools behind @prisma/adapter-pg,
// with the fixes the wasm engine needs, and the shadow database `migrate dev` asks for.
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const require = createRequire(import.meta.url);
// Not our direct dependency: load the copy that pg itself uses.
const { parse: parseUrl } = createRequire(require.resolve("pg"))("pg-connection-string");

// Fix: hand pg discrete fields, never a connectionString: pg lets a connectionString override a
// `database` given beside it, which would point a shadow pool at the main database.
export function poolConfig(url, database) {
  const { schema, ...fields } = parseUrl(url);
  // A small pool: the engine runs one request at a time.
  return { config: { ...fields, ...(database && { database }), max: 4 }, schema };
}

// Fix: read pg_catalog's `char` (OID 18) and `name` (OID 19) columns as text; the adapter rejects
// `char`, which the engine's introspection queries return (open upstream: prisma/orm#27403).
class CatalogTextClient extends pg.Client {
  query(...params) {
    const relabel = (result) => {
      for (const field of result?.fields ?? []) if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = 25;
      return result;
    };
    const last = params.length - 1;
    if (typeof params[last] === "function") {
      const callback = params[last];
      params[last] = (error, result) => callback(error, relabel(result));
    }
    const returned = super.query(...params);
    return returned instanceof Promise ? returned.then(relabel) : returned;
  }
}

async function connect(url, database) {
  const { config, schema } = poolConfig(url, database);
  const adapter = await new PrismaPg({ ...config, Client: CatalogTextClient }, { schema }).connect();
  // Fix: send a migration script as one simple query; the adapter splits it on ";", which breaks
  // string literals and function bodies. No parameters, so pg uses the multi-statement protocol.
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] }); // the engine expects no result
  };
  return adapter;
}

async function firstValue(url, sql) {
  const adapter = await connect(url);
  try {
    const { rows } = await adapter.queryRaw({ sql, args: [], argTypes: [] });
    return String(rows[0]?.[0]);
  } finally {
    await adapter.dispose();
  }
}

const isPGlite = async (url) => /wasm32|emscripten/i.test(await firstValue(url, "SELECT version()"));
// Same server (start time) and same database, whatever host name or alias each URL uses.
const identify = (url) => firstValue(url, "SELECT pg_postmaster_start_time()::text || ' ' || current_database()");

// Empties a user-supplied shadow database, as the native engine does before using one.
const WIPE_SCHEMAS = `DO $$ DECLARE s text; BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
  CREATE SCHEMA public;
END $$`;

/** What the wasm engine connects through: the main database, and a shadow one for `migrate dev`. */
export function createAdapterFactory(datasource) {
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connect(datasource.url),
    async connectToShadowDb() {
      const shadowUrl = datasource.shadowDatabaseUrl;
      if (shadowUrl) {
        // The shadow database gets wiped: never let that be the main database.
        if ((await identify(shadowUrl)) === (await identify(datasource.url))) {
          throw new Error("The shadow database (SHADOW_DATABASE_URL) is the main database. Please specify another shadow database.");
        }
        const shadow = await connect(shadowUrl);
        await shadow.executeScript(WIPE_SCHEMAS);
        return shadow;
      }
      if (await isPGlite(datasource.url)) {
        // PGlite accepts CREATE DATABASE but serves only its one database: the "shadow" would be
        // the main database itself.
        throw new Error(
          "PGlite serves a single database, so Prisma needs a separate shadow database: set SHADOW_DATABASE_URL " +
            "(the npm db:* scripts start an in-memory one for you).",
        );
      }
      const main = await connect(datasource.url);
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await main.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = await connect(datasource.url, name);
      const dispose = shadow.dispose.bind(shadow);
      // Fix: close the shadow pool before dropping its database (PostgreSQL refuses to drop a
      // database with open connections), then release the main pool too.
      shadow.dispose = async () => {
        await dispose();
        await main.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
        await main.dispose();
      };
      return shadow;
    },
  };
}
