/** A ref that always holds the latest value, for callbacks that run later (after awaits, from menus) and must not see a stale one. */
import { useLayoutEffect, useRef } from 'react';

/** The latest `value`, updated after each render. */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
