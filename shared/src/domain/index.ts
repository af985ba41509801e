export * from './commitment-content'
export * from './commitment-state'
export * from './dates'
