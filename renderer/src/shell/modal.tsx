/** A modal dialog on the native <dialog> element: focus stays inside, Escape closes, the page behind is inert. */
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: ReactNode;
  /** Shown after the title, muted (file name, format). */
  subtitle?: ReactNode;
  children: ReactNode;
  footer: ReactNode;
  onClose: () => void;
  testId?: string;
  wide?: boolean;
  /** A body long enough to scroll (the help) is a tab stop, so keys can scroll it. */
  scrollable?: boolean;
}

/** A modal with a header, a scrolling body and a footer of buttons. */
export function Modal({ title, subtitle, children, footer, onClose, testId, wide, scrollable }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    // Where focus was before: it goes back there when the dialog closes (a grid cell, a toolbar button).
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the first button; a dialog with a default action (Enter applies) marks it instead.
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      dialog?.close();
      if (before?.isConnected) before.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal${wide ? ' modal-wide' : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="modal-header">
        <h2 id={titleId}>{title}</h2>
        {subtitle && <span className="muted">{subtitle}</span>}
      </header>
      <div className="modal-body" {...(scrollable && { tabIndex: 0, role: 'region', 'aria-labelledby': titleId })}>
        {children}
      </div>
      <footer className="modal-footer">{footer}</footer>
    </dialog>
  );
}
