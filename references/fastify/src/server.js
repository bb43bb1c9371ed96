// Entry point (run.sh): builds the app and serves it until SIGINT/SIGTERM.
import { buildApp } from './app.js';
import { config } from './config.js';

const app = await buildApp(config);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    app.log.info(`${signal} received, closing`);
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

await app.listen({ host: config.host, port: config.port });
