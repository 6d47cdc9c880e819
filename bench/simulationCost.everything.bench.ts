// The every-uncertainty side of the simulation's cost ratio (simulationCost.ts).
import { simulationCostBench } from './simulationCost'

simulationCostBench(true, 'every uncertainty on (goal ≤ 2.5× tool prices only)')
