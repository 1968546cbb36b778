// drizzle-kit configuration: the schema lives in db/schema, generated SQL in db/migrations (never edited by hand).
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
