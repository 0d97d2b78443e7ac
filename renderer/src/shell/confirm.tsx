/** Questions with several answers (저장 / 저장 안 함 / 취소) as an in-app dialog that resolves to the chosen answer. */
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { Modal } from './modal';

/** One button of a question. */
export interface Choice<T extends string> {
  id: T;
  label: string;
  kind?: 'primary' | 'danger';
}

interface Question<T extends string> {
  title: string;
  message: ReactNode;
  choices: Choice<T>[];
  /** The answer when the dialog is dismissed (Escape). */
  cancel: T;
}

/** `ask(question)` shows a dialog and resolves with the button the user chose; render `dialog` somewhere. */
export function useConfirm() {
  const [question, setQuestion] = useState<Question<string> | null>(null);
  const resolver = useRef<((answer: string) => void) | null>(null);
  const ask = useCallback(<T extends string>(q: Question<T>): Promise<T> => {
    setQuestion(q);
    return new Promise<T>((resolve) => {
      resolver.current = resolve as (answer: string) => void;
    });
  }, []);
  const answer = (id: string) => {
    setQuestion(null);
    resolver.current?.(id);
    resolver.current = null;
  };
  const dialog = question && (
    <Modal
      title={question.title}
      testId="confirm-dialog"
      onClose={() => answer(question.cancel)}
      footer={question.choices.map((c, i) => (
        <button
          key={c.id}
          type="button"
          className={c.kind}
          data-autofocus={i === 0 ? true : undefined}
          onClick={() => answer(c.id)}
          data-testid={`confirm-${c.id}`}
        >
          {c.label}
        </button>
      ))}
    >
      <p className="confirm-message">{question.message}</p>
    </Modal>
  );
  return { ask, dialog };
}
