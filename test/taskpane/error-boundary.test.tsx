/**
 * @jest-environment jsdom
 */
/**
 * Never a blank pane: a render error shows what happened and what to do, with Reload; an
 * error outside rendering leaves the pane working, with a warning above it.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorBoundary } from '../../src/taskpane/components/ErrorBoundary';

function Broken(): never {
  throw new Error('Cannot read properties of undefined (reading "rows")');
}

function pane(child: React.ReactNode, onReload = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary onReload={onReload}>{child}</ErrorBoundary>
    </FluentProvider>,
  );
  return onReload;
}

/** Fires a window event as the browser does for a promise nobody caught. */
function rejectUnhandled(reason: unknown) {
  const event = Object.assign(new Event('unhandledrejection'), { reason });
  act(() => {
    window.dispatchEvent(event);
  });
}

let consoleError: jest.SpyInstance;
beforeEach(() => {
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => consoleError.mockRestore());

test('a render error shows an error with what to do and Reload, not a blank pane', async () => {
  const onReload = pane(<Broken />);
  expect(screen.getByText('CAL Register stopped')).toBeTruthy();
  expect(screen.getByText(/reading "rows"\)\)\. Your workbook was not changed/)).toBeTruthy();
  await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
  expect(onReload).toHaveBeenCalledTimes(1);
  // Only the one message: the error React reports to the window too is the boundary's.
  await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  expect(screen.queryByText('Something went wrong in the background')).toBeNull();
});

test('a promise rejected unhandled warns above the pane, which keeps working', async () => {
  pane(<button type="button">Validate</button>);
  rejectUnhandled(new Error('The operation failed'));
  expect(await screen.findByText('Something went wrong in the background')).toBeTruthy();
  expect(screen.getByText(/The operation failed\. If the pane stops responding/)).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Validate' })).toBeTruthy();
  await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
  expect(screen.queryByText('Something went wrong in the background')).toBeNull();
});

test('an aborted read left unhandled is no error', async () => {
  pane(<button type="button">Validate</button>);
  rejectUnhandled(new DOMException('Aborted', 'AbortError'));
  await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  expect(screen.queryByText('Something went wrong in the background')).toBeNull();
});
