// The add-in: one shared-runtime page (taskpane.html) that hosts the task pane and the
// CAL.* custom functions. functions.json and the CustomFunctions.associate calls are
// generated from the JSDoc in src/functions/functions.ts by CustomFunctionsMetadataPlugin;
// AddinAssetsPlugin finishes functions.json and writes the manifest (scripts/addin-build.js).
const fs = require('fs');
const os = require('os');
const path = require('path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const {
  addinUrl,
  buildManifest,
  finishMetadata,
  manifestVersion,
} = require('./scripts/addin-build');

/**
 * Finishes the assets the add-in ships: functions.json (what the metadata generator cannot
 * write), and manifest.xml for the address it is served from, its Version raised when the
 * function metadata changed (Excel caches them per version).
 */
class AddinAssetsPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('AddinAssetsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'AddinAssetsPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const metadata = compilation.getAsset('functions.json');
          if (!metadata) return;
          const finished = finishMetadata(metadata.source.source().toString());
          compilation.updateAsset('functions.json', new webpack.sources.RawSource(finished));
          const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, 'package.json'), 'utf8'));
          const { version, raised } = manifestVersion(pkg.version, finished, { record: true });
          if (raised)
            compilation.warnings.push(
              new webpack.WebpackError(
                `The function metadata changed: the manifest Version is raised to ${version} (manifest-version.json: commit it).`,
              ),
            );
          const xml = fs.readFileSync(path.join(__dirname, 'manifest.xml'), 'utf8');
          const manifest = buildManifest(xml, { ...this.options, version });
          compilation.emitAsset('manifest.xml', new webpack.sources.RawSource(manifest));
        },
      );
    });
  }
}

/**
 * HTTPS for the development server: the trusted localhost certificate of office-addin-dev-certs
 * (it installs its CA, asking for permission), else the files it generated before, else
 * webpack's self-signed one.
 */
async function httpsOptions() {
  try {
    return await require('office-addin-dev-certs').getHttpsServerOptions();
  } catch {
    const dir = path.join(os.homedir(), '.office-addin-dev-certs');
    const [key, cert, ca] = ['localhost.key', 'localhost.crt', 'ca.crt'].map((f) =>
      path.join(dir, f),
    );
    if (fs.existsSync(key) && fs.existsSync(cert)) {
      return {
        key: fs.readFileSync(key),
        cert: fs.readFileSync(cert),
        ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca) } : {}),
      };
    }
    return undefined;
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const serving = process.env.WEBPACK_SERVE === 'true';
  const https = serving ? await httpsOptions() : undefined;
  const { url, warning } = addinUrl(process.env, production);
  if (warning) process.stderr.write(`${warning}\n`);
  return {
    // Never an eval-based source map: the page's Content-Security-Policy forbids eval, and
    // the pane and the functions would not load in development.
    devtool: 'source-map',
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist', 'addin'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { configFile: 'tsconfig.web.json', transpileOnly: true },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: 'functions.json',
        input: './src/functions/functions.ts',
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        scriptLoading: 'blocking',
        inject: 'body',
        // No fetch or XHR at all in production; the development server's live reload needs
        // its own origin.
        templateParameters: { connectSrc: production ? "'none'" : "'self'" },
      }),
      new HtmlWebpackPlugin({
        filename: 'support.html',
        template: './src/taskpane/support.html',
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [{ from: 'assets/icon-*.png', to: 'assets/[name][ext]' }],
      }),
      new AddinAssetsPlugin({ url, production, id: process.env.ADDIN_ID }),
    ],
    performance: { hints: false },
    optimization: {
      // terser as webpack runs it (two passes), but without reduce_vars: that pass replaces a
      // function called once by the function itself, written where it is called, so a
      // closure is created on every call, and V8 then allocates on every row of a hot loop (a
      // 100,000-row CAL.FLAGS made 19 MB of them, and a collection on every call).
      // `npm run bench` times this bundle.
      minimizeOptions: { javascript: { compress: { passes: 2, reduce_vars: false } } },
    },
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist', 'addin') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      port: 3000,
      server: { type: 'https', ...(https ? { options: https } : {}) },
    },
  };
};
