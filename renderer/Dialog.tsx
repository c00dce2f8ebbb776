// A modal dialog as screen readers and keyboards expect it: focus moves in (to the field marked
// autoFocus, else the first control), Tab stays inside, Escape closes, and focus goes back where
// it was when the dialog closes.
import { useEffect, useRef, type ReactNode } from 'react'

interface Props {
  label: string
  wide?: boolean
  /** What Escape does: close, or cancel the work in progress. */
  onEscape: () => void
  children: ReactNode
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])'

export function Dialog({ label, wide = false, onEscape, children }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const escape = useRef(onEscape)
  escape.current = onEscape

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const element = box.current
    if (element && !element.contains(document.activeElement)) (element.querySelector<HTMLElement>(FOCUSABLE) ?? element).focus()
    return () => {
      if (opener?.isConnected) opener.focus()
    }
  }, [])

  const onKeyDown = (event: React.KeyboardEvent) => {
    // The review screen's keys never act behind an open dialog.
    event.stopPropagation()
    if (event.key === 'Escape') {
      event.preventDefault()
      return escape.current()
    }
    if (event.key !== 'Tab' || !box.current) return
    const controls = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((control) => control.offsetParent !== null)
    if (controls.length === 0) return event.preventDefault()
    const first = controls[0]!
    const last = controls[controls.length - 1]!
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }

  return (
    <div className="dialog-backdrop" role="dialog" aria-modal="true" aria-label={label} onKeyDown={onKeyDown}>
      <div className={`dialog${wide ? ' wide' : ''}`} ref={box} tabIndex={-1}>
        {children}
      </div>
    </div>
  )
}
