// Builds the fake Excel host (test/e2e/fake-office.ts) for the browser: .build/e2e/fake-office.js.
const path = require('path');

module.exports = {
  mode: 'development',
  devtool: false,
  entry: { 'fake-office': path.join(__dirname, 'fake-office.ts') },
  output: { path: path.join(__dirname, '..', '..', '.build', 'e2e'), filename: '[name].js' },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: {
            configFile: path.join(__dirname, '..', '..', 'tsconfig.web.json'),
            transpileOnly: true,
          },
        },
      },
    ],
  },
};
