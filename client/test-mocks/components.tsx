// Minimal DOM stand-ins for Taro's components: enough for behaviour tests (text, classes,
// taps, input, disabled). Taps map to click, as Taro's H5 build does.
import { createElement, type ReactNode } from 'react'

type Props = { className?: string; children?: ReactNode; onClick?: (e: unknown) => void; [k: string]: unknown }

function pass(props: Props) {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(props)) {
    if (k === 'className' || k === 'onClick' || k === 'id' || k.startsWith('data-')) out[k] = v
  }
  return out
}

export const View = (p: Props) => createElement('div', pass(p), p.children)
export const Text = (p: Props) => createElement('span', pass(p), p.children)
export const Button = (p: Props & { disabled?: boolean; loading?: boolean; openType?: string }) =>
  createElement('button', { ...pass(p), disabled: !!p.disabled, 'data-open-type': p.openType, type: 'button' }, p.children)
export const Input = (p: Props & { value?: string; placeholder?: string; onInput?: (e: { detail: { value: string } }) => void }) =>
  createElement('input', {
    className: p.className,
    value: p.value ?? '',
    placeholder: p.placeholder,
    onChange: (e: { target: { value: string } }) => p.onInput?.({ detail: { value: e.target.value } }),
  })
export const Image = (p: Props & { src?: string }) => createElement('img', { ...pass(p), src: p.src })
export const ScrollView = View
export const Textarea = (p: Props & { value?: string; placeholder?: string; onInput?: (e: { detail: { value: string } }) => void }) =>
  createElement('textarea', {
    className: p.className,
    value: p.value ?? '',
    placeholder: p.placeholder,
    onChange: (e: { target: { value: string } }) => p.onInput?.({ detail: { value: e.target.value } }),
  })
/** Taro's Picker: its face, plus an input standing for the wheel (type a value = choose it). */
export const Picker = (p: Props & { value?: string; start?: string; end?: string; onChange?: (e: { detail: { value: string } }) => void }) =>
  createElement('div', { className: 'picker', 'data-start': p.start, 'data-end': p.end }, p.children,
    createElement('input', { className: 'picker-input', value: p.value ?? '', onChange: (e: { target: { value: string } }) => p.onChange?.({ detail: { value: e.target.value } }) }))
