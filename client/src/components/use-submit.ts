import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionError, Result } from '@chengxin/shared/src/api/errors'
import { useChange } from './use-action'

interface Confirm { title: string; content: string; confirmText?: string }

/**
 * One change behind a button: optional Taro.showModal confirmation, `submitting` while it
 * runs (buttons disable themselves), the server's error for an ErrorLine, and one requestId
 * reused while the outcome is unknown so a second tap never makes a second change.
 */
export function useSubmit() {
  const change = useChange()
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<ActionError | null>(null)

  async function run<T>(send: (requestId: string) => Promise<Result<T>>, confirm?: Confirm): Promise<T | null> {
    if (submitting) return null
    if (confirm) {
      const { confirm: ok } = await Taro.showModal({ ...confirm, cancelText: '取消' })
      if (!ok) return null
    }
    setSubmitting(true)
    setError(null)
    const r = await change(send)
    setSubmitting(false)
    if (!r.ok) { setError(r.error); return null }
    return r.data
  }
  return { submitting, error, setError, run }
}
