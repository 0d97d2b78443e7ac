/** Small controlled inputs that keep what the user types while it is not (yet) a valid value, and say why. */
import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import { formatNumber, parseNumberInput, parsePercentInput } from '../../../core/format';

/**
 * A text draft bound to a value: shows `format(value)`, reports parsed values that pass `isValid`,
 * and follows the value when it changes elsewhere (undo, another scenario) unless the draft already means it.
 */
function useDraft(
  value: number | null,
  parse: (text: string) => number | null,
  format: (v: number | null) => string,
  isValid: (v: number) => boolean,
  onValid: (v: number) => void,
) {
  const [draft, setDraft] = useState(format(value));
  const [error, setError] = useState(false);
  const [seen, setSeen] = useState(value);
  // Follow a value changed elsewhere (React's "adjust state when a prop changes" pattern, no effect needed).
  if (seen !== value) {
    setSeen(value);
    setDraft((d) => (parse(d) === value ? d : format(value)));
    setError(false);
  }
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    setDraft(e.target.value);
    const v = parse(e.target.value);
    const ok = v !== null && !Number.isNaN(v) && isValid(v);
    setError(!ok && e.target.value.trim() !== '');
    if (ok) onValid(v);
  };
  return { draft, error, onChange };
}

const pctText = (v: number | null) => (v === null ? '' : formatNumber(v * 100, 'en', 1).replace(/,/g, ''));
const numText = (v: number | null) => (v === null ? '' : String(v));
const isRate = (v: number) => v > -1 && v < 100;

interface PercentProps {
  value: number | null;
  onValid: (value: number) => void;
  invalidText: string;
  isValid?: (value: number) => boolean;
  testId?: string;
  label: string;
  disabled?: boolean;
}

/** A percentage input: shows 11.5 for 0.115, reports fractions as they are typed; says what is wrong. */
export function PercentInput({ value, onValid, invalidText, isValid = isRate, testId, label, disabled }: PercentProps) {
  const { draft, error, onChange } = useDraft(value, parsePercentInput, pctText, isValid, onValid);
  const id = useId();
  return (
    <label className="field">
      <span>{label}</span>
      <span className="input-affix">
        <input
          data-testid={testId}
          inputMode="decimal"
          value={draft}
          disabled={disabled}
          aria-invalid={error}
          aria-describedby={error ? id : undefined}
          onChange={onChange}
        />
        <span className="affix">%</span>
      </span>
      {error && (
        <span id={id} className="input-error" role="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {invalidText}
        </span>
      )}
    </label>
  );
}

interface NumberProps {
  value: number | null;
  onValid: (value: number) => void;
  isValid: (value: number) => boolean;
  invalidText?: string;
  testId?: string;
  label: string;
  suffix?: string;
  width?: number;
}

/** A number input accepting "5,000" and full-width digits; reports only values that pass `isValid`; says the range. */
export function NumberInput({ value, onValid, isValid, invalidText, testId, label, suffix, width }: NumberProps) {
  const { draft, error, onChange } = useDraft(value, parseNumberInput, numText, isValid, onValid);
  const id = useId();
  return (
    <label className="field">
      <span>{label}</span>
      <span className="input-affix">
        <input
          data-testid={testId}
          inputMode="numeric"
          value={draft}
          style={width ? { width } : undefined}
          aria-invalid={error}
          aria-describedby={error ? id : undefined}
          onChange={onChange}
        />
        {suffix && <span className="affix">{suffix}</span>}
      </span>
      {error && invalidText && (
        <span id={id} className="input-error" role="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {invalidText}
        </span>
      )}
    </label>
  );
}

interface CheckProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
  disabled?: boolean;
  className?: string;
  children: ReactNode;
}

/** A checkbox with its label (the text and anything after it), as every option in the app is drawn. */
export function CheckField({ checked, onChange, testId, disabled, className, children }: CheckProps) {
  return (
    <label className={className ? `check ${className}` : 'check'}>
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />
      {children}
    </label>
  );
}
