import type { ReactNode } from 'react'
import { Button } from '@tarojs/components'

interface Props {
  className: string
  disabled?: boolean
  primary?: boolean
  onClick: () => void
  children: ReactNode
}

/** A full-width button that marks its disabled state with the `is-disabled` class as well:
 * Taro's H5 button renders disabled="false" when enabled, so an attribute selector can't
 * style it (and wxss has no attribute selectors), and browser tests need a stable hook.
 * No `loading` spinner: toggling it made Taro's H5 button re-render its children badly. */
export function ActionButton({ className, disabled = false, primary = true, onClick, children }: Props) {
  return (
    <Button
      className={`btn ${primary ? 'btn-primary' : 'btn-ghost'} ${className} ${disabled ? 'is-disabled' : ''}`}
      disabled={disabled}
      onClick={() => { if (!disabled) onClick() }}
    >
      {children}
    </Button>
  )
}
