import { DEFAULT_SCENARIO } from '../../core/defaultScenario'

export function App(): React.JSX.Element {
  return <h1>Rampart: {DEFAULT_SCENARIO.name}</h1>
}
