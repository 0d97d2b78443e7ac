/** The grid's right-click menu (also Shift+F10 / the menu key): cut, copy, paste, clear, fill. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { CELL_SHORTCUTS as SHORTCUTS, type CellAction } from '../../../core/shortcuts';

export type { CellAction } from '../../../core/shortcuts';

interface Props {
  at: { x: number; y: number };
  editable: boolean;
  onAction: (action: CellAction) => void;
  onClose: () => void;
}

/** A small menu at a point, navigable with the arrow keys. */
export function CellMenu({ at, editable, onAction, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLUListElement>(null);
  const actions: CellAction[] = editable ? ['cut', 'copy', 'paste', 'clear', 'fillDown', 'fillRight'] : ['copy'];

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const away = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, [onClose]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    }
  };

  return (
    <ul
      ref={ref}
      className="cell-menu"
      role="menu"
      aria-label={t('sheet.menuLabel')}
      style={{ left: at.x, top: at.y }}
      onKeyDown={onKeyDown}
      data-testid="cell-menu"
    >
      {actions.map((a) => (
        <li key={a} role="none">
          <button type="button" role="menuitem" onClick={() => onAction(a)} data-action={a}>
            <span>{t(`sheet.${a}`)}</span>
            <kbd>{SHORTCUTS[a]}</kbd>
          </button>
        </li>
      ))}
    </ul>
  );
}
