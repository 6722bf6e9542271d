import { Component, type ReactNode } from 'react';

/**
 * Keeps one failing view from blanking the whole app: the rest of the page (the header, the
 * other views, the open case in memory) stays usable, and the fallback says what failed and
 * offers what the caller passes (an export of the open case). React itself reports the caught
 * error to the browser's console, where it stays (nothing leaves the browser).
 */
export class ViewErrorBoundary extends Component<
  { name: string; fallbackActions: ReactNode; children: ReactNode },
  { error: Error | undefined }
> {
  override state: { error: Error | undefined } = { error: undefined };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="panel view-failure" role="alert">
        <h2>
          The {this.props.name} view stopped working: {error.message || 'an unexpected error'}
        </h2>
        <p>
          The open case is still here and nothing was deleted. Export it to keep a copy, or try the
          view again.
        </p>
        <div className="library-actions">
          {this.props.fallbackActions}
          <button
            type="button"
            className="secondary"
            onClick={() => this.setState({ error: undefined })}
          >
            Try again
          </button>
        </div>
      </section>
    );
  }
}
