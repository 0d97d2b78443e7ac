/** Small controlled inputs that keep what the user types while it is not (yet) a valid value. */
import { useEffect, useState } from 'react';
import { formatNumber, parseNumberInput, parsePercentInput } from '../../../core/format';

const pctText = (v: number | null) => (v === null ? '' : formatNumber(v * 100, 'en', 1).replace(/,/g, ''));

interface PercentProps {
  value: number | null;
  onValid(value: number): void;
  invalidText: string;
  testId?: string;
  label: string;
  disabled?: boolean;
}

/** A percentage input: shows 11.5 for 0.115, reports fractions above −100% as they are typed. */
export function PercentInput({ value, onValid, invalidText, testId, label, disabled }: PercentProps) {
  const [draft, setDraft] = useState(pctText(value));
  const [error, setError] = useState(false);
  useEffect(() => {
    setDraft((d) => (parsePercentInput(d) === value ? d : pctText(value)));
    setError(false);
  }, [value]);
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
          title={error ? invalidText : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            const v = parsePercentInput(e.target.value);
            const ok = v !== null && !Number.isNaN(v) && v > -1 && v < 100;
            setError(!ok && e.target.value.trim() !== '');
            if (ok) onValid(v);
          }}
        />
        <span className="affix">%</span>
      </span>
    </label>
  );
}

interface NumberProps {
  value: number | null;
  onValid(value: number): void;
  isValid(value: number): boolean;
  testId?: string;
  label: string;
  suffix?: string;
  width?: number;
}

/** A number input accepting "5,000" and full-width digits; reports only values that pass `isValid`. */
export function NumberInput({ value, onValid, isValid, testId, label, suffix, width }: NumberProps) {
  const [draft, setDraft] = useState(value === null ? '' : String(value));
  const [error, setError] = useState(false);
  useEffect(() => {
    setDraft((d) => (parseNumberInput(d) === value ? d : value === null ? '' : String(value)));
    setError(false);
  }, [value]);
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
          onChange={(e) => {
            setDraft(e.target.value);
            const v = parseNumberInput(e.target.value);
            const ok = v !== null && !Number.isNaN(v) && isValid(v);
            setError(!ok);
            if (ok) onValid(v);
          }}
        />
        {suffix && <span className="affix">{suffix}</span>}
      </span>
    </label>
  );
}
