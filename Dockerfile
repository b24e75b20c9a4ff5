# The atlas in a container: builds the site, then serves it with scripts/serve-static.mjs, a Node
# server without dependencies that sends the headers of the build's own _headers file (the same
# security headers Netlify and Cloudflare Pages send). See README.md, "Deploy".
#
#   docker build -t mlops-atlas .
#   docker run --rm -p 8080:8080 mlops-atlas                  # http://localhost:8080/
#
# Under a base path, with the site's address for canonical URLs and the sitemap:
#   docker build --build-arg BASE_PATH=/atlas/ --build-arg SITE_URL=https://example.org -t mlops-atlas .

FROM node:24-slim AS build
# git: each page's "Last updated" date comes from the repository's history (.git is in the context).
RUN apt-get update \
	&& apt-get install -y --no-install-recommends git \
	&& rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG BASE_PATH=/
ARG SITE_URL=
ENV ASTRO_TELEMETRY_DISABLED=1 BASE_PATH=${BASE_PATH} SITE_URL=${SITE_URL}
RUN npm run build

# The image that runs: Node, the built site and the server, nothing else.
FROM node:24-slim
WORKDIR /srv/atlas
ARG BASE_PATH=/
ENV NODE_ENV=production BASE_PATH=${BASE_PATH} HOST=0.0.0.0 PORT=8080
COPY --from=build /app/scripts/serve-static.mjs ./
COPY --from=build /app/dist ./dist
USER node
EXPOSE 8080
CMD ["node", "serve-static.mjs", "dist"]
