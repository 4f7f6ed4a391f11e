# Single-container image of the Adology host (in-memory transport by default).
FROM node:20-bookworm-slim AS client
WORKDIR /src
COPY scripts/client.sh scripts/
COPY Adology.Web/ClientApp/ Adology.Web/ClientApp/
RUN scripts/client.sh

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig appsettings.json ./
COPY Adology.Modules/Adology.Modules.csproj Adology.Modules/
COPY Adology.Web/Adology.Web.csproj Adology.Web/
RUN dotnet restore Adology.Web/Adology.Web.csproj
COPY Adology.Modules/ Adology.Modules/
COPY Adology.Web/ Adology.Web/
COPY --from=client /src/Adology.Web/wwwroot/ Adology.Web/wwwroot/
RUN dotnet publish Adology.Web/Adology.Web.csproj -c Release -o /app --no-restore

# Debian rather than the default Ubuntu: Ubuntu's chromium is only a snap, which a container cannot run.
FROM mcr.microsoft.com/dotnet/aspnet:10.0-trixie-slim
# The browser source renders pages in Chromium, driven by the Playwright driver that the publish output carries;
# Tesseract 5 with its English data reads the text on creatives (the ONNX models come in the published output).
RUN apt-get update \
    && apt-get install -y --no-install-recommends chromium tesseract-ocr tesseract-ocr-eng \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
COPY scripts/healthcheck.sh ./
RUN mkdir -p /data/blobs && chown -R "$APP_UID" /data
ENV ASPNETCORE_URLS=http://+:8080 \
    Blobs__Path=/data/blobs
VOLUME /data
EXPOSE 8080
USER $APP_UID
# The image (Debian 13) has bash but neither curl nor wget: the probe speaks HTTP over bash's /dev/tcp.
HEALTHCHECK --interval=30s --timeout=10s --start-period=90s --retries=3 CMD ["bash", "/app/healthcheck.sh", "8080"]
ENTRYPOINT ["dotnet", "Adology.Web.dll"]
