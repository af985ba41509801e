import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import { ActionButton } from '../../../components/action-button'
import { ErrorLine } from '../../../components/state-views'
import { TextArea } from './fields'

interface Props {
  title: string
  placeholder: string
  submitLabel: string
  /** Hook for tests: the wrapper gets `reason-<name>`, the button `btn-<name>-confirm`. */
  name: string
  minLength?: number
  submitting: boolean
  error: ActionError | null
  onSubmit: (reason: string) => void
  onCancel: () => void
}

/** A reason that must be written before an irreversible step (archive, reject, revoke). */
export function ReasonForm({ title, placeholder, submitLabel, name, minLength = 1, submitting, error, onSubmit, onCancel }: Props) {
  const [reason, setReason] = useState('')
  const ready = reason.trim().length >= minLength && !submitting
  return (
    <View className={`card reason-form reason-${name}`}>
      <Text className='t-subtitle block'>{title}</Text>
      <TextArea label='理由（对方会看到）' className='reason-input' value={reason} onChange={setReason} placeholder={placeholder} maxlength={500} />
      <View className='actions-row'>
        <ActionButton className='btn-cancel' primary={false} disabled={submitting} onClick={onCancel}>取消</ActionButton>
        <ActionButton className={`btn-${name}-confirm`} disabled={!ready} onClick={() => onSubmit(reason.trim())}>
          {submitting ? '正在提交…' : submitLabel}
        </ActionButton>
      </View>
      <ErrorLine error={error} />
    </View>
  )
}
