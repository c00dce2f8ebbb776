// Every test file runs as a host of the aligner would: franc is loaded on demand.
import { useFrancOnDemand } from '../corpus/franc-loader.ts'

useFrancOnDemand()
