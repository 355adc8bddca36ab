import { Component, type ReactNode } from 'react';
import { RouteError } from './route-error.tsx';

interface State {
  error: unknown;
}

/** Last resort for a page that throws while rendering: the error page instead of a blank screen. */
export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error('Unknown error') };
  }

  override render() {
    return this.state.error === undefined ? this.props.children : <RouteError error={this.state.error} />;
  }
}
