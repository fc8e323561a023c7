import { writeFile } from "node:fs/promises";
import { API_TYPES_PATH, renderApiTypes } from "./render-api-types";

// npm run api:types — regenerate the typed client's types after changing the API's schemas.
await writeFile(API_TYPES_PATH, await renderApiTypes());
console.log(`Wrote ${API_TYPES_PATH}`);
