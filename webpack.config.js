// The add-in: one shared-runtime page (taskpane.html) that hosts the task pane and the
// CAL.* custom functions. functions.json and the CustomFunctions.associate calls are
// generated from the JSDoc in src/functions/functions.ts by CustomFunctionsMetadataPlugin.
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
/** Where the add-in is hosted in production (central deployment); localhost when unset. */
const PROD_URL = process.env.ADDIN_URL || DEV_URL;

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  return {
    devtool: production ? 'source-map' : 'eval-source-map',
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/index.ts',
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
      server: { type: 'https' },
    },
  };
};
