/**
 * The pane's states and how actions move between them. Pure: the components render a state,
 * the controller dispatches actions. Which operation is running (and so which buttons are
 * disabled) is not here: App's one in-flight guard holds it, so no action can clear it.
 */
import type { AuditResult } from '../core';
import type { ReadProgress } from '../excel/port';

export type Notice = {
  readonly intent: 'success' | 'info' | 'warning' | 'error';
  readonly title?: string;
  readonly text: string;
};

/**
 * Why the register is being read: to validate, to write the audit sheet from a fresh read,
 * or to show what evidence just added to the Usage table changes.
 */
export type Purpose = 'validate' | 'audit' | 'evidence';

export type PaneState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'outside' }
  | { readonly kind: 'no-register'; readonly notice?: Notice }
  | { readonly kind: 'ready'; readonly notice?: Notice }
  | {
      readonly kind: 'validating';
      readonly purpose: Purpose;
      readonly progress?: ReadProgress;
    }
  | { readonly kind: 'results'; readonly result: AuditResult; readonly notice?: Notice }
  | {
      readonly kind: 'error';
      readonly title: string;
      readonly message: string;
      readonly retry: 'start' | Purpose;
    };

export type PaneAction =
  | { readonly type: 'outside' }
  | { readonly type: 'found'; readonly register: boolean; readonly notice?: Notice }
  | { readonly type: 'validate'; readonly purpose: Purpose }
  | { readonly type: 'progress'; readonly progress: ReadProgress }
  | { readonly type: 'validated'; readonly result: AuditResult; readonly notice?: Notice }
  | { readonly type: 'cancelled' }
  | { readonly type: 'notice'; readonly notice: Notice }
  | { readonly type: 'dismiss' }
  | {
      readonly type: 'failed';
      readonly title: string;
      readonly message: string;
      readonly retry: 'start' | Purpose;
    };

/** What Cancel leaves behind, said so: evidence added before the read stays added. */
const CANCELLED: Record<Purpose, string> = {
  validate: 'Validation cancelled. Nothing was changed.',
  audit: 'Audit sheet cancelled. Nothing was written.',
  evidence:
    'Validation cancelled. The rows were added to the Usage table: validate to see what they change.',
};

export const INITIAL: PaneState = { kind: 'loading' };

export function reduce(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'outside':
      return { kind: 'outside' };
    case 'found':
      return action.register
        ? { kind: 'ready', ...(action.notice ? { notice: action.notice } : {}) }
        : { kind: 'no-register', ...(action.notice ? { notice: action.notice } : {}) };
    case 'validate':
      return { kind: 'validating', purpose: action.purpose };
    case 'progress':
      return state.kind === 'validating' ? { ...state, progress: action.progress } : state;
    case 'validated':
      return {
        kind: 'results',
        result: action.result,
        ...(action.notice ? { notice: action.notice } : {}),
      };
    case 'cancelled':
      return {
        kind: 'ready',
        notice: {
          intent: 'info',
          text: CANCELLED[state.kind === 'validating' ? state.purpose : 'validate'],
        },
      };
    case 'notice':
      if (state.kind === 'results')
        return { kind: 'results', result: state.result, notice: action.notice };
      if (state.kind === 'ready' || state.kind === 'no-register')
        return { ...state, notice: action.notice };
      return state;
    case 'dismiss':
      if (state.kind === 'results') return { kind: 'results', result: state.result };
      if (state.kind === 'ready' || state.kind === 'no-register') return { kind: state.kind };
      return state;
    case 'failed':
      return { kind: 'error', title: action.title, message: action.message, retry: action.retry };
  }
}
