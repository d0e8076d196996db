/** Shared by the pane's component tests: a register, a fixed clock, and the pane on a fake workbook. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { App, type Environment } from '../../src/taskpane/App';
import type { Clock } from '../../src/taskpane/controller';
import { purchase, register, SERVER_LICENCES, TODAY, userCal } from '../core/helpers';
import type { FakeWorkbook } from './fake-workbook';

export const EX = 'Exchange Server 2019 Standard User CAL';
export const clock: Clock = { today: () => TODAY, stamp: () => '2026-11-27 10:00' };

/** 1 EX CAL owned, 3 assigned: "Not compliant: 2 CALs short.", with a stale and a misrecorded row. */
export function registerGrids(settings?: Readonly<Record<string, unknown>>) {
  return register({
    purchases: [...SERVER_LICENCES, purchase(EX, 1)],
    assignments: [
      userCal(EX, 'dana@contoso.com'),
      userCal(EX, 'eve@contoso.com', { Status: 'Left' }),
      userCal(EX, 'fay@contoso.com', { Device: 'LT-0193' }),
    ],
    ...(settings ? { settings } : {}),
  });
}

export function show(env: Partial<Environment> & { workbook?: FakeWorkbook }) {
  const environment: Environment = { inExcel: true, clock, workbookName: 'register.xlsx', ...env };
  return render(
    <FluentProvider theme={webLightTheme}>
      <App start={() => Promise.resolve(environment)} />
    </FluentProvider>,
  );
}

/** A promise and the function that settles it, to hold an operation half-way. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}
