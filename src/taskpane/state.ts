/**
 * The pane's states and how actions move between them. Pure: the components render a state,
 * the controller dispatches actions; the reducer is tested on its own.
 */
import type { AuditResult } from '../core';
import type { ReadProgress } from '../excel/port';

export type Notice = {
  readonly intent: 'success' | 'info' | 'warning' | 'error';
  readonly title?: string;
  readonly text: string;
};

export type PaneState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'outside' }
  | { readonly kind: 'no-register'; readonly notice?: Notice }
  | { readonly kind: 'ready'; readonly notice?: Notice }
  | { readonly kind: 'validating'; readonly progress?: ReadProgress }
  | {
      readonly kind: 'results';
      readonly result: AuditResult;
      readonly notice?: Notice;
      readonly busy?: string;
    }
  | {
      readonly kind: 'error';
      readonly title: string;
      readonly message: string;
      readonly retry: 'start' | 'validate';
    };

export type PaneAction =
  | { readonly type: 'outside' }
  | { readonly type: 'found'; readonly register: boolean; readonly notice?: Notice }
  | { readonly type: 'validate' }
  | { readonly type: 'progress'; readonly progress: ReadProgress }
  | { readonly type: 'validated'; readonly result: AuditResult; readonly notice?: Notice }
  | { readonly type: 'cancelled' }
  | { readonly type: 'busy'; readonly what: string }
  | { readonly type: 'notice'; readonly notice: Notice }
  | { readonly type: 'dismiss' }
  | {
      readonly type: 'failed';
      readonly title: string;
      readonly message: string;
      readonly retry: 'start' | 'validate';
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
      return { kind: 'validating' };
    case 'progress':
      return state.kind === 'validating'
        ? { kind: 'validating', progress: action.progress }
        : state;
    case 'validated':
      return {
        kind: 'results',
        result: action.result,
        ...(action.notice ? { notice: action.notice } : {}),
      };
    case 'cancelled':
      return {
        kind: 'ready',
        notice: { intent: 'info', text: 'Validation cancelled. Nothing was changed.' },
      };
    case 'busy':
      return state.kind === 'results'
        ? { kind: 'results', result: state.result, busy: action.what }
        : state;
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
