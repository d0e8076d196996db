/**
 * Never a blank pane: an exception while rendering would unmount React's root and leave an
 * empty pane, so it is caught here and said (what happened, what to do) with a Reload
 * button. An error outside rendering (a stray rejected promise, a failed event handler)
 * leaves the pane working: it gets a warning above it instead of replacing it.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';

const useStyles = makeStyles({
  pane: { padding: tokens.spacingHorizontalM },
});

/** The error's own words, without a closing full stop (the sentence around it has one). */
function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const said = text.trim().replace(/[.!]+$/, '');
  return said === '' ? 'an unexpected error' : said;
}

/** Browser noise that is no error of the pane's (Chromium reports it as one). */
function isNoise(message: string): boolean {
  return /ResizeObserver loop/i.test(message);
}

function Stopped({ error, onReload }: { readonly error: unknown; readonly onReload: () => void }) {
  const styles = useStyles();
  return (
    <div className={styles.pane}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>CAL Register stopped</MessageBarTitle>
          The pane hit an error it could not show ({describe(error)}). Your workbook was not changed
          by it. Reload the pane to start again; if this happens again, close the pane and open it
          from the Home tab.
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={onReload}>
            Reload
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}

function Stray({
  error,
  onReload,
  onDismiss,
}: {
  readonly error: unknown;
  readonly onReload: () => void;
  readonly onDismiss: () => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.pane}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Something went wrong in the background</MessageBarTitle>
          {describe(error)}. If the pane stops responding, reload it: reloading does not change the
          workbook.
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={onReload}>
            Reload
          </Button>
          <Button size="small" appearance="transparent" onClick={onDismiss}>
            Dismiss
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}

export interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** Reloads the pane; the page's reload unless a test gives another. */
  readonly onReload?: () => void;
}

interface ErrorBoundaryState {
  /** What stopped rendering: the pane is replaced by the error. */
  readonly fatal?: { readonly error: unknown };
  /** What went wrong outside rendering: shown above the pane, which keeps working. */
  readonly stray?: { readonly error: unknown };
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = {};

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { fatal: { error } };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever debugs it; the pane says what to do.
    console.error('CAL Register: the pane stopped rendering', error, info.componentStack);
  }

  private mounted = false;

  override componentDidMount(): void {
    this.mounted = true;
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
  }

  override componentWillUnmount(): void {
    this.mounted = false;
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
  }

  private readonly onError = (event: ErrorEvent): void => {
    // A script or image that failed to load is no error of the pane's code.
    if (event.error === undefined && event.message === '') return;
    if (isNoise(event.message)) return;
    this.noteStray(event.error ?? event.message);
  };

  private readonly onRejection = (event: PromiseRejectionEvent): void => {
    // An aborted read (Cancel) is not an error.
    const reason: unknown = event.reason;
    if (reason instanceof Error && reason.name === 'AbortError') return;
    this.noteStray(reason);
  };

  /**
   * Shown after the event, not during it: React (in development) reports a render error as
   * a window error too, and that one is the boundary's to show, as the pane stopped.
   */
  private noteStray(error: unknown): void {
    setTimeout(() => {
      if (this.mounted && !this.state.fatal) this.setState({ stray: { error } });
    }, 0);
  }

  private readonly reload = (): void => {
    if (this.props.onReload) this.props.onReload();
    else window.location.reload();
  };

  override render(): ReactNode {
    const { fatal, stray } = this.state;
    if (fatal) return <Stopped error={fatal.error} onReload={this.reload} />;
    return (
      <>
        {stray && (
          <Stray
            error={stray.error}
            onReload={this.reload}
            onDismiss={() => this.setState({ stray: undefined })}
          />
        )}
        {this.props.children}
      </>
    );
  }
}
