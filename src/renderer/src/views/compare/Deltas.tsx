// How one scenario's figure differs from the base's, coloured by whether that is better or worse.
export function Delta({ value, worse, format }: { value: number; worse?: 'up' | 'down'; format: (v: number) => string }): React.JSX.Element {
  if (Math.abs(value) < 1e-9) return <div className="delta">no change</div>
  const tone = worse === undefined ? '' : (value > 0) === (worse === 'up') ? 'delta-bad' : 'delta-good'
  return <div className={`delta ${tone}`}>{value > 0 ? '+' : '−'}{format(Math.abs(value))}</div>
}

/** When maturity reaches a phase against the base: "+2 qtr later", "same", or which one never does. */
export function ReachedDelta({ delta, reached, baseReached }: { delta: number | null; reached: boolean; baseReached: boolean }): React.JSX.Element {
  if (delta === null) {
    if (reached === baseReached) return <div className="delta">neither reaches it</div>
    return reached
      ? <div className="delta delta-good" title="The base does not reach this phase within its plan">reached; base never</div>
      : <div className="delta delta-bad" title="The base reaches this phase; this scenario does not within its plan">never; base does</div>
  }
  if (delta === 0) return <div className="delta">same quarter</div>
  const quarters = Math.abs(delta)
  return (
    <div className={`delta ${delta > 0 ? 'delta-bad' : 'delta-good'}`} title={`${quarters} quarter${quarters === 1 ? '' : 's'} ${delta > 0 ? 'later' : 'earlier'} than the base`}>
      {delta > 0 ? '+' : '−'}{quarters} qtr {delta > 0 ? 'later' : 'earlier'}
    </div>
  )
}
