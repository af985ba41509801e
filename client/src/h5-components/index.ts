// H5 build only (client/config/index.ts points our imports of '@tarojs/components' here).
// Taro's React adapter defines every component in one module, so webpack puts each one any page
// uses (Picker, Textarea, Canvas…) into every page's code, 首页 included. Here each component
// we use is a module of its own; this folder is free of side effects (package.json), so a page
// loads only the components it imports. Any other component comes from Taro's module as before.
export * from '@tarojs/components/lib/react'
export { Button } from './button'
export { Canvas } from './canvas'
export { Image } from './image'
export { Input } from './input'
export { Picker } from './picker'
export { Text } from './text'
export { Textarea } from './textarea'
export { View } from './view'
