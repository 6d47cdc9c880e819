// The tool-prices-only side of the simulation's cost ratio (simulationCost.ts).
import { simulationCostBench } from './simulationCost'

simulationCostBench(false, 'tool prices only')
