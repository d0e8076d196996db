// The add-in: one shared-runtime page (taskpane.html) that hosts the task pane and the
// CAL.* custom functions. functions.json and the CustomFunctions.associate calls are
// generated from the JSDoc in src/functions/functions.ts by CustomFunctionsMetadataPlugin.
const fs = require('fs');
const os = require('os');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
/** Where the add-in is hosted in production (central deployment); localhost when unset. */
const PROD_URL = process.env.ADDIN_URL || DEV_URL;

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
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              production ? content.toString().split(DEV_URL).join(PROD_URL) : content,
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist', 'addin') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      port: 3000,
      server: { type: 'https', ...(https ? { options: https } : {}) },
    },
  };
};
