// `npm start`: serves the demo page, compiling the TypeScript sources on the fly.
import { devServerPlugins, nodeResolve } from './web-dev-server.plugins.js';

export default {
  rootDir: '.',
  open: false,
  watch: true,
  port: Number(process.env.PORT) || 8000,
  // The demo lives in demo/; the root address leads there.
  middleware: [(context, next) => (context.path === '/' ? context.redirect('/demo/') : next())],
  nodeResolve,
  plugins: devServerPlugins,
};
