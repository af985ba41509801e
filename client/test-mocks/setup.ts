// Testing Library's waitFor/findBy give up after 1 s by default: on a busy two-core machine a
// page's first render (loading every action's schema for the fake backend) can take longer.
// A wait that ends early fails a correct page; waiting longer costs a passing test nothing.
import { configure } from '@testing-library/react'

configure({ asyncUtilTimeout: 15_000 })
