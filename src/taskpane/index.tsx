/**
 * The shared-runtime page's entry: waits for Office, then renders the pane. The CAL.*
 * functions load from functions.js on the same page.
 */
import {
  FluentProvider,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { OfficeRegisterWorkbook } from '../excel/office';
import { App, type Environment } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { LOCAL_CLOCK } from './controller';
import { workbookNameOf } from './workbook-name';

/** Office's own theme: a dark Office gets the dark Fluent theme. */
function officeTheme(): Theme {
  const background = Office.context?.officeTheme?.bodyBackgroundColor;
  if (!background || !/^#?[0-9a-f]{6}$/i.test(background)) return webLightTheme;
  const hex = background.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? webDarkTheme : webLightTheme;
}

async function start(): Promise<Environment> {
  const info = await Office.onReady();
  setTheme(officeTheme());
  if (info.host !== Office.HostType.Excel)
    return { inExcel: false, clock: LOCAL_CLOCK, workbookName: '' };
  const workbookName = workbookNameOf(Office.context.document?.url);
  const workbook = new OfficeRegisterWorkbook();
  return {
    inExcel: true,
    workbook,
    hasRegister: () => workbook.hasRegister(),
    clock: LOCAL_CLOCK,
    workbookName,
    displayLanguage: Office.context.displayLanguage,
  };
}

let setTheme: (theme: Theme) => void = () => undefined;

function Root() {
  const [theme, useTheme] = useState<Theme>(webLightTheme);
  setTheme = useTheme;
  return (
    <FluentProvider theme={theme}>
      <ErrorBoundary>
        <App start={start} />
      </ErrorBoundary>
    </FluentProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Root />);
