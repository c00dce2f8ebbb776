// A callback whose identity never changes but which always runs the latest function given: memoised
// panels (outline, jump list) then do not redraw their thousands of entries on every operation.
import { useCallback, useRef } from 'react'

export function useStableCallback<A extends unknown[], R>(latest: (...args: A) => R): (...args: A) => R {
  const current = useRef(latest)
  current.current = latest
  return useCallback((...args: A) => current.current(...args), [])
}
