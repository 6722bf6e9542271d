import { Component, lazy, Suspense, useRef, useState, type ReactNode } from 'react';
import type { QuotedSource } from '../../domain/index.ts';

// The viewer, its layout code and its styles load on the first click, not with the first screen.
const DocumentViewer = lazy(() => import('./document-viewer.tsx'));

/**
 * "Open document 003": opens the cited document inside the app at the quoted sentence. When the
 * viewer closes, focus comes back to this button, so the reader continues where they were.
 */
export function OpenDocumentButton({ source }: { source: QuotedSource }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="link-button open-document"
        title={`Read “${source.section}” in document ${source.doc}, with this sentence highlighted`}
        onClick={() => setOpen(true)}
      >
        Open document {source.doc}
      </button>
      {open ? (
        <LoadFailure onDismiss={close}>
          <Suspense
            fallback={
              <span role="status" className="small muted">
                {' '}
                Opening document {source.doc}…
              </span>
            }
          >
            <DocumentViewer doc={source.doc} sentence={source.sentence} onClose={close} />
          </Suspense>
        </LoadFailure>
      ) : null}
    </>
  );
}

/** The viewer's code could not be loaded (say, the app was updated on the server meanwhile). */
class LoadFailure extends Component<
  { onDismiss: () => void; children: ReactNode },
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
      <span role="alert" className="small">
        {' '}
        The document viewer could not be loaded ({error.message}); reload the page to try again.{' '}
        <button type="button" className="link-button" onClick={this.props.onDismiss}>
          Dismiss
        </button>
      </span>
    );
  }
}
