// Bundles the dashboard into ../wwwroot, which the host serves with UseDefaultFiles + UseStaticFiles.
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";

const out = new URL("../wwwroot/", import.meta.url);
mkdirSync(out, { recursive: true });

await build({
  entryPoints: ["src/main.js"],
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["es2022"],
  minify: true,
  sourcemap: true,
  outfile: new URL("app.js", out).pathname,
  logLevel: "info",
});

for (const file of ["index.html", "styles.css"]) {
  copyFileSync(file, new URL(file, out));
}
