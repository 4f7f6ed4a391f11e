#!/usr/bin/env bash
# Type-checks the dashboard's JavaScript (Adology.Web/ClientApp: TypeScript over its JSDoc; a type error fails the
# build) and builds it into Adology.Web/wwwroot with npm and esbuild.
# Installs Node.js and npm with apt-get when they are missing.
set -euo pipefail
cd "$(dirname "$0")/../Adology.Web/ClientApp"

if ! command -v npm >/dev/null; then
  echo "Installing Node.js and npm with apt-get…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

npm ci --no-audit --no-fund --loglevel=error
npm run typecheck --silent
npm run build --silent
